import { OFFICE_TIME_ZONE, officeToday } from '@vatra/core';

// "Today" in the web app is the offices' day (Europe/Belgrade), the same day the server checks
// against: not the UTC date (a day behind between midnight there and midnight UTC) and not the
// browser's calendar. Date fields are <input type="date"> with YYYY-MM-DD strings, so these
// helpers return strings and plain numbers, never Date objects.

/** Today, YYYY-MM-DD, in the offices' time zone: default of date fields, "overdue" cut-off. */
export function today(now: Date = new Date()): string {
  return officeToday(now);
}

/** This month, YYYY-MM, in the offices' time zone. */
export function thisMonth(now: Date = new Date()): string {
  return officeToday(now).slice(0, 7);
}

/** This year in the offices' time zone. */
export function thisYear(now: Date = new Date()): number {
  return Number(officeToday(now).slice(0, 4));
}

/** This quarter (1–4) and its year in the offices' time zone. */
export function thisQuarter(now: Date = new Date()): { year: number; quarter: number } {
  const month = Number(officeToday(now).slice(5, 7));
  return { year: thisYear(now), quarter: Math.floor((month - 1) / 3) + 1 };
}

/** Full years of age on a day (YYYY-MM-DD; by default the office's today); null without a birth date. */
export function ageOn(dateOfBirth: string | null, day: string = today()): number | null {
  if (!dateOfBirth) return null;
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  // MM-DD strings compare in calendar order; the birthday not yet reached this year counts one less.
  return day.slice(5, 10) < dateOfBirth.slice(5, 10) ? years - 1 : years;
}

/** Minutes the offices' clock is ahead of UTC at a moment (60 in winter, 120 in summer). */
function officeOffsetMinutes(moment: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: OFFICE_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(moment);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - Math.floor(moment.getTime() / 60_000) * 60_000) / 60_000);
}

/** 00:00 UTC of a day (YYYY-MM-DD) moved by `plusDays`, in milliseconds. */
function utcMidnight(day: string, plusDays = 0): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + plusDays);
}

/**
 * The instant an office day (YYYY-MM-DD) begins: midnight in Europe/Belgrade, whatever the
 * browser's zone. Day filters over timestamps use it, since the times on screen are office times.
 */
export function officeDayStart(day: string): Date {
  const midnight = utcMidnight(day);
  // The offset at 00:00 UTC is the one at the offices' midnight: their clocks change at 02:00/03:00.
  return new Date(midnight - officeOffsetMinutes(new Date(midnight)) * 60_000);
}

/** The last millisecond of an office day (YYYY-MM-DD). */
export function officeDayEnd(day: string): Date {
  const next = new Date(utcMidnight(day, 1)).toISOString().slice(0, 10);
  return new Date(officeDayStart(next).getTime() - 1);
}

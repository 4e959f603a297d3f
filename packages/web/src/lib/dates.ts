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

// Date-and-time fields (<input type="datetime-local">) hold a wall-clock time without a zone,
// and the browser would read it in its own zone: an office PC set to UTC would turn "10:00"
// into 11:00 office time. These two helpers put the offices' zone on both sides of the field,
// so the time shown and the time saved are office times whatever the PC's zone.

/** "YYYY-MM-DDTHH:mm" of an instant in the offices' time zone, for a datetime-local field. */
export function officeDateTimeInput(instant: Date | string = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: OFFICE_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 86_400_000;

/** The wall time "YYYY-MM-DDTHH:mm[:ss]" as if it were UTC, in milliseconds; null if no such time. */
function wallAsUtc(value: string): number | null {
  const match = WALL_TIME.exec(value.trim());
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((n) => Number(n ?? 0));
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 April over to 1 May; a field value naming a day that does not exist is wrong.
  const check = new Date(wall);
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? wall : null;
}

/**
 * The instant (ISO, UTC) of a datetime-local value read as office time; null when the value is
 * not a date and time. On the clock-change days the result is fixed, as in Temporal's
 * "compatible" rule: a time in the skipped hour (last Sunday of March, 02:00–02:59) is read with
 * the winter offset, i.e. moved forward an hour (02:30 → 03:30 summer time); a time in the
 * repeated hour (last Sunday of October, 02:00–02:59) is the first of the two, in summer time.
 */
export function instantFromOfficeDateTime(value: string): string | null {
  const wall = wallAsUtc(value);
  if (wall === null) return null;
  // The offsets a day before and after are the only two in play around a clock change.
  const before = officeOffsetMinutes(new Date(wall - DAY_MS));
  const after = officeOffsetMinutes(new Date(wall + DAY_MS));
  const matching = [before, after]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => wall - officeOffsetMinutes(new Date(instant)) * 60_000 === instant)
    .sort((a, b) => a - b);
  // No offset fits in the skipped hour: the offset from before the change reads it.
  return new Date(matching[0] ?? wall - before * 60_000).toISOString();
}

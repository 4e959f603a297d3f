import { addDeadline, type Deadline } from '@vatra/core';

/** How close a due date must be for a report to count as falling due (and enter the work queue). */
export const DUE_SOON_DAYS = 14;

export type ReportStatus = 'submitted' | 'overdue' | 'due_soon' | 'upcoming';

export interface ReportPeriod {
  period: number;
  startsOn: string;
  dueOn: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The n-th reporting period of a case opened on `openedOn` (YYYY-MM-DD): it starts after n-1
 * intervals and is due at the end of the n-th (Albania: every 3 months, month ends clamped the
 * way PostgreSQL adds intervals, so the work queue and the case page agree).
 */
export function reportPeriod(
  openedOn: string,
  interval: Pick<Deadline, 'value' | 'unit'>,
  period: number,
): ReportPeriod {
  const opened = new Date(`${openedOn}T00:00:00Z`);
  const at = (n: number) => day(addDeadline(opened, { value: interval.value * n, unit: interval.unit }));
  return { period, startsOn: at(period - 1), dueOn: at(period) };
}

/** Every period begun by `today` plus the next one, oldest first. */
export function reportPeriods(
  openedOn: string,
  interval: Pick<Deadline, 'value' | 'unit'>,
  today: string,
): ReportPeriod[] {
  const periods: ReportPeriod[] = [];
  for (let n = 1; n <= 400; n += 1) {
    const period = reportPeriod(openedOn, interval, n);
    periods.push(period);
    if (period.dueOn > today) break;
  }
  return periods;
}

/** A period's state on `today`: submitted, overdue, due within 14 days, or later. */
export function reportStatus(dueOn: string, submitted: boolean, today: string): ReportStatus {
  if (submitted) return 'submitted';
  if (dueOn < today) return 'overdue';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + DUE_SOON_DAYS);
  return dueOn <= day(soon) ? 'due_soon' : 'upcoming';
}

import { officeToday } from '@vatra/core';
import { addDays } from '../requests/dates.js';
import { schemeReportErrors } from './errors.js';

export interface ReportPeriod {
  year: number;
  quarter: number;
  /** First and last day of the quarter. */
  from: string;
  to: string;
  /** The last day counted: the quarter's end, or today while the quarter is running. */
  asOf: string;
}

/**
 * The days of a quarter. A quarter still running is counted up to today, so "pending past its
 * due date" means past due today, not at a quarter end that has not come; a quarter that has not
 * begun has nothing to report and is refused, naming the field.
 */
export function quarterPeriod(year: number, quarter: number, now: string = officeToday()): ReportPeriod {
  const first = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(first).padStart(2, '0')}-01`;
  const to = addDays(new Date(Date.UTC(year, first + 2, 1)).toISOString().slice(0, 10), -1);
  if (from > now) throw schemeReportErrors.field('quarter', 'futureQuarter');
  return { year, quarter, from, to, asOf: to < now ? to : now };
}

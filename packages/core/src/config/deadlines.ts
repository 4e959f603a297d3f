import type { Deadline } from './schema.js';

/**
 * The moment a deadline falls: hours and days are counted as elapsed time, months as calendar
 * months (31 January + 1 month = 28 or 29 February, never 2 or 3 March).
 */
export function addDeadline(from: Date, deadline: Pick<Deadline, 'value' | 'unit'>): Date {
  switch (deadline.unit) {
    case 'hours':
      return new Date(from.getTime() + deadline.value * 3_600_000);
    case 'days':
      return new Date(from.getTime() + deadline.value * 86_400_000);
    case 'months': {
      const result = new Date(from.getTime());
      const day = result.getUTCDate();
      result.setUTCDate(1);
      result.setUTCMonth(result.getUTCMonth() + deadline.value);
      const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
      result.setUTCDate(Math.min(day, lastDay));
      return result;
    }
  }
}

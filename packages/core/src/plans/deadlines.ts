import type { PlanDeadline } from './schema.js';

/**
 * The last day a deadline allows (YYYY-MM-DD): the end of the quarter, the date itself, 31
 * December of the year or of the period's last year. Ongoing and unknown deadlines never pass.
 */
export function deadlineEnd(deadline: PlanDeadline | undefined): string | null {
  if (!deadline) return null;
  switch (deadline.kind) {
    case 'quarter': {
      const month = deadline.quarter * 3;
      const day = new Date(Date.UTC(deadline.year, month, 0)).getUTCDate();
      return `${deadline.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    case 'date':
      return deadline.date;
    case 'year':
      return `${deadline.year}-12-31`;
    case 'period':
      return `${deadline.to}-12-31`;
    case 'ongoing':
    case 'unknown':
      return null;
  }
}

/** A deadline as people write it: "Q4 2020", "2021-03-31", "2022", "2020–2022", or the source's words. */
export function deadlineText(deadline: PlanDeadline | undefined): string | null {
  if (!deadline) return null;
  switch (deadline.kind) {
    case 'quarter':
      return `Q${deadline.quarter} ${deadline.year}`;
    case 'date':
      return deadline.date;
    case 'year':
      return String(deadline.year);
    case 'period':
      return `${deadline.from}–${deadline.to}`;
    case 'ongoing':
    case 'unknown':
      return deadline.text ?? null;
  }
}

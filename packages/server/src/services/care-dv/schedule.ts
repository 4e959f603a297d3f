import { addDeadline, type Deadline, type DvReportSlot } from '@vatra/core';

/** How close a due date must be for the report to count as falling due. */
export const DV_DUE_SOON_DAYS = 7;

const toDay = (date: Date) => date.toISOString().slice(0, 10);
const atMidnight = (day: string) => new Date(`${day}T00:00:00.000Z`);

/**
 * The due dates of an order's monitoring reports: every interval from the issue date, while the
 * order is valid (a date after its last day is not due).
 */
export function reportDueDates(
  issuedOn: string,
  validUntil: string,
  every: Pick<Deadline, 'value' | 'unit'>,
): string[] {
  const dates: string[] = [];
  for (let k = 1; k <= 1000; k += 1) {
    const due = toDay(addDeadline(atMidnight(issuedOn), { value: every.value * k, unit: every.unit }));
    if (due > validUntil) break;
    dates.push(due);
  }
  return dates;
}

export interface SubmittedReport {
  id: string;
  periodIndex: number;
  submittedOn: string;
  summary: string;
  policeInformed: boolean;
  submittedBy: string;
}

/** The report schedule of an order with each period's state as of a day. */
export function reportSchedule(dueDates: string[], reports: SubmittedReport[], on: string): DvReportSlot[] {
  const soon = toDay(new Date(atMidnight(on).getTime() + DV_DUE_SOON_DAYS * 86_400_000));
  return dueDates.map((dueOn, index) => {
    const periodIndex = index + 1;
    const found = reports.find((report) => report.periodIndex === periodIndex);
    const state = found ? 'submitted' : dueOn < on ? 'overdue' : dueOn <= soon ? 'due_soon' : 'upcoming';
    return {
      periodIndex,
      dueOn,
      state,
      report: found
        ? {
            id: found.id,
            submittedOn: found.submittedOn,
            summary: found.summary,
            policeInformed: found.policeInformed,
            submittedBy: found.submittedBy,
          }
        : null,
    };
  });
}

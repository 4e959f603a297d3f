import type { SchemeFigures } from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { schemeReportDb } from '../../storage/scheme-reports/tables.js';
import type { ReportPeriod } from './period.js';

// The figures per scheme of a municipality for a period, each counted on the day it happened:
// a request when filed or submitted, a decision on its date, an appeal when filed and when
// decided, an execution when started and completed, a benefit when granted. Every day is
// clamped to the period's as-of day, so the current quarter counts up to today.

export function emptyFigures(): SchemeFigures {
  return {
    requestsFiled: 0,
    requestsSubmitted: 0,
    approved: 0,
    partlyApproved: 0,
    rejected: 0,
    pendingOverdue: 0,
    appealsFiled: 0,
    appealsUpheld: 0,
    appealsOverturned: 0,
    appealsReturned: 0,
    appealsDecidedLate: 0,
    executionsStarted: 0,
    executionsCompleted: 0,
    medianDaysToComplete: null,
    maxDaysToComplete: null,
    approvedAmount: 0,
    actualCost: 0,
    benefitsCount: 0,
    benefitAmount: 0,
  };
}

type Counts = Omit<SchemeFigures, 'medianDaysToComplete' | 'maxDaysToComplete'>;

/** Figures per scheme code (schemes with nothing in the period are absent) and the completion days. */
export async function schemeFigures(
  db: Kysely<Database>,
  municipalityPath: string,
  period: ReportPeriod,
): Promise<{ byScheme: Map<string, SchemeFigures>; days: Map<string, number[]> }> {
  const k = schemeReportDb(db);
  const from = sql`${period.from}::date`;
  const end = sql`${period.asOf}::date`;
  const inPlace = sql<boolean>`starts_with(j.path, ${municipalityPath})`;
  const within = (column: string) => sql<boolean>`${sql.ref(column)} between ${from} and ${end}`;
  const count = (condition: ReturnType<typeof sql>) => sql<string>`count(*) filter (where ${condition})`;

  const requestRows = await k
    .selectFrom('requests as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .select([
      'r.scheme_code as scheme',
      count(sql`r.created_at::date between ${from} and ${end}`).as('requestsFiled'),
      count(sql`r.submitted_at::date between ${from} and ${end}`).as('requestsSubmitted'),
      // Submitted by the end, its due date passed by then, and no decision by then.
      count(
        sql`r.status <> 'withdrawn' and r.submitted_at::date <= ${end}
          and r.decision_due_on < ${end}
          and not exists (select 1 from request_decisions d where d.request_id = r.id and d.decided_on <= ${end})`,
      ).as('pendingOverdue'),
    ])
    .where(inPlace)
    .groupBy('r.scheme_code')
    .execute();

  const decisionRows = await k
    .selectFrom('request_decisions as d')
    .innerJoin('requests as r', 'r.id', 'd.request_id')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .select([
      'r.scheme_code as scheme',
      count(sql`d.outcome = 'approved'`).as('approved'),
      count(sql`d.outcome = 'partly_approved'`).as('partlyApproved'),
      count(sql`d.outcome = 'rejected'`).as('rejected'),
      sql<string>`coalesce(sum(d.amount) filter (where d.outcome <> 'rejected'), 0)`.as('approvedAmount'),
    ])
    .where(inPlace)
    .where(within('d.decided_on'))
    .groupBy('r.scheme_code')
    .execute();

  const appealRows = await k
    .selectFrom('request_appeals as a')
    .innerJoin('requests as r', 'r.id', 'a.request_id')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .select([
      'r.scheme_code as scheme',
      count(within('a.filed_on')).as('appealsFiled'),
      count(sql`a.outcome = 'upheld' and ${within('a.decided_on')}`).as('appealsUpheld'),
      count(sql`a.outcome = 'overturned' and ${within('a.decided_on')}`).as('appealsOverturned'),
      count(sql`a.outcome = 'returned' and ${within('a.decided_on')}`).as('appealsReturned'),
      count(sql`a.decided_on > a.decision_due_on and ${within('a.decided_on')}`).as('appealsDecidedLate'),
    ])
    .where(inPlace)
    .where(sql<boolean>`(${within('a.filed_on')} or ${within('a.decided_on')})`)
    .groupBy('r.scheme_code')
    .execute();

  const executionRows = await k
    .selectFrom('request_executions as e')
    .innerJoin('requests as r', 'r.id', 'e.request_id')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .innerJoin('request_decisions as d', 'd.id', 'e.decision_id')
    .select([
      'r.scheme_code as scheme',
      'e.started_on as startedOn',
      'e.completed_on as completedOn',
      'e.actual_cost as actualCost',
      sql<number | null>`(e.completed_on - d.decided_on)`.as('days'),
    ])
    .where(inPlace)
    .where(sql<boolean>`(${within('e.started_on')} or ${within('e.completed_on')})`)
    .execute();

  const benefitRows = await k
    .selectFrom('benefits as b')
    .innerJoin('jurisdictions as j', 'j.id', 'b.jurisdiction_id')
    .select([
      'b.scheme_code as scheme',
      sql<string>`count(*)`.as('benefitsCount'),
      sql<string>`coalesce(sum(b.amount), 0)`.as('benefitAmount'),
    ])
    .where(inPlace)
    .where(within('b.granted_on'))
    .groupBy('b.scheme_code')
    .execute();

  const counts = new Map<string, Counts>();
  const of = (scheme: string): Counts => {
    let entry = counts.get(scheme);
    if (!entry) counts.set(scheme, (entry = emptyFigures()));
    return entry;
  };
  const add = (row: { scheme: string } & Record<string, unknown>) => {
    const entry = of(row.scheme);
    for (const [key, value] of Object.entries(row))
      if (key !== 'scheme' && key in entry) entry[key as keyof Counts] += Number(value);
  };
  for (const row of [...requestRows, ...decisionRows, ...appealRows, ...benefitRows]) add(row);

  const days = new Map<string, number[]>();
  const inPeriod = (value: string | null) => value !== null && value >= period.from && value <= period.asOf;
  for (const row of executionRows) {
    const entry = of(row.scheme);
    if (inPeriod(row.startedOn)) entry.executionsStarted += 1;
    if (!inPeriod(row.completedOn)) continue;
    entry.executionsCompleted += 1;
    entry.actualCost += Number(row.actualCost ?? 0);
    if (row.days !== null) days.set(row.scheme, [...(days.get(row.scheme) ?? []), Number(row.days)]);
  }

  const byScheme = new Map<string, SchemeFigures>();
  for (const [scheme, entry] of counts) {
    const spans = days.get(scheme) ?? [];
    byScheme.set(scheme, { ...entry, ...daySpans(spans) });
  }
  return { byScheme, days };
}

/** Median and longest of the days from decision to completed execution; null without any. */
export function daySpans(days: number[]): Pick<SchemeFigures, 'medianDaysToComplete' | 'maxDaysToComplete'> {
  if (days.length === 0) return { medianDaysToComplete: null, maxDaysToComplete: null };
  const sorted = [...days].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { medianDaysToComplete: median, maxDaysToComplete: sorted[sorted.length - 1] ?? null };
}

/** The totals row: sums, and median and longest over every completion of every scheme. */
export function totalFigures(rows: SchemeFigures[], days: number[]): SchemeFigures {
  const total = emptyFigures();
  for (const row of rows)
    for (const key of Object.keys(total) as (keyof SchemeFigures)[]) {
      if (key === 'medianDaysToComplete' || key === 'maxDaysToComplete') continue;
      total[key] += row[key];
    }
  return { ...total, ...daySpans(days) };
}

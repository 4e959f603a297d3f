import { maskName, type ReceivedNothingPerson, type SchemeReportRequest } from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { schemeReportDb } from '../../storage/scheme-reports/tables.js';
import type { ReportPeriod } from './period.js';

// The people behind the figures. As in case lists, names of persons in a sensitive or restricted
// case are shown as initials only, and without a birth year.

function person(id: string, firstName: string, lastName: string, sensitivity: string) {
  const masked = sensitivity !== 'normal';
  return { id, name: masked ? maskName(firstName, lastName) : `${firstName} ${lastName}`, masked };
}

const amount = (value: string | null) => (value === null ? null : Number(value));

/** Every request of the municipality with something happening in the period, by number. */
export async function periodRequests(
  db: Kysely<Database>,
  municipalityPath: string,
  period: ReportPeriod,
): Promise<SchemeReportRequest[]> {
  const k = schemeReportDb(db);
  const from = sql`${period.from}::date`;
  const end = sql`${period.asOf}::date`;
  const within = (column: string) => sql<boolean>`${sql.ref(column)} between ${from} and ${end}`;
  const rows = await k
    .selectFrom('requests as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .select([
      'r.id',
      'r.number',
      'r.scheme_code as schemeCode',
      'r.status',
      sql<string>`to_char(r.created_at::date, 'YYYY-MM-DD')`.as('filedOn'),
      'c.number as caseNumber',
      'c.sensitivity',
      'p.id as personId',
      'p.first_name as firstName',
      'p.last_name as lastName',
    ])
    .where(sql<boolean>`starts_with(j.path, ${municipalityPath})`)
    .where(
      sql<boolean>`(
        r.created_at::date between ${from} and ${end}
        or r.submitted_at::date between ${from} and ${end}
        or exists (select 1 from request_decisions d where d.request_id = r.id and ${within('d.decided_on')})
        or exists (select 1 from request_appeals a where a.request_id = r.id
                   and (${within('a.filed_on')} or ${within('a.decided_on')}))
        or exists (select 1 from request_executions e where e.request_id = r.id
                   and (${within('e.started_on')} or ${within('e.completed_on')}))
        or exists (select 1 from benefits b where b.request_id = r.id and ${within('b.granted_on')}))`,
    )
    .orderBy('r.number')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [decisions, appeals, executions, benefits] = await Promise.all([
    k
      .selectFrom('request_decisions')
      .select(['request_id', 'number', 'outcome', 'decided_on', 'amount'])
      .where('request_id', 'in', ids)
      .where('decided_on', '<=', period.asOf)
      .orderBy('decided_on')
      .orderBy('created_at')
      .execute(),
    k
      .selectFrom('request_appeals')
      .select(['request_id', 'status', 'outcome', 'filed_on'])
      .where('request_id', 'in', ids)
      .where('filed_on', '<=', period.asOf)
      .orderBy('filed_on')
      .orderBy('created_at')
      .execute(),
    k.selectFrom('request_executions').selectAll().where('request_id', 'in', ids).execute(),
    k
      .selectFrom('benefits')
      .select(['request_id', 'granted_on', 'amount'])
      .where('request_id', 'in', ids)
      .where('granted_on', '<=', period.asOf)
      .execute(),
  ]);
  // The latest of each, as it stood at the end of the period.
  const latest = <T extends { request_id: string | null }>(items: T[]) =>
    new Map(items.map((item) => [item.request_id ?? '', item]));
  const decisionOf = latest(decisions);
  const appealOf = latest(appeals);
  const executionOf = latest(executions);
  const benefitOf = latest(benefits);
  return rows.map((row) => {
    const decision = decisionOf.get(row.id);
    const appeal = appealOf.get(row.id);
    const execution = executionOf.get(row.id);
    const completed =
      execution?.completed_on && execution.completed_on <= period.asOf ? execution.completed_on : null;
    const started = execution && execution.started_on <= period.asOf ? execution : null;
    const benefit = benefitOf.get(row.id);
    return {
      requestId: row.id,
      requestNumber: row.number,
      caseNumber: row.caseNumber,
      person: person(row.personId, row.firstName, row.lastName, row.sensitivity),
      schemeCode: row.schemeCode,
      status: row.status,
      filedOn: row.filedOn,
      decisionNumber: decision?.number ?? null,
      decisionOutcome: decision?.outcome ?? null,
      decidedOn: decision?.decided_on ?? null,
      approvedAmount: decision && decision.outcome !== 'rejected' ? amount(decision.amount) : null,
      appealOutcome: appeal ? (appeal.outcome ?? 'filed') : null,
      executionStatus: started ? (completed ? 'completed' : 'in_progress') : null,
      completedOn: completed,
      actualCost: completed ? amount(execution?.actual_cost ?? null) : null,
      benefitOn: benefit?.granted_on ?? null,
      benefitAmount: benefit ? amount(benefit.amount) : null,
    };
  });
}

/**
 * Members of the households of the municipality's open returnee cases who have received no
 * benefit so far (per person: a grant to a relative does not count) and have no request
 * running — awaiting a decision or an appeal's, or decided positively and not yet carried out.
 * Counted as of today: "so far" is the state of the register, not of the period's end.
 */
export async function receivedNothing(
  db: Kysely<Database>,
  municipalityPath: string,
): Promise<{ count: number; items: ReceivedNothingPerson[] }> {
  const rows = await schemeReportDb(db)
    .selectFrom('cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .innerJoin('persons as p', 'p.household_id', 'c.household_id')
    .select([
      'c.id as caseId',
      'c.number as caseNumber',
      'c.sensitivity',
      'p.id as personId',
      'p.first_name as firstName',
      'p.last_name as lastName',
      sql<number | null>`extract(year from p.date_of_birth)::int`.as('birthYear'),
    ])
    .where(sql<boolean>`starts_with(j.path, ${municipalityPath})`)
    .where('c.status', '=', 'open')
    .where('c.kind', '=', 'returnee')
    .where('p.merged_into', 'is', null)
    .where(sql<boolean>`not exists (select 1 from benefits b where b.person_id = p.id)`)
    .where(
      sql<boolean>`not exists (
        select 1 from requests r where r.person_id = p.id and (
          r.status in ('submitted', 'under_review', 'appealed')
          or (r.status in ('decided', 'appeal_decided')
              and (select d.outcome from request_decisions d where d.request_id = r.id
                   order by d.decided_on desc, d.created_at desc limit 1) <> 'rejected')))`,
    )
    .orderBy('c.number')
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();
  return {
    count: rows.length,
    items: rows.map((row) => {
      const shown = person(row.personId, row.firstName, row.lastName, row.sensitivity);
      return {
        caseId: row.caseId,
        caseNumber: row.caseNumber,
        person: shown,
        birthYear: shown.masked || row.birthYear === null ? null : Number(row.birthYear),
      };
    }),
  };
}

import type { WorkItem } from '@vatra/core';
import { sql, type SqlBool } from 'kysely';
import { requestDb } from '../../storage/requests/tables.js';
import type { AccessContext } from '../access/context.js';
import type { WorkSource } from '../home.js';

// Requests in the work queues: the deciding institution sees what waits for its decision (due on
// the decision date computed from the scheme when submitted; overdue past it), the executing
// institution sees final positive decisions of its type in its area not yet carried out.

const overdueDecision = sql<SqlBool>`r.decision_due_on < current_date`;

function requestsWith(access: AccessContext) {
  return requestDb(access.db)
    .selectFrom('requests as r')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id');
}

function awaitingDecision(access: AccessContext) {
  return requestsWith(access)
    .where('r.status', 'in', ['submitted', 'under_review'])
    .where('r.deciding_institution_id', '=', access.requireUser().institutionId);
}

/**
 * Positive decisions of the user's institution type, in its area, final (appeal window passed or
 * appeal decided), with no completed execution.
 */
function toExecute(access: AccessContext) {
  const user = access.requireUser();
  const latest = (column: string) =>
    sql`(select ${sql.ref(`d.${column}`)} from request_decisions d where d.request_id = r.id
      order by d.created_at desc limit 1)`;
  return requestsWith(access)
    .where(
      sql<SqlBool>`exists (select 1 from institutions mine join jurisdictions mj on mj.id = mine.jurisdiction_id
        where mine.id = ${user.institutionId} and mine.type_code = r.executing_type and starts_with(j.path, mj.path))`,
    )
    .where(sql<SqlBool>`${latest('outcome')} in ('approved', 'partly_approved')`)
    .where(
      sql<SqlBool>`(r.status = 'appeal_decided' or (r.status = 'decided' and ${latest('appeal_due_on')} < current_date))`,
    )
    .where(
      sql<SqlBool>`not exists (select 1 from request_executions e where e.request_id = r.id and e.status = 'completed')`,
    );
}

type Base = ReturnType<typeof requestsWith>;

async function countOf(query: Base, overdue: boolean) {
  const row = await query
    .select((eb) => [
      eb.fn.countAll<string>().as('total'),
      (overdue ? sql<string>`count(*) filter (where ${overdueDecision})` : sql<string>`0`).as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), overdue: Number(row.overdue) };
}

async function listOf(
  access: AccessContext,
  query: Base,
  kind: string,
  withDue: boolean,
  limit: number,
  offset: number,
): Promise<WorkItem[]> {
  const rows = await query
    .select([
      'r.id',
      'r.case_id as caseId',
      'r.number',
      'r.scheme_code as schemeCode',
      'r.decision_due_on as dueOn',
    ])
    .select(['p.first_name as firstName', 'p.last_name as lastName'])
    .select(overdueDecision.as('overdue'))
    .orderBy('r.decision_due_on')
    .orderBy('r.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((row) => ({
    kind,
    caseId: row.caseId,
    recordType: 'request',
    recordId: row.id,
    titleKey: `requests.queue.${kind}`,
    titleValues: { number: row.number, name: `${row.firstName} ${row.lastName}` },
    dueAt: withDue && row.dueOn ? `${row.dueOn}T23:59:59.000Z` : null,
    ...(withDue && row.dueOn ? { dueOn: String(row.dueOn).slice(0, 10) } : {}),
    overdue: withDue && Boolean(row.overdue),
  }));
}

export const requestWorkSources: readonly WorkSource[] = [
  {
    kind: 'request_decision_due',
    applies: (access) => access.has('request.review') || access.has('request.decide'),
    count: (access) => countOf(awaitingDecision(access), true),
    list: (access, limit, offset) =>
      listOf(access, awaitingDecision(access), 'request_decision_due', true, limit, offset),
  },
  {
    kind: 'request_to_execute',
    applies: (access) => access.has('request.execute'),
    count: (access) => countOf(toExecute(access), false),
    list: (access, limit, offset) =>
      listOf(access, toExecute(access), 'request_to_execute', false, limit, offset),
  },
];

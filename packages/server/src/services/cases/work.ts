import { maskName, type Scope, type WorkItem } from '@vatra/core';
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import type { WorkSource } from '../home.js';
import { countryOf, type CaseConfig } from './config.js';
import { currentPeriod } from './monitoring.js';
import { caseVisible } from './visibility.js';

interface CaseSourceDef {
  kind: string;
  scope: Scope;
  /** Which open cases are in this queue. */
  where: (access: AccessContext) => RawBuilder<SqlBool>;
  /** The deadline of an item (null: none), as SQL over the case row `c`. */
  due: (access: AccessContext) => RawBuilder<Date | string | null>;
}

/** Open cases the user may see, in their jurisdictions: the base of every case queue. */
function visibleOpenCases(access: AccessContext) {
  return caseDb(access.db)
    .selectFrom('cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .where('c.status', '=', 'open')
    .where(access.inJurisdiction('j.path'))
    .where(caseVisible(access, 'c') as Expression<SqlBool>);
}

/** The same with the person the case is about, for lists that name them. */
function openCases(access: AccessContext) {
  return visibleOpenCases(access).innerJoin('persons as p', 'p.id', 'c.person_id');
}

/**
 * Counts several case queues in one pass over the user's open cases instead of one query per
 * kind: the home screen asks for all of them at once. Each kind's condition and deadline are
 * computed once per case in an inner query (`offset 0` keeps PostgreSQL from folding it into the
 * outer one, which would evaluate each condition, and its subqueries, twice: total and overdue).
 */
async function countCaseQueues(access: AccessContext, defs: readonly CaseSourceDef[]) {
  const perCase = visibleOpenCases(access)
    .select(
      defs.flatMap((def, index) => [def.where(access).as(`w${index}`), def.due(access).as(`d${index}`)]),
    )
    .offset(0);
  const columns = defs.flatMap((_, index) => {
    const where = sql.ref(`x.w${index}`);
    return [
      sql<string>`count(*) filter (where ${where})`.as(`t${index}`),
      sql<string>`count(*) filter (where ${where} and ${sql.ref(`x.d${index}`)} < now())`.as(`o${index}`),
    ];
  });
  const row = (await caseDb(access.db)
    .selectFrom(perCase.as('x'))
    .select(columns)
    .executeTakeFirstOrThrow()) as Record<string, string>;
  return new Map(
    defs.map((def, index) => [
      def.kind,
      { total: Number(row[`t${index}`]), overdue: Number(row[`o${index}`]) },
    ]),
  );
}

function caseSource(def: CaseSourceDef, group: CaseSourceDef[]): WorkSource {
  return {
    kind: def.kind,
    group: {
      key: 'cases',
      countMany: (access, kinds) =>
        countCaseQueues(
          access,
          group.filter((other) => kinds.includes(other.kind)),
        ),
    },
    applies: (access) => access.has(def.scope),
    async count(access) {
      const due = def.due(access);
      const row = await visibleOpenCases(access)
        .where(def.where(access))
        .select([
          sql<string>`count(*)`.as('total'),
          sql<string>`count(*) filter (where ${due} < now())`.as('overdue'),
        ])
        .executeTakeFirstOrThrow();
      return { total: Number(row.total), overdue: Number(row.overdue) };
    },
    async list(access, limit, offset) {
      const due = def.due(access);
      const rows = await openCases(access)
        .where(def.where(access))
        .select([
          'c.id',
          'c.number',
          'c.sensitivity',
          'p.first_name as firstName',
          'p.last_name as lastName',
          due.as('due'),
        ])
        .orderBy(sql`${due} asc nulls last`)
        .orderBy('c.id')
        .limit(limit)
        .offset(offset)
        .execute();
      const now = Date.now();
      return rows.map((row): WorkItem => {
        const dueAt = row.due ? new Date(row.due) : null;
        const name =
          row.sensitivity === 'normal'
            ? `${row.firstName} ${row.lastName}`
            : maskName(row.firstName, row.lastName);
        return {
          kind: def.kind,
          caseId: row.id,
          recordType: 'case',
          recordId: row.id,
          titleKey: `cases.queue.${def.kind}`,
          titleValues: { number: row.number, name },
          dueAt: dueAt ? dueAt.toISOString() : null,
          overdue: dueAt !== null && dueAt.getTime() < now,
        };
      });
    },
  };
}

const approvedPlan = sql<SqlBool>`exists (select 1 from case_plans cp where cp.case_id = c.id and cp.status = 'approved')`;
const endOfMonth = sql<Date>`(date_trunc('month', now()) + interval '1 month' - interval '1 second')`;

/** A case manager's own cases, and cases nobody manages yet for the rest of the institution. */
function managedBy(access: AccessContext): RawBuilder<SqlBool> {
  const user = access.requireUser();
  return sql<SqlBool>`(c.case_manager_id = ${user.userId} or c.case_manager_id is null)`;
}

/**
 * The case path's queues. Visits: due 72 hours (configured) after the clock starts, red when late.
 * Assessment and plan: no legal deadline, listed until done. Monitoring: each month by its end.
 * Closure: from the configured 18 months. Rent review: 12 months after rent from the fund began.
 */
export function caseWorkSources(config: CaseConfig): WorkSource[] {
  /** The configured rent-review period as an SQL interval, for the user's country. */
  const rentReview = (access: AccessContext) => {
    const { value, unit } = countryOf(config, access).country.deadlines.rentReview;
    return sql.raw(`interval '${value} ${unit}'`);
  };
  const defs: CaseSourceDef[] = [
    {
      kind: 'visit_due',
      scope: 'case.visit',
      where: () => sql<SqlBool>`c.stage = 'registered'`,
      due: () => sql`c.visit_due_at`,
    },
    {
      kind: 'assessment_missing',
      scope: 'case.assess',
      where: () => sql<SqlBool>`c.stage = 'visited'`,
      due: () => sql`null::timestamptz`,
    },
    {
      kind: 'plan_missing',
      scope: 'case.plan',
      where: () =>
        sql<SqlBool>`c.stage = 'assessed' and not exists (select 1 from case_plans cp where cp.case_id = c.id and cp.status = 'draft')`,
      due: () => sql`null::timestamptz`,
    },
    {
      kind: 'plan_approval',
      scope: 'case.plan.approve',
      where: () =>
        sql<SqlBool>`exists (select 1 from case_plans cp where cp.case_id = c.id and cp.status = 'draft')`,
      due: () => sql`null::timestamptz`,
    },
    {
      kind: 'monitoring_due',
      scope: 'case.manage',
      where: (access) =>
        sql<SqlBool>`${managedBy(access)} and ${approvedPlan} and not exists (select 1 from monitoring_entries me where me.case_id = c.id and me.period = ${currentPeriod()})`,
      due: () => endOfMonth,
    },
    {
      kind: 'closure_due',
      scope: 'case.close',
      where: () => sql<SqlBool>`c.closure_due_on <= current_date + 30`,
      due: () => sql`c.closure_due_on::timestamptz`,
    },
    {
      kind: 'rent_review_due',
      scope: 'case.manage',
      where: (access) =>
        sql<SqlBool>`c.rent_fund_since is not null and c.rent_reviewed_on is null and c.rent_fund_since + ${rentReview(access)} <= current_date + 30 and ${managedBy(access)}`,
      due: (access) => sql`(c.rent_fund_since + ${rentReview(access)})`,
    },
  ];
  return defs.map((def) => caseSource(def, defs));
}

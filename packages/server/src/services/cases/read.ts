import {
  foldName,
  localized,
  maskName,
  type CaseDetail,
  type CaseSummary,
  type LocalizedText,
  type PersonSummary,
  type caseListQuery,
} from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import type { CaseConfig } from './config.js';
import { caseVisible, checkCaseAccess, requireCase } from './visibility.js';
import { loadCaseParts } from './parts.js';
import { allowedActions } from './allowed.js';

/** The columns of a case row as lists and the detail show it. */
function caseRows(access: AccessContext) {
  return caseDb(access.db)
    .selectFrom('cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .innerJoin('households as h', 'h.id', 'c.household_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .innerJoin('jurisdictions as pj', 'pj.id', 'p.jurisdiction_id')
    .leftJoin('users as m', 'm.id', 'c.case_manager_id');
}

type CaseQuery = ReturnType<typeof caseRows>;

function selectSummary(query: CaseQuery) {
  return query.select([
    'c.id',
    'c.number',
    'c.household_id as householdId',
    'c.kind',
    'c.stage',
    'c.status',
    'c.sensitivity',
    'c.clock_start as clockStart',
    'c.visit_due_at as visitDueAt',
    'c.closure_due_on as closureDueOn',
    'c.outcome',
    'c.updated_at as updatedAt',
    'j.id as jurisdictionId',
    'j.code as jurisdictionCode',
    'j.name as jurisdictionName',
    'h.settlement',
    'p.id as personId',
    'p.household_id as personHouseholdId',
    'p.first_name as firstName',
    'p.last_name as lastName',
    'p.father_name as fatherName',
    'p.gender',
    'p.date_of_birth as dateOfBirth',
    'p.birth_year_only as birthYearOnly',
    'p.personal_number as personalNumber',
    'p.category',
    'pj.id as personJurisdictionId',
    'pj.code as personJurisdictionCode',
    'pj.name as personJurisdictionName',
    'm.id as managerId',
    'm.full_name as managerName',
    sql<boolean>`exists (select 1 from case_visits v where v.case_id = c.id and v.outcome = 'completed')`.as(
      'visited',
    ),
    // The last monitoring said the family received nothing, and the benefits register has
    // nothing for the household since that month began (a grant decided later ends the flag).
    sql<boolean | null>`(select me.received_nothing and not exists (
        select 1 from benefits b where b.household_id = c.household_id
          and b.granted_on >= to_date(me.period || '-01', 'YYYY-MM-DD'))
      from monitoring_entries me where me.case_id = c.id order by me.period desc limit 1)`.as(
      'receivedNothing',
    ),
  ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummary>['execute']>>[number];

function toSummary(row: SummaryRow, now: Date, masked: boolean): CaseSummary {
  const person: PersonSummary = {
    id: row.personId,
    householdId: row.personHouseholdId,
    jurisdiction: {
      id: row.personJurisdictionId,
      code: row.personJurisdictionCode,
      name: row.personJurisdictionName as LocalizedText,
    },
    firstName: masked ? maskName(row.firstName, row.lastName) : row.firstName,
    lastName: masked ? '' : row.lastName,
    fatherName: masked ? null : row.fatherName,
    gender: row.gender as PersonSummary['gender'],
    dateOfBirth: masked ? null : row.dateOfBirth,
    birthYearOnly: row.birthYearOnly,
    personalNumber: masked ? null : row.personalNumber,
    category: row.category as PersonSummary['category'],
  };
  const visitDueAt = new Date(row.visitDueAt);
  return {
    id: row.id,
    number: row.number,
    jurisdiction: {
      id: row.jurisdictionId,
      code: row.jurisdictionCode,
      name: row.jurisdictionName as LocalizedText,
    },
    settlement: row.settlement,
    person,
    householdId: row.householdId,
    kind: row.kind,
    planType: row.kind === 'foreigner' ? 'PII' : 'PIR',
    stage: row.stage,
    status: row.status,
    sensitivity: row.sensitivity,
    clockStart: new Date(row.clockStart).toISOString(),
    visitDueAt: visitDueAt.toISOString(),
    visitOverdue: row.status === 'open' && !row.visited && visitDueAt < now,
    closureDueOn: row.closureDueOn,
    caseManager: row.managerId && row.managerName ? { id: row.managerId, fullName: row.managerName } : null,
    outcome: row.outcome,
    receivedNothing: row.receivedNothing === true,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

function applyFilters(
  access: AccessContext,
  query: CaseQuery,
  filters: z.infer<typeof caseListQuery>,
): CaseQuery {
  const user = access.requireUser();
  let q = query.where(access.inJurisdiction('j.path')).where(caseVisible(access, 'c'));
  if (filters.status) q = q.where('c.status', '=', filters.status);
  if (filters.stage) q = q.where('c.stage', '=', filters.stage);
  if (filters.jurisdictionId) q = q.where('c.jurisdiction_id', '=', filters.jurisdictionId);
  if (filters.mine)
    q = q.where((eb) =>
      eb.or([
        eb('c.case_manager_id', '=', user.userId),
        eb.exists(
          eb
            .selectFrom('case_team as t')
            .select('t.user_id')
            .whereRef('t.case_id', '=', 'c.id')
            .where('t.user_id', '=', user.userId),
        ),
      ]),
    );
  const text = filters.q?.trim();
  if (text) {
    const folded = foldName(text);
    q = q.where((eb) =>
      eb.or([
        eb('c.number', 'like', `${text.toUpperCase()}%`),
        ...(folded ? [eb('p.name_key', 'like', `%${folded}%`)] : []),
      ]),
    );
  }
  return q;
}

/** Cases the user may see, newest first; names of sensitive cases are masked in the list. */
export async function listCases(access: AccessContext, filters: z.infer<typeof caseListQuery>) {
  const base = applyFilters(access, caseRows(access), filters);
  const [rows, total] = await Promise.all([
    selectSummary(base)
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id')
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  await access.audit(access.db, {
    action: 'case.list',
    details: { count: rows.length, ...(filters.q ? { query: true } : {}) },
  });
  const now = new Date();
  return {
    items: rows.map((row) => toSummary(row, now, row.sensitivity !== 'normal')),
    total: Number(total.n),
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

/**
 * The case row of the case file: the summary, what the access check needs, and the columns of
 * the closure and transfers, in one statement (names and numbers by key, not by join).
 */
function caseFileRow(access: AccessContext, caseId: string) {
  return selectSummary(caseRows(access))
    .select([
      'j.path',
      'c.closure',
      'c.closed_at as closedAt',
      'c.closed_by as closedBy',
      'c.reopened_count as reopenedCount',
      'c.rent_fund_since as rentFundSince',
      'c.rent_reviewed_on as rentReviewedOn',
      'c.version',
      sql<string | null>`(select u.full_name from users u where u.id = c.closed_by)`.as('closedByName'),
      sql<string | null>`(select u.full_name from users u
        where u.id::text = c.closure ->> 'coordinatorId')`.as('coordinatorName'),
      'c.transferred_from as fromId',
      sql<string | null>`(select f.number from cases f where f.id = c.transferred_from)`.as('fromNumber'),
      'c.transferred_to as toId',
      sql<string | null>`(select t.number from cases t where t.id = c.transferred_to)`.as('toNumber'),
    ])
    .select(caseVisible(access, 'c').as('visible'))
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}

export type CaseFileRow = NonNullable<Awaited<ReturnType<typeof caseFileRow>>>;

/**
 * One case with everything the case file shows. `audited`: the caller has already written the
 * audit entry of its own action (open, visit, …), so reading back is not logged twice.
 */
export async function getCase(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  options: { audited?: boolean } = {},
): Promise<CaseDetail> {
  const row = await checkCaseAccess(access, caseId, await caseFileRow(access, caseId));
  const [parts] = await Promise.all([
    loadCaseParts(access, row),
    options.audited
      ? undefined
      : access.audit(access.db, { action: 'case.read', recordType: 'case', recordId: caseId }),
  ]);
  const summary = toSummary(row, new Date(), false);
  const detail: Omit<CaseDetail, 'allowed'> = { ...summary, ...parts };
  return { ...detail, allowed: allowedActions(access, config, detail) };
}

/** Every event of the case in order, with who and for which institution. */
export async function caseTimeline(access: AccessContext, caseId: string) {
  await requireCase(access, caseId);
  const rows = await caseDb(access.db)
    .selectFrom('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .leftJoin('institutions as i', 'i.id', 'e.institution_id')
    .select([
      'e.id',
      'e.kind',
      'e.at',
      'e.person_id as personId',
      'e.details',
      'u.id as actorId',
      'u.full_name as actorName',
      'i.id as institutionId',
      'i.code as institutionCode',
      'i.name as institutionName',
    ])
    .where('e.case_id', '=', caseId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  await access.audit(access.db, { action: 'case.timeline', recordType: 'case', recordId: caseId });
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      at: new Date(row.at).toISOString(),
      actor: row.actorId && row.actorName ? { id: row.actorId, fullName: row.actorName } : null,
      institution:
        row.institutionId && row.institutionCode && row.institutionName
          ? {
              id: row.institutionId,
              code: row.institutionCode,
              name: localized(row.institutionName, access.locale),
            }
          : null,
      personId: row.personId,
      details: row.details,
    })),
  };
}

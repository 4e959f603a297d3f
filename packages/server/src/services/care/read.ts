import {
  type CareCaseDetail,
  type CareCasePage,
  type CareCaseSummary,
  type CareServiceTargetGroup,
  type careListQuery,
} from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { careDb } from '../../storage/care/tables.js';
import type { AccessContext } from '../access/context.js';
import { careVisible, requireCareCase } from './access.js';
import { caseAssessments, casePlan, caseReferrals, caseTimeline } from './parts.js';

/** Target groups that make a case a child's (the child-protection tab is shown). */
const CHILD_GROUPS: readonly CareServiceTargetGroup[] = ['children', 'children_disability'];

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function baseQuery(access: AccessContext) {
  return careDb(access.db)
    .selectFrom('care_cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .leftJoin('users as w', 'w.id', 'c.worker_id')
    .select([
      'c.id',
      'c.number',
      'p.id as personId',
      'c.jurisdiction_id as jurisdictionId',
      'p.first_name as firstName',
      'p.last_name as lastName',
      'j.code as jurisdictionCode',
      'j.name as jurisdictionName',
      'c.channel',
      'c.received_by as receivedBy',
      'c.returnee',
      'c.risk_level as riskLevel',
      'c.status',
      'c.sensitivity',
      'c.worker_id as workerId',
      'w.full_name as workerName',
      'c.opened_at as openedAt',
    ]);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

// Names of places and institutions go out in every language (LocalizedText): the page shows the
// interface language's, even after the user switches language on a page already loaded.
function toSummary(row: BaseRow): CareCaseSummary {
  return {
    id: row.id,
    number: row.number,
    person: { id: row.personId, fullName: `${row.firstName} ${row.lastName}` },
    jurisdiction: { id: row.jurisdictionId, code: row.jurisdictionCode, name: row.jurisdictionName },
    channel: row.channel,
    receivedBy: row.receivedBy,
    returnee: row.returnee,
    riskLevel: row.riskLevel,
    status: row.status,
    sensitivity: row.sensitivity,
    worker: row.workerId ? { id: row.workerId, fullName: row.workerName ?? '' } : null,
    openedAt: new Date(row.openedAt).toISOString(),
  };
}

/** Care cases the user may see (jurisdiction and sensitivity filtered in SQL), newest first. */
export async function listCareCases(
  access: AccessContext,
  query: z.infer<typeof careListQuery>,
): Promise<CareCasePage> {
  let filtered = baseQuery(access).where(access.inJurisdiction('j.path')).where(careVisible(access, 'c'));
  if (query.personId) filtered = filtered.where('c.person_id', '=', query.personId);
  if (query.status) filtered = filtered.where('c.status', '=', query.status);
  if (query.channel) filtered = filtered.where('c.channel', '=', query.channel);
  if (query.returnee !== undefined) filtered = filtered.where('c.returnee', '=', query.returnee);
  const total = await filtered
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered
    .orderBy('c.opened_at', 'desc')
    .orderBy('c.number', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  await access.audit(access.db, {
    action: 'care.list',
    details: { page: query.page, count: rows.length },
  });
  return {
    items: rows.map(toSummary),
    total: Number(total.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One care case with its assessments, current plan, referrals and timeline; the read is audited. */
export async function getCareCase(
  access: AccessContext,
  id: string,
  options: { audited?: boolean } = {},
): Promise<CareCaseDetail> {
  await requireCareCase(access, id);
  const db = careDb(access.db);
  const row = await baseQuery(access)
    .innerJoin('institutions as ri', 'ri.id', 'c.responsible_institution_id')
    .innerJoin('users as o', 'o.id', 'c.opened_by')
    .leftJoin('institutions as fi', 'fi.id', 'c.referring_institution_id')
    .leftJoin('cases as rc', 'rc.id', 'c.returnee_case_id')
    .select([
      'c.household_id as householdId',
      'c.referring_institution_id as referringInstitutionId',
      'fi.code as referringCode',
      'fi.name as referringName',
      'c.referring_party as referringParty',
      'rc.id as returneeCaseId',
      'rc.number as returneeCaseNumber',
      'c.target_groups as targetGroups',
      'ri.id as responsibleId',
      'ri.code as responsibleCode',
      'ri.name as responsibleName',
      'o.id as openerId',
      'o.full_name as openerName',
      'c.summary',
      'c.closed_at as closedAt',
      'c.closure_reason as closureReason',
      'c.version',
      // The DV flag of migration 0015 (typed in storage/care-dv, not in care's tables).
      sql<boolean>`c.dv`.as('dv'),
      // A child by date of birth today, or child-protection records already on the case (tables of
      // migration 0016): then the case keeps its child-protection tab even after the 18th birthday.
      sql<boolean>`(p.date_of_birth > current_date - interval '18 years'
        or exists (select 1 from child_protection_plans cp where cp.care_case_id = c.id)
        or exists (select 1 from child_group_members cg where cg.care_case_id = c.id))`.as('childRecords'),
    ])
    .where('c.id', '=', id)
    .executeTakeFirstOrThrow();
  const [assessments, plan, referrals, timeline] = await Promise.all([
    caseAssessments(db, id),
    casePlan(db, id),
    caseReferrals(db, id),
    caseTimeline(db, id),
  ]);
  if (!options.audited) {
    await access.audit(access.db, { action: 'care.read', recordType: 'care_case', recordId: id });
  }
  return {
    ...toSummary(row),
    householdId: row.householdId,
    referringInstitution:
      row.referringInstitutionId && row.referringCode && row.referringName
        ? {
            id: row.referringInstitutionId,
            code: row.referringCode,
            name: row.referringName,
          }
        : null,
    referringParty: row.referringParty,
    returneeCase:
      row.returneeCaseId && row.returneeCaseNumber
        ? { id: row.returneeCaseId, number: row.returneeCaseNumber }
        : null,
    targetGroups: row.targetGroups as CareServiceTargetGroup[],
    responsibleInstitution: {
      id: row.responsibleId,
      code: row.responsibleCode,
      name: row.responsibleName,
    },
    openedBy: { id: row.openerId, fullName: row.openerName },
    summary: row.summary,
    closedAt: iso(row.closedAt),
    closureReason: row.closureReason,
    dv: row.dv,
    concernsChild:
      row.childRecords ||
      row.targetGroups.some((group) => CHILD_GROUPS.includes(group as CareServiceTargetGroup)),
    version: row.version,
    assessments,
    plan,
    referrals,
    timeline,
  };
}

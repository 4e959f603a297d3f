import {
  localized,
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
      'p.first_name as firstName',
      'p.last_name as lastName',
      'j.name as jurisdictionName',
      'c.channel',
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

function toSummary(row: BaseRow, access: AccessContext): CareCaseSummary {
  return {
    id: row.id,
    number: row.number,
    person: { id: row.personId, fullName: `${row.firstName} ${row.lastName}` },
    jurisdiction: localized(row.jurisdictionName, access.locale),
    channel: row.channel,
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
    items: rows.map((row) => toSummary(row, access)),
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
    ])
    .where('c.id', '=', id)
    .executeTakeFirstOrThrow();
  const [assessments, plan, referrals, timeline] = await Promise.all([
    caseAssessments(db, access, id),
    casePlan(db, access, id),
    caseReferrals(db, access, id),
    caseTimeline(db, id),
  ]);
  if (!options.audited) {
    await access.audit(access.db, { action: 'care.read', recordType: 'care_case', recordId: id });
  }
  return {
    ...toSummary(row, access),
    householdId: row.householdId,
    referringInstitution:
      row.referringInstitutionId && row.referringCode && row.referringName
        ? {
            id: row.referringInstitutionId,
            code: row.referringCode,
            name: localized(row.referringName, access.locale),
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
      name: localized(row.responsibleName, access.locale),
    },
    openedBy: { id: row.openerId, fullName: row.openerName },
    summary: row.summary,
    closedAt: iso(row.closedAt),
    closureReason: row.closureReason,
    dv: row.dv,
    version: row.version,
    assessments,
    plan,
    referrals,
    timeline,
  };
}

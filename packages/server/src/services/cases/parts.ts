import {
  localized,
  type CaseDetail,
  type Locale,
  type NeedView,
  type PlanView,
  type SubmissionView,
} from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseDb } from '../../storage/cases/tables.js';
import { findMembers } from '../../storage/registry/persons.js';
import { toSummary } from '../registry/persons.js';
import type { ClosureRecord } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';

type Parts = Pick<
  CaseDetail,
  | 'members'
  | 'hiddenMembers'
  | 'visits'
  | 'forms'
  | 'plans'
  | 'assignments'
  | 'monitoring'
  | 'certificates'
  | 'closure'
  | 'transferredFrom'
  | 'transferredTo'
  | 'reopenedCount'
  | 'rentFundSince'
  | 'rentReviewedOn'
  | 'version'
>;

const iso = (value: Date | string) => new Date(value).toISOString();

/** The members of the household the user may see, and how many are hidden by sensitivity. */
async function members(access: AccessContext, householdId: string) {
  const rows = await findMembers(access.db, householdId);
  const visible = new Set<string>(access.visibleSensitivities());
  const shown = rows.filter((row) => visible.has(row.sensitivity));
  return { members: shown.map(toSummary), hiddenMembers: rows.length - shown.length };
}

/** The newest revision of each form series. */
async function forms(db: Kysely<Database>, caseId: string) {
  const rows = await caseDb(db)
    .selectFrom('form_submissions as f')
    .leftJoin('users as u', 'u.id', 'f.submitted_by')
    .selectAll('f')
    .select('u.full_name as submittedByName')
    .where('f.case_id', '=', caseId)
    .where('f.form_key', 'in', ['fvn', 'anamnesis'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('form_submissions as g')
            .select('g.id')
            .whereRef('g.series_id', '=', 'f.series_id')
            .whereRef('g.revision', '>', 'f.revision'),
        ),
      ),
    )
    .orderBy('f.submitted_at')
    .execute();
  return rows.map((row): SubmissionView => ({
    id: row.id,
    formKey: row.form_key,
    formVersion: row.form_version,
    seriesId: row.series_id,
    revision: row.revision,
    data: row.data,
    needs: row.needs as NeedView[],
    submittedBy: { id: row.submitted_by, fullName: row.submittedByName ?? '' },
    submittedAt: iso(row.submitted_at),
  }));
}

/** Every plan version of the case with its items; institution names in `locale` (default: the user's). */
export async function plansOf(
  access: AccessContext,
  caseId: string,
  planId?: string,
  locale: Locale = access.locale,
): Promise<PlanView[]> {
  const db = caseDb(access.db);
  let query = db
    .selectFrom('case_plans as cp')
    .leftJoin('users as cu', 'cu.id', 'cp.created_by')
    .leftJoin('users as au', 'au.id', 'cp.approved_by')
    .selectAll('cp')
    .select(['cu.full_name as createdByName', 'au.full_name as approvedByName'])
    .where('cp.case_id', '=', caseId);
  if (planId) query = query.where('cp.id', '=', planId);
  // the items by the plans' case (and plan), so both statements run at once
  let itemQuery = db
    .selectFrom('case_plan_items as i')
    .innerJoin('case_plans as ip', 'ip.id', 'i.plan_id')
    .leftJoin('institutions as r', 'r.id', 'i.responsible_institution_id')
    .select([
      'i.id',
      'i.plan_id',
      'i.position',
      'i.service_code',
      'i.need_path',
      'i.domain',
      'i.priority',
      'i.target_date',
      'i.status',
      'i.note',
      'r.id as institutionId',
      'r.code as institutionCode',
      'r.name as institutionName',
    ])
    .where('ip.case_id', '=', caseId);
  if (planId) itemQuery = itemQuery.where('i.plan_id', '=', planId);
  const [plans, items] = await Promise.all([
    query.orderBy('cp.person_id').orderBy('cp.plan_version').execute(),
    itemQuery.orderBy('i.position').execute(),
  ]);
  return plans.map((plan) => ({
    id: plan.id,
    caseId: plan.case_id,
    personId: plan.person_id,
    planType: plan.plan_type,
    planVersion: plan.plan_version,
    status: plan.status,
    goal: plan.goal,
    items: items
      .filter((item) => item.plan_id === plan.id)
      .map((item) => ({
        id: item.id,
        position: item.position,
        serviceCode: item.service_code,
        needPath: item.need_path,
        domain: item.domain as PlanView['items'][number]['domain'],
        priority: item.priority,
        responsibleInstitution:
          item.institutionId && item.institutionCode && item.institutionName
            ? {
                id: item.institutionId,
                code: item.institutionCode,
                name: localized(item.institutionName, locale),
              }
            : null,
        targetDate: item.target_date,
        status: item.status,
        note: item.note,
      })),
    createdBy: { id: plan.created_by, fullName: plan.createdByName ?? '' },
    createdAt: iso(plan.created_at),
    approvedBy: plan.approved_by ? { id: plan.approved_by, fullName: plan.approvedByName ?? '' } : null,
    approvedAt: plan.approved_at ? iso(plan.approved_at) : null,
    version: plan.version,
  }));
}

/** What the case file's own row holds beyond its summary (read by `getCase` in one statement). */
export interface CaseFileColumns {
  id: string;
  householdId: string;
  outcome: CaseDetail['outcome'];
  closure: ClosureRecord | null;
  closedAt: Date | string | null;
  closedBy: string | null;
  closedByName: string | null;
  coordinatorName: string | null;
  reopenedCount: number;
  rentFundSince: string | null;
  rentReviewedOn: string | null;
  version: number;
  visitDueAt: Date | string;
  fromId: string | null;
  fromNumber: string | null;
  toId: string | null;
  toNumber: string | null;
}

/** Everything of a case file below its summary, read without auditing (the caller audits). */
export async function loadCaseParts(access: AccessContext, kase: CaseFileColumns): Promise<Parts> {
  const db = caseDb(access.db);
  const caseId = kase.id;
  const [visits, assignments, monitoring, certificates, shown, formViews, plans, movedTo] = await Promise.all(
    [
      db
        .selectFrom('case_visits as v')
        .leftJoin('users as u', 'u.id', 'v.recorded_by')
        .selectAll('v')
        .select('u.full_name as recordedByName')
        .where('v.case_id', '=', caseId)
        .orderBy('v.visited_at')
        .execute(),
      db
        .selectFrom('case_manager_assignments as a')
        .leftJoin('users as u', 'u.id', 'a.user_id')
        .leftJoin('users as b', 'b.id', 'a.appointed_by')
        .selectAll('a')
        .select(['u.full_name as userName', 'b.full_name as appointedByName'])
        .where('a.case_id', '=', caseId)
        .orderBy('a.appointed_at')
        .execute(),
      db
        .selectFrom('monitoring_entries as m')
        .leftJoin('users as u', 'u.id', 'm.created_by')
        .selectAll('m')
        .select('u.full_name as createdByName')
        .where('m.case_id', '=', caseId)
        .orderBy('m.period')
        .execute(),
      db
        .selectFrom('certificates as c')
        .leftJoin('users as u', 'u.id', 'c.issued_by')
        .selectAll('c')
        .select('u.full_name as issuedByName')
        .where('c.case_id', '=', caseId)
        .orderBy('c.issued_on')
        .execute(),
      members(access, kase.householdId),
      forms(access.db, caseId),
      plansOf(access, caseId),
      kase.closure?.movedToJurisdictionId
        ? db
            .selectFrom('jurisdictions')
            .select(['id', 'code', 'name'])
            .where('id', '=', kase.closure.movedToJurisdictionId)
            .executeTakeFirst()
        : undefined,
    ],
  );
  const who = (id: string, fullName: string | null) => ({ id, fullName: fullName ?? '' });
  const closure =
    kase.closure && kase.outcome && kase.closedAt && kase.closedBy
      ? {
          outcome: kase.outcome,
          planAchieved: kase.closure.planAchieved,
          evaluation: kase.closure.evaluation,
          coordinator: kase.closure.coordinatorId ? kase.coordinatorName : kase.closure.coordinatorName,
          note: kase.closure.note,
          movedTo: movedTo ?? null,
          closedAt: iso(kase.closedAt),
          closedBy: who(kase.closedBy, kase.closedByName),
        }
      : null;
  return {
    ...shown,
    visits: visits.map((visit) => ({
      id: visit.id,
      visitedAt: iso(visit.visited_at),
      outcome: visit.outcome,
      team: visit.team,
      notes: visit.notes,
      recordedBy: who(visit.recorded_by, visit.recordedByName),
      onTime: new Date(visit.visited_at) <= new Date(kase.visitDueAt),
    })),
    forms: formViews,
    plans,
    assignments: assignments.map((a) => ({
      id: a.id,
      user: who(a.user_id, a.userName),
      decisionNumber: a.decision_number,
      decisionDate: a.decision_date,
      reason: a.reason,
      appointedBy: who(a.appointed_by, a.appointedByName),
      appointedAt: iso(a.appointed_at),
      endedAt: a.ended_at ? iso(a.ended_at) : null,
    })),
    monitoring: monitoring.map((m) => ({
      id: m.id,
      period: m.period,
      receivedNothing: m.received_nothing,
      submissionId: m.submission_id,
      createdBy: who(m.created_by, m.createdByName),
      createdAt: iso(m.created_at),
    })),
    certificates: certificates.map((c) => ({
      id: c.id,
      number: c.number,
      personId: c.person_id,
      issuedOn: c.issued_on,
      issuedBy: who(c.issued_by, c.issuedByName),
    })),
    closure,
    transferredFrom: kase.fromId && kase.fromNumber ? { id: kase.fromId, number: kase.fromNumber } : null,
    transferredTo: kase.toId && kase.toNumber ? { id: kase.toId, number: kase.toNumber } : null,
    reopenedCount: kase.reopenedCount,
    rentFundSince: kase.rentFundSince,
    rentReviewedOn: kase.rentReviewedOn,
    version: kase.version,
  };
}

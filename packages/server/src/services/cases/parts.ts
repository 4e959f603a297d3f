import {
  localized,
  type CaseDetail,
  type Locale,
  type LocalizedText,
  type NeedView,
  type PlanView,
  type SubmissionView,
} from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseDb } from '../../storage/cases/tables.js';
import { findMembers } from '../../storage/registry/persons.js';
import { toSummary } from '../registry/persons.js';
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

/** Full names of users by id, for "who" columns. */
async function userNames(db: Kysely<Database>, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, row.full_name]));
}

/** The members of the household the user may see, and how many are hidden by sensitivity. */
async function members(access: AccessContext, householdId: string) {
  const rows = await findMembers(access.db, householdId);
  const visible = new Set<string>(access.visibleSensitivities());
  const shown = rows.filter((row) => visible.has(row.sensitivity));
  return { members: shown.map(toSummary), hiddenMembers: rows.length - shown.length };
}

/** The newest revision of each form series. */
async function forms(db: Kysely<Database>, caseId: string, names: Map<string, string>) {
  const rows = await caseDb(db)
    .selectFrom('form_submissions as f')
    .selectAll('f')
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
    submittedBy: { id: row.submitted_by, fullName: names.get(row.submitted_by) ?? '' },
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
  let query = db.selectFrom('case_plans').selectAll().where('case_id', '=', caseId);
  if (planId) query = query.where('id', '=', planId);
  const plans = await query.orderBy('person_id').orderBy('plan_version').execute();
  if (!plans.length) return [];
  const items = await db
    .selectFrom('case_plan_items as i')
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
    .where(
      'i.plan_id',
      'in',
      plans.map((plan) => plan.id),
    )
    .orderBy('i.position')
    .execute();
  const names = await userNames(
    access.db,
    plans.flatMap((plan) => [plan.created_by, plan.approved_by]),
  );
  const who = (id: string) => ({ id, fullName: names.get(id) ?? '' });
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
    createdBy: who(plan.created_by),
    createdAt: iso(plan.created_at),
    approvedBy: plan.approved_by ? who(plan.approved_by) : null,
    approvedAt: plan.approved_at ? iso(plan.approved_at) : null,
    version: plan.version,
  }));
}

/** Everything of a case file below its summary, read without auditing (the caller audits). */
export async function loadCaseParts(
  access: AccessContext,
  caseId: string,
  householdId: string,
): Promise<Parts> {
  const db = caseDb(access.db);
  const [kase, visits, assignments, monitoring, certificates, submitters] = await Promise.all([
    db
      .selectFrom('cases as c')
      .leftJoin('cases as f', 'f.id', 'c.transferred_from')
      .leftJoin('cases as t', 't.id', 'c.transferred_to')
      .select([
        'c.closure',
        'c.outcome',
        'c.closed_at',
        'c.closed_by',
        'c.reopened_count',
        'c.rent_fund_since',
        'c.rent_reviewed_on',
        'c.version',
        'c.visit_due_at',
        'f.id as fromId',
        'f.number as fromNumber',
        't.id as toId',
        't.number as toNumber',
      ])
      .where('c.id', '=', caseId)
      .executeTakeFirstOrThrow(),
    db.selectFrom('case_visits').selectAll().where('case_id', '=', caseId).orderBy('visited_at').execute(),
    db
      .selectFrom('case_manager_assignments')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('appointed_at')
      .execute(),
    db.selectFrom('monitoring_entries').selectAll().where('case_id', '=', caseId).orderBy('period').execute(),
    db.selectFrom('certificates').selectAll().where('case_id', '=', caseId).orderBy('issued_on').execute(),
    db.selectFrom('form_submissions').select('submitted_by').where('case_id', '=', caseId).execute(),
  ]);
  const names = await userNames(access.db, [
    kase.closed_by,
    ...visits.map((v) => v.recorded_by),
    ...assignments.flatMap((a) => [a.user_id, a.appointed_by]),
    ...monitoring.map((m) => m.created_by),
    ...certificates.map((c) => c.issued_by),
    ...submitters.map((s) => s.submitted_by),
    kase.closure?.coordinatorId ?? null,
  ]);
  const who = (id: string) => ({ id, fullName: names.get(id) ?? '' });
  let movedTo: { id: string; code: string; name: LocalizedText } | null = null;
  if (kase.closure?.movedToJurisdictionId) {
    const place = await db
      .selectFrom('jurisdictions')
      .select(['id', 'code', 'name'])
      .where('id', '=', kase.closure.movedToJurisdictionId)
      .executeTakeFirst();
    movedTo = place ?? null;
  }
  const closure =
    kase.closure && kase.outcome && kase.closed_at && kase.closed_by
      ? {
          outcome: kase.outcome,
          planAchieved: kase.closure.planAchieved,
          evaluation: kase.closure.evaluation,
          coordinator: kase.closure.coordinatorId
            ? (names.get(kase.closure.coordinatorId) ?? null)
            : kase.closure.coordinatorName,
          note: kase.closure.note,
          movedTo,
          closedAt: iso(kase.closed_at),
          closedBy: who(kase.closed_by),
        }
      : null;
  return {
    ...(await members(access, householdId)),
    visits: visits.map((visit) => ({
      id: visit.id,
      visitedAt: iso(visit.visited_at),
      outcome: visit.outcome,
      team: visit.team,
      notes: visit.notes,
      recordedBy: who(visit.recorded_by),
      onTime: new Date(visit.visited_at) <= new Date(kase.visit_due_at),
    })),
    forms: await forms(access.db, caseId, names),
    plans: await plansOf(access, caseId),
    assignments: assignments.map((a) => ({
      id: a.id,
      user: who(a.user_id),
      decisionNumber: a.decision_number,
      decisionDate: a.decision_date,
      reason: a.reason,
      appointedBy: who(a.appointed_by),
      appointedAt: iso(a.appointed_at),
      endedAt: a.ended_at ? iso(a.ended_at) : null,
    })),
    monitoring: monitoring.map((m) => ({
      id: m.id,
      period: m.period,
      receivedNothing: m.received_nothing,
      submissionId: m.submission_id,
      createdBy: who(m.created_by),
      createdAt: iso(m.created_at),
    })),
    certificates: certificates.map((c) => ({
      id: c.id,
      number: c.number,
      personId: c.person_id,
      issuedOn: c.issued_on,
      issuedBy: who(c.issued_by),
    })),
    closure,
    transferredFrom: kase.fromId && kase.fromNumber ? { id: kase.fromId, number: kase.fromNumber } : null,
    transferredTo: kase.toId && kase.toNumber ? { id: kase.toId, number: kase.toNumber } : null,
    reopenedCount: kase.reopened_count,
    rentFundSince: kase.rent_fund_since,
    rentReviewedOn: kase.rent_reviewed_on,
    version: kase.version,
  };
}

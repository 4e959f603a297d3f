import type {
  CareAssessmentView,
  CareEventView,
  CarePlanView,
  CareReferralView,
  LocalizedText,
} from '@vatra/core';
import type { Kysely } from 'kysely';
import type { CareDatabase } from '../../storage/care/tables.js';

// The parts of a care case's file, each read by one query.

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

// Names go out in every language (LocalizedText): the page shows the interface language's.
function institution(id: string | null, code: string | null, name: LocalizedText | null) {
  return id && code && name ? { id, code, name } : null;
}

export async function caseAssessments(db: Kysely<CareDatabase>, id: string): Promise<CareAssessmentView[]> {
  const rows = await db
    .selectFrom('care_assessments as a')
    .innerJoin('institutions as i', 'i.id', 'a.institution_id')
    .innerJoin('users as u', 'u.id', 'a.assessed_by')
    .selectAll('a')
    .select(['i.code', 'i.name', 'u.full_name'])
    .where('a.care_case_id', '=', id)
    .orderBy('a.assessed_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    formKey: row.form_key,
    formVersion: row.form_version,
    data: row.data,
    riskLevel: row.risk_level,
    institution: { id: row.institution_id, code: row.code, name: row.name },
    assessedBy: { id: row.assessed_by, fullName: row.full_name },
    assessedAt: new Date(row.assessed_at).toISOString(),
  }));
}

/** The active care plan with its items, or null before the first plan. */
export async function casePlan(db: Kysely<CareDatabase>, id: string): Promise<CarePlanView | null> {
  const plan = await db
    .selectFrom('care_plans as p')
    .innerJoin('users as u', 'u.id', 'p.created_by')
    .selectAll('p')
    .select('u.full_name')
    .where('p.care_case_id', '=', id)
    .where('p.status', '=', 'active')
    .executeTakeFirst();
  if (!plan) return null;
  const items = await db
    .selectFrom('care_plan_items as it')
    .leftJoin('institutions as i', 'i.id', 'it.responsible_institution_id')
    .selectAll('it')
    .select(['i.code', 'i.name'])
    .where('it.plan_id', '=', plan.id)
    .orderBy('it.position')
    .execute();
  return {
    id: plan.id,
    planVersion: plan.plan_version,
    goal: plan.goal,
    reviewOn: plan.review_on,
    createdBy: { id: plan.created_by, fullName: plan.full_name },
    createdAt: new Date(plan.created_at).toISOString(),
    items: items.map((item) => ({
      id: item.id,
      position: item.position,
      serviceCode: item.service_code,
      level: item.level,
      responsibleInstitution: institution(item.responsible_institution_id, item.code, item.name),
      targetDate: item.target_date,
      status: item.status,
      note: item.note,
    })),
  };
}

export async function caseReferrals(db: Kysely<CareDatabase>, id: string): Promise<CareReferralView[]> {
  const rows = await db
    .selectFrom('care_referrals as r')
    .leftJoin('institutions as i', 'i.id', 'r.to_institution_id')
    .innerJoin('users as u', 'u.id', 'r.sent_by')
    .selectAll('r')
    .select(['i.code', 'i.name', 'u.full_name'])
    .where('r.care_case_id', '=', id)
    .orderBy('r.sent_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    serviceCode: row.service_code,
    level: row.level,
    toInstitution: institution(row.to_institution_id, row.code, row.name),
    providerId: row.provider_id,
    planItemId: row.plan_item_id,
    reason: row.reason,
    status: row.status,
    sentBy: { id: row.sent_by, fullName: row.full_name },
    sentAt: new Date(row.sent_at).toISOString(),
    answeredAt: iso(row.answered_at),
    declineReason: row.decline_reason,
    evaluation: row.evaluation,
    evaluationNote: row.evaluation_note,
    followedUpAt: iso(row.followed_up_at),
    version: row.version,
  }));
}

export async function caseTimeline(db: Kysely<CareDatabase>, id: string): Promise<CareEventView[]> {
  const rows = await db
    .selectFrom('care_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.kind', 'e.at', 'e.actor_id', 'u.full_name', 'e.details'])
    .where('e.care_case_id', '=', id)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    at: new Date(row.at).toISOString(),
    actor: row.actor_id ? { id: row.actor_id, fullName: row.full_name ?? '' } : null,
    details: row.details,
  }));
}

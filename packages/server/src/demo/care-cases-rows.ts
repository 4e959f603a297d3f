import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { CareTables } from '../storage/care/tables.js';
import { careServiceDb, type CareServiceTables } from '../storage/care-services/tables.js';
import { receivedByOf, type Story, type StoryAssessment } from './care-cases-stories.js';

// The rows one demo story becomes, step by step, as services/care and services/care-services
// write them: plan, items, referrals with answers and follow-ups, timeline events (with the same
// kinds and details) and the places taken.

export interface Actor {
  id: string;
  institutionId: string;
}

type Row<K extends keyof CareTables> = Insertable<CareTables[K]>;

export interface StepRows {
  plans: Row<'care_plans'>[];
  items: Row<'care_plan_items'>[];
  referrals: Row<'care_referrals'>[];
  events: Row<'care_events'>[];
  enrolments: { serviceId: string; on: Date }[];
  /** Steps that bumped the case's version. */
  touches: number;
  lastAt: Date | null;
}

export interface StoryContext {
  caseId: string;
  who: Actor;
  openedAt: Date;
  step: (after: number) => Date;
  institution: (code: string) => string;
  provider: (name: string, code: string) => { id: string; serviceId: string };
  returnee: boolean;
  returneeComputed: boolean;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The care_assessment form's answers (v1 of both countries' definitions). */
export function assessmentData(a: StoryAssessment, on: Date): Record<string, unknown> {
  const need = (key: 'housing' | 'health' | 'income' | 'psychosocial', domain: string) => {
    const priority = a.needs[key];
    return priority ? { needed: true, domain, priority } : { needed: false };
  };
  return {
    contact: { assessed_on: day(on), place: a.place, person_present: true },
    situation: {
      lives_alone: a.livesAlone,
      income: a.income,
      disability: a.disability !== undefined,
      ...(a.disability ? { disability_assessed: a.disability === 'assessed' } : {}),
      can_leave_home: a.canLeaveHome,
      ...(a.chronicIllness !== undefined ? { chronic_illness: a.chronicIllness } : {}),
      ...(a.childrenOutOfSchool !== undefined ? { children_out_of_school: a.childrenOutOfSchool } : {}),
      description: a.description,
    },
    needs: {
      care_needs: a.careNeeds,
      housing: need('housing', 'housing'),
      health: need('health', 'health'),
      income: need('income', 'income_employment'),
      psychosocial: need('psychosocial', 'psychosocial'),
    },
    risk: {
      factors: a.factors,
      immediate_danger: false,
      risk_level: a.risk,
      ...(a.rationale ? { rationale: a.rationale } : {}),
    },
  };
}

/** The rows of a story's steps after the opening, in the order they happened. */
export function timelineOf(story: Story, ctx: StoryContext): StepRows {
  const { caseId, who, step } = ctx;
  const out: StepRows = {
    plans: [],
    items: [],
    referrals: [],
    events: [],
    enrolments: [],
    touches: 0,
    lastAt: null,
  };
  const event = (kind: string, at: Date, details: Record<string, unknown>) => {
    out.events.push({
      care_case_id: caseId,
      kind,
      at,
      actor_id: who.id,
      institution_id: who.institutionId,
      details: JSON.stringify(details),
    });
    if (!out.lastAt || at > out.lastAt) out.lastAt = at;
  };
  const touch = (kind: string, at: Date, details: Record<string, unknown>) => {
    out.touches += 1;
    event(kind, at, details);
  };
  event('care.opened', ctx.openedAt, {
    number: '',
    channel: story.channel,
    receivedBy: receivedByOf(story),
    returnee: ctx.returnee,
    returneeComputed: ctx.returneeComputed,
  });
  out.lastAt = null;
  if (story.assessment) {
    touch('care.assessed', step(story.assessment.after), {
      form: 'care_assessment',
      version: 1,
      riskLevel: story.assessment.risk,
    });
  }
  const itemIds: string[] = [];
  if (story.plan) {
    const planId = randomUUID();
    const created = step(story.plan.after);
    out.plans.push({
      id: planId,
      care_case_id: caseId,
      plan_version: 1,
      status: 'active',
      goal: story.plan.goal,
      review_on: story.plan.reviewAfter ? day(step(Math.min(story.plan.reviewAfter, story.daysAgo))) : null,
      created_by: who.id,
      created_at: created,
    });
    const accepted = new Set(
      (story.referrals ?? []).filter((r) => r.answer?.outcome === 'accepted').map((r) => r.item),
    );
    story.plan.items.forEach((item, index) => {
      const id = randomUUID();
      itemIds.push(id);
      out.items.push({
        id,
        plan_id: planId,
        position: index + 1,
        service_code: item.code,
        level: item.level,
        responsible_institution_id: item.responsible ? ctx.institution(item.responsible) : null,
        target_date: null,
        status: accepted.has(index + 1) ? 'in_progress' : 'planned',
        note: item.note ?? null,
      });
    });
    touch('care.planned', created, { planVersion: 1, services: story.plan.items.map((i) => i.code) });
  }
  for (const referral of story.referrals ?? []) {
    const id = randomUUID();
    const sent = step(referral.after);
    const provider = 'provider' in referral.to ? ctx.provider(referral.to.provider, referral.code) : null;
    touch('care.referred', sent, { referral: id, service: referral.code, level: referral.level });
    // Later hours of the day keep a same-day answer, place and follow-up after what they answer.
    const hours = (date: Date, n: number) => new Date(date.getTime() + n * 3_600_000);
    const answered = referral.answer ? hours(step(referral.answer.after), 1) : null;
    if (referral.answer && answered) {
      touch(`care.referral.${referral.answer.outcome}`, answered, { referral: id });
    }
    const accepted = referral.answer?.outcome === 'accepted';
    if ((referral.followUp || referral.enrol) && !accepted)
      throw new Error(`demo care cases: "${referral.reason}" is followed up or enrolled without acceptance`);
    if (referral.enrol && provider && answered)
      out.enrolments.push({ serviceId: provider.serviceId, on: hours(answered, 1) });
    const followed = referral.followUp ? hours(step(referral.followUp.after), 3) : null;
    if (referral.followUp && followed) {
      touch('care.referral.followed_up', followed, {
        referral: id,
        evaluation: referral.followUp.evaluation,
      });
    }
    out.referrals.push({
      id,
      care_case_id: caseId,
      plan_item_id: referral.item ? (itemIds[referral.item - 1] ?? null) : null,
      service_code: referral.code,
      level: referral.level,
      to_institution_id: 'institution' in referral.to ? ctx.institution(referral.to.institution) : null,
      provider_id: provider?.id ?? null,
      reason: referral.reason,
      status: referral.followUp ? 'followed_up' : (referral.answer?.outcome ?? 'sent'),
      sent_by: who.id,
      sent_at: sent,
      answered_by: answered ? who.id : null,
      answered_at: answered,
      decline_reason: referral.answer?.outcome === 'declined' ? (referral.answer.reason ?? null) : null,
      evaluation: referral.followUp?.evaluation ?? null,
      evaluation_note: referral.followUp?.note ?? null,
      followed_up_by: followed ? who.id : null,
      followed_up_at: followed,
      version: 1 + (answered ? 1 : 0) + (followed ? 1 : 0),
      updated_at: followed ?? answered ?? sent,
    });
  }
  if (story.close) {
    const from = out.referrals.some((r) => r.status === 'accepted' || r.status === 'followed_up')
      ? 'in_service'
      : story.plan
        ? 'planned'
        : story.assessment
          ? 'assessed'
          : 'identified';
    touch('care.closed', step(story.close.after), { from });
  }
  return out;
}

export interface DemoEnrolment {
  personId: string;
  caseId: string;
  serviceId: string;
  jurisdictionId: string;
  on: Date;
  by: string;
  institutionId: string;
}

/**
 * Places taken at the demo's providers, as services/care-services/enrolments.ts takes them: only
 * where a place is free and nobody waits (the waiting lists of the care-service demo stay as they
 * are), at most one open place per person and service; each with its `service.started` event.
 */
export async function insertEnrolments(
  trx: Kysely<Database>,
  enrolments: DemoEnrolment[],
  events: Row<'care_events'>[],
): Promise<void> {
  if (enrolments.length === 0) return;
  const db = careServiceDb(trx);
  const serviceIds = [...new Set(enrolments.map((e) => e.serviceId))];
  const services = await db
    .selectFrom('care_provider_services')
    .select(['id', 'capacity', 'provider_id as providerId', 'service_code as code'])
    .where('id', 'in', serviceIds)
    .execute();
  const taken = await db
    .selectFrom('care_enrolments')
    .select(['provider_service_id as serviceId', 'person_id as personId', 'status'])
    .where('provider_service_id', 'in', serviceIds)
    .where('status', '<>', 'ended')
    .execute();
  const values: Insertable<CareServiceTables['care_enrolments']>[] = [];
  for (const enrolment of enrolments) {
    const service = services.find((s) => s.id === enrolment.serviceId);
    const here = taken.filter((row) => row.serviceId === enrolment.serviceId);
    const occupied = here.filter((row) => row.status === 'active').length;
    const waiting = here.some((row) => row.status === 'waiting');
    const holds = here.some((row) => row.personId === enrolment.personId);
    if (!service || holds || waiting || occupied >= service.capacity) continue;
    const id = randomUUID();
    const on = enrolment.on.toISOString().slice(0, 10);
    taken.push({ serviceId: enrolment.serviceId, personId: enrolment.personId, status: 'active' });
    values.push({
      id,
      jurisdiction_id: enrolment.jurisdictionId,
      person_id: enrolment.personId,
      care_case_id: enrolment.caseId,
      provider_service_id: enrolment.serviceId,
      status: 'active',
      requested_on: on,
      queued_at: enrolment.on,
      started_on: on,
      approval_item_id: null,
      created_by: enrolment.by,
      created_at: enrolment.on,
      updated_at: enrolment.on,
    });
    events.push({
      care_case_id: enrolment.caseId,
      kind: 'service.started',
      at: enrolment.on,
      actor_id: enrolment.by,
      institution_id: enrolment.institutionId,
      details: JSON.stringify({
        enrolmentId: id,
        providerId: service.providerId,
        serviceCode: service.code,
        status: 'active',
      }),
    });
  }
  if (values.length) await db.insertInto('care_enrolments').values(values).execute();
}

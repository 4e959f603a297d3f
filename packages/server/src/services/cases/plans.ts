import type { CaseDetail, PlanView, planBody, planItemStatusBody, planUpdateBody } from '@vatra/core';
import type { Insertable, Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { HttpError, errors } from '../../http/errors.js';
import { caseDb, type CasePlansTable } from '../../storage/cases/tables.js';
import { updateVersioned } from '../../storage/versioned.js';
import type { AccessContext } from '../access/context.js';
import { servicesOf, type CaseConfig } from './config.js';
import { caseErrors } from './errors.js';
import { recordEvent } from './events.js';
import { plansOf } from './parts.js';
import { getCase } from './read.js';
import { advance, atLeast } from './stage.js';
import { lockCase, touchCase, type LockedCase } from './write.js';

type Items = z.infer<typeof planBody>['items'];

function fieldError(field: string, key: string): HttpError {
  return new HttpError(400, 'validation', 'server.errors.validation', {}, { [field]: { key } });
}

/** The needs recorded by the case's newest FVN (paths such as 'housing.need'). */
async function fvnNeedPaths(db: Kysely<Database>, caseId: string): Promise<Set<string>> {
  const latest = await caseDb(db)
    .selectFrom('form_submissions')
    .select('needs')
    .where('case_id', '=', caseId)
    .where('form_key', '=', 'fvn')
    .orderBy('submitted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return new Set((latest?.needs ?? []).map((need) => need.path));
}

/**
 * Checks each planned service against the catalogue, the need it answers against the FVN, and
 * the responsible institution against the country's active institutions; then writes them.
 */
async function writeItems(
  trx: Kysely<Database>,
  access: AccessContext,
  config: CaseConfig,
  kase: LockedCase,
  planId: string,
  items: Items,
): Promise<void> {
  const services = new Map(servicesOf(config, access).map((service) => [service.code, service]));
  const needs = await fvnNeedPaths(trx, kase.id);
  const institutionIds = [...new Set(items.map((item) => item.responsibleInstitutionId).filter(Boolean))];
  const institutions = institutionIds.length
    ? await trx
        .selectFrom('institutions as i')
        .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
        .select('i.id')
        .where('i.id', 'in', institutionIds as string[])
        .where('i.active', '=', true)
        .where('j.country_code', '=', access.requireUser().countryCode)
        .execute()
    : [];
  const known = new Set(institutions.map((row) => row.id));
  const rows = items.map((item, index) => {
    const service = services.get(item.serviceCode);
    if (!service) throw fieldError(`items.${index}.serviceCode`, 'server.cases.fields.unknownService');
    if (item.needPath && !needs.has(item.needPath))
      throw fieldError(`items.${index}.needPath`, 'server.cases.fields.unknownNeed');
    if (item.responsibleInstitutionId && !known.has(item.responsibleInstitutionId))
      throw fieldError(`items.${index}.responsibleInstitutionId`, 'server.fields.invalidOption');
    return {
      plan_id: planId,
      position: index + 1,
      service_code: service.code,
      need_path: item.needPath ?? null,
      domain: service.domain,
      priority: item.priority,
      responsible_institution_id: item.responsibleInstitutionId ?? null,
      target_date: item.targetDate ?? null,
      note: item.note ?? null,
    };
  });
  await caseDb(trx).deleteFrom('case_plan_items').where('plan_id', '=', planId).execute();
  await caseDb(trx).insertInto('case_plan_items').values(rows).execute();
}

async function loadPlan(trx: Kysely<Database>, planId: string) {
  const plan = await caseDb(trx)
    .selectFrom('case_plans')
    .selectAll()
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw errors.notFound();
  return plan;
}

async function draftOf(trx: Kysely<Database>, caseId: string, personId: string | null) {
  return caseDb(trx)
    .selectFrom('case_plans')
    .select('id')
    .where('case_id', '=', caseId)
    .where((eb) => (personId ? eb('person_id', '=', personId) : eb('person_id', 'is', null)))
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

async function nextPlanVersion(trx: Kysely<Database>, caseId: string, personId: string | null) {
  const row = await caseDb(trx)
    .selectFrom('case_plans')
    .select((eb) => eb.fn.max('plan_version').as('v'))
    .where('case_id', '=', caseId)
    .where((eb) => (personId ? eb('person_id', '=', personId) : eb('person_id', 'is', null)))
    .executeTakeFirstOrThrow();
  return Number(row.v ?? 0) + 1;
}

/**
 * Drafts an individual plan (PIR for returnees, PII for foreigners) for the household or one
 * member, from the service catalogue, once the FVN is in. One draft per subject at a time.
 */
export async function createPlan(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  body: z.infer<typeof planBody>,
): Promise<CaseDetail> {
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCase(trx, access, caseId);
    if (!atLeast(kase.stage, 'assessed')) throw caseErrors.assessmentFirst();
    if (body.personId) {
      const member = await caseDb(trx)
        .selectFrom('persons')
        .select('id')
        .where('id', '=', body.personId)
        .where('household_id', '=', kase.householdId)
        .executeTakeFirst();
      if (!member) throw caseErrors.field('personId', 'notMember');
    }
    if (await draftOf(trx, caseId, body.personId)) throw caseErrors.draftExists();
    const plan = await caseDb(trx)
      .insertInto('case_plans')
      .values({
        case_id: caseId,
        person_id: body.personId,
        plan_type: kase.kind === 'foreigner' ? 'PII' : 'PIR',
        plan_version: await nextPlanVersion(trx, caseId, body.personId),
        status: 'draft',
        goal: body.goal ?? null,
        created_by: user.userId,
      })
      .returning(['id', 'plan_version'])
      .executeTakeFirstOrThrow();
    await writeItems(trx, access, config, kase, plan.id, body.items);
    await recordEvent(
      trx,
      access,
      caseId,
      'plan.drafted',
      { plan: plan.id, planVersion: plan.plan_version },
      body.personId,
    );
    await access.audit(trx, { action: 'case.plan.create', recordType: 'plan', recordId: plan.id });
  });
  return getCase(access, config, caseId, { audited: true });
}

/** Changes a draft plan; an approved one is frozen (start a new version instead). */
export async function updatePlan(
  access: AccessContext,
  config: CaseConfig,
  planId: string,
  body: z.infer<typeof planUpdateBody>,
): Promise<PlanView> {
  const caseId = await access.db.transaction().execute(async (trx) => {
    const plan = await loadPlan(trx, planId);
    const kase = await lockCase(trx, access, plan.case_id);
    if (plan.status !== 'draft') throw caseErrors.planFrozen();
    await updateVersioned(trx, 'case_plans', planId, body.version, { goal: body.goal ?? null });
    await writeItems(trx, access, config, kase, planId, body.items);
    await recordEvent(trx, access, kase.id, 'plan.changed', { plan: planId }, plan.person_id);
    await access.audit(trx, { action: 'case.plan.update', recordType: 'plan', recordId: planId });
    return kase.id;
  });
  return onePlan(access, caseId, planId);
}

async function onePlan(access: AccessContext, caseId: string, planId: string): Promise<PlanView> {
  const [plan] = await plansOf(access, caseId, planId);
  if (!plan) throw errors.notFound();
  return plan;
}

/**
 * Approves a draft: that version is frozen, the previously approved one for the same subject is
 * superseded, and the case reaches "planned" (or "monitoring" once a case manager is appointed).
 */
export async function approvePlan(
  access: AccessContext,
  config: CaseConfig,
  planId: string,
  version: number,
): Promise<CaseDetail> {
  const user = access.requireUser();
  const caseId = await access.db.transaction().execute(async (trx) => {
    const plan = await loadPlan(trx, planId);
    const kase = await lockCase(trx, access, plan.case_id);
    if (plan.status !== 'draft') throw caseErrors.planNotDraft();
    await caseDb(trx)
      .updateTable('case_plans')
      .set({ status: 'superseded', updated_at: new Date() })
      .where('case_id', '=', plan.case_id)
      .where((eb) => (plan.person_id ? eb('person_id', '=', plan.person_id) : eb('person_id', 'is', null)))
      .where('status', '=', 'approved')
      .execute();
    await updateVersioned(trx, 'case_plans', planId, version, {
      status: 'approved',
      approved_by: user.userId,
      approved_at: new Date(),
    });
    const reached = kase.caseManagerId ? 'monitoring' : 'planned';
    await touchCase(trx, kase.id, { stage: advance(kase.stage, reached) });
    await recordEvent(
      trx,
      access,
      kase.id,
      'plan.approved',
      { plan: planId, planVersion: plan.plan_version },
      plan.person_id,
    );
    await access.audit(trx, { action: 'case.plan.approve', recordType: 'plan', recordId: planId });
    return kase.id;
  });
  return getCase(access, config, caseId, { audited: true });
}

/** Starts a new draft version from an approved plan, items copied. */
export async function revisePlan(
  access: AccessContext,
  config: CaseConfig,
  planId: string,
): Promise<CaseDetail> {
  const user = access.requireUser();
  const caseId = await access.db.transaction().execute(async (trx) => {
    const plan = await loadPlan(trx, planId);
    const kase = await lockCase(trx, access, plan.case_id);
    if (plan.status !== 'approved') throw caseErrors.planNotDraft();
    if (await draftOf(trx, plan.case_id, plan.person_id)) throw caseErrors.draftExists();
    const values: Insertable<CasePlansTable> = {
      case_id: plan.case_id,
      person_id: plan.person_id,
      plan_type: plan.plan_type,
      plan_version: await nextPlanVersion(trx, plan.case_id, plan.person_id),
      status: 'draft',
      goal: plan.goal,
      created_by: user.userId,
      approved_by: null,
      approved_at: null,
      updated_at: new Date(),
    };
    const draft = await caseDb(trx)
      .insertInto('case_plans')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow();
    const items = await caseDb(trx)
      .selectFrom('case_plan_items')
      .selectAll()
      .where('plan_id', '=', planId)
      .execute();
    if (items.length)
      await caseDb(trx)
        .insertInto('case_plan_items')
        .values(items.map(({ id: _id, plan_id: _plan, ...item }) => ({ ...item, plan_id: draft.id })))
        .execute();
    await recordEvent(trx, access, kase.id, 'plan.revised', { plan: draft.id, from: planId }, plan.person_id);
    await access.audit(trx, { action: 'case.plan.revise', recordType: 'plan', recordId: draft.id });
    return kase.id;
  });
  return getCase(access, config, caseId, { audited: true });
}

/** Progress of one planned service: the only change an approved plan accepts. */
export async function setPlanItemStatus(
  access: AccessContext,
  planId: string,
  itemId: string,
  body: z.infer<typeof planItemStatusBody>,
): Promise<PlanView> {
  const caseId = await access.db.transaction().execute(async (trx) => {
    const plan = await loadPlan(trx, planId);
    const kase = await lockCase(trx, access, plan.case_id);
    if (plan.status === 'superseded') throw caseErrors.planFrozen();
    const item = await caseDb(trx)
      .selectFrom('case_plan_items')
      .select(['id', 'status', 'service_code'])
      .where('id', '=', itemId)
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    if (!item) throw errors.notFound();
    await updateVersioned(trx, 'case_plans', planId, body.version, {});
    await caseDb(trx)
      .updateTable('case_plan_items')
      .set({ status: body.status })
      .where('id', '=', itemId)
      .execute();
    await recordEvent(
      trx,
      access,
      kase.id,
      'plan.item.status',
      { plan: planId, service: item.service_code, status: [item.status, body.status] },
      plan.person_id,
    );
    await access.audit(trx, { action: 'case.plan.item', recordType: 'plan', recordId: planId });
    return kase.id;
  });
  return onePlan(access, caseId, planId);
}

import {
  planProblems,
  type ActionPlanDetail,
  type PlanFile,
  type actionPlanCopy,
  type actionPlanEdit,
  type actionPlanStatusChange,
} from '@vatra/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { planDb } from '../../storage/action-plans/tables.js';
import type { AccessContext } from '../access/context.js';
import { isUniqueViolation } from '../registry/persons.js';
import { planErrors } from './errors.js';
import { detailOf, requireActionPlan, type PlanRecord } from './read.js';

type Status = PlanFile['status'];

/** The one way a plan's status moves; adoption also records by whom, the decision and its date. */
const NEXT: Record<Status, Status[]> = {
  draft: ['adopted'],
  adopted: ['in_implementation', 'draft'],
  in_implementation: ['evaluated'],
  evaluated: [],
};

/** Cross-row problems of a plan document (ids, references) as a 400 naming each path. */
export function checkPlanContent(content: PlanFile): void {
  const problems = planProblems(content);
  if (problems.length === 0) return;
  const fields: Record<string, string> = {};
  for (const problem of problems) {
    const at = problem.indexOf(': ');
    const field = at > 0 ? `content.${problem.slice(0, at)}` : 'content';
    fields[field] ??= at > 0 ? problem.slice(at + 2) : problem;
  }
  throw planErrors.planProblems(fields);
}

/**
 * Writes a new version of a plan: the whole document, its status copied to the row, a version
 * row saying who changed what and why, and the audit entry, in the caller's transaction. A
 * version that is no longer the latest gets 409.
 */
export async function saveVersion(
  trx: Kysely<Database>,
  access: AccessContext,
  plan: PlanRecord,
  expectedVersion: number,
  content: PlanFile,
  change: string,
  action: string,
): Promise<PlanRecord> {
  const user = access.requireUser();
  if (plan.version !== expectedVersion) throw errors.conflict();
  const next = plan.version + 1;
  const json = JSON.stringify(content);
  const pdb = planDb(trx);
  const updatedAt = new Date();
  await pdb
    .updateTable('action_plans')
    .set({ content: json, status: content.status, version: next, updated_at: updatedAt })
    .where('id', '=', plan.id)
    .execute();
  await pdb
    .insertInto('action_plan_versions')
    .values({ plan_id: plan.id, version: next, content: json, change, changed_by: user.userId })
    .execute();
  await access.audit(trx, {
    action,
    recordType: 'action_plan',
    recordId: plan.id,
    details: { version: next, change, status: content.status },
  });
  return { ...plan, content, status: content.status, version: next, updatedAt };
}

/** Replaces the plan's content; key, municipality and status stay (status has its own step). */
export async function editActionPlan(
  access: AccessContext,
  id: string,
  body: z.infer<typeof actionPlanEdit>,
): Promise<ActionPlanDetail> {
  return access.db.transaction().execute(async (trx) => {
    const plan = await requireActionPlan(access, id, { db: trx, lock: true });
    if (plan.status === 'evaluated') throw planErrors.readOnly();
    if (body.content.key !== plan.key) throw planErrors.field('content.key', 'keyChanged');
    if (body.content.municipality !== plan.municipality.code)
      throw planErrors.field('content.municipality', 'municipalityChanged');
    if (
      body.content.status !== plan.status ||
      JSON.stringify(body.content.adoption) !== JSON.stringify(plan.content.adoption)
    )
      throw planErrors.field('content.status', 'statusChanged');
    checkPlanContent(body.content);
    const saved = await saveVersion(
      trx,
      access,
      plan,
      body.version,
      body.content,
      body.change,
      'action_plan.edit',
    );
    return detailOf(trx, saved);
  });
}

/** Moves a plan along draft → adopted → in implementation → evaluated. */
export async function changePlanStatus(
  access: AccessContext,
  id: string,
  body: z.infer<typeof actionPlanStatusChange>,
): Promise<ActionPlanDetail> {
  return access.db.transaction().execute(async (trx) => {
    const plan = await requireActionPlan(access, id, { db: trx, lock: true });
    if (!NEXT[plan.status].includes(body.status))
      throw planErrors.invalidTransition(access.locale, plan.status, body.status);
    let adoption = plan.content.adoption;
    if (body.status === 'adopted') {
      if (!body.adoption) throw planErrors.field('adoption', 'adoptionRequired');
      adoption = { ...body.adoption };
    }
    if (body.status === 'draft') adoption = null;
    const content: PlanFile = { ...plan.content, status: body.status, adoption };
    const change = `status: ${plan.status} → ${body.status}`;
    const saved = await saveVersion(trx, access, plan, body.version, content, change, 'action_plan.status');
    return detailOf(trx, saved);
  });
}

/** A new draft from an existing plan: same objectives and indicators, a new key and period. */
export async function copyActionPlan(
  access: AccessContext,
  id: string,
  body: z.infer<typeof actionPlanCopy>,
): Promise<ActionPlanDetail> {
  const user = access.requireUser();
  if (body.period.to < body.period.from) throw planErrors.field('period.to', 'periodOrder');
  try {
    return await access.db.transaction().execute(async (trx) => {
      const source = await requireActionPlan(access, id, { db: trx });
      const content: PlanFile = {
        ...source.content,
        key: body.key,
        title: body.title ?? source.content.title,
        period: body.period,
        status: 'draft',
        adoption: null,
      };
      const created = await insertPlan(trx, access, content, {
        jurisdictionId: source.municipality.id,
        origin: 'copied',
        copiedFrom: source.id,
        change: `copied from ${source.key} v${source.version}`,
        userId: user.userId,
      });
      // The indicators are the same rows, so their links to computed definitions carry over.
      const links = await planDb(trx)
        .selectFrom('action_plan_indicator_links')
        .select(['indicator_id', 'definition_key'])
        .where('plan_id', '=', source.id)
        .execute();
      if (links.length > 0)
        await planDb(trx)
          .insertInto('action_plan_indicator_links')
          .values(links.map((link) => ({ ...link, plan_id: created.id, linked_by: user.userId })))
          .execute();
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw errors.duplicate('key');
    throw error;
  }
}

/** Inserts a plan with its first version and the audit entry; returns its detail. */
export async function insertPlan(
  trx: Kysely<Database>,
  access: AccessContext,
  content: PlanFile,
  meta: {
    jurisdictionId: string;
    origin: 'imported' | 'copied';
    copiedFrom: string | null;
    change: string;
    userId: string;
  },
): Promise<ActionPlanDetail> {
  const pdb = planDb(trx);
  const json = JSON.stringify(content);
  const row = await pdb
    .insertInto('action_plans')
    .values({
      key: content.key,
      jurisdiction_id: meta.jurisdictionId,
      status: content.status,
      content: json,
      origin: meta.origin,
      copied_from: meta.copiedFrom,
      created_by: meta.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await pdb
    .insertInto('action_plan_versions')
    .values({ plan_id: row.id, version: 1, content: json, change: meta.change, changed_by: meta.userId })
    .execute();
  await access.audit(trx, {
    action: meta.origin === 'copied' ? 'action_plan.copy' : 'action_plan.import',
    recordType: 'action_plan',
    recordId: row.id,
    details: { key: content.key, change: meta.change },
  });
  return detailOf(trx, await requireActionPlan(access, row.id, { db: trx }));
}

import type { childPlanApproveBody, childPlanBody } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { careChildDb } from '../../storage/care-child/tables.js';
import type { Kysely } from 'kysely';
import type { AccessContext } from '../access/context.js';
import { careChildErrors } from './errors.js';
import { childWrite } from './write.js';

/** Whether an active user holds care.child through one of their roles. */
async function holdsCareChild(db: Kysely<Database>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as ur', 'ur.user_id', 'u.id')
    .innerJoin('roles as r', 'r.id', 'ur.role_id')
    .select('u.id')
    .where('u.id', '=', userId)
    .where('u.active', '=', true)
    .where(sql<boolean>`'care.child' = any(r.scopes)`)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Drafts the individual protection plan: goals, measures with who carries them out, and the
 * child-protection worker who supervises it. A new draft gets the next plan number.
 */
export async function draftChildPlan(
  access: AccessContext,
  id: string,
  body: z.infer<typeof childPlanBody>,
): Promise<void> {
  const user = access.requireUser();
  await childWrite(access, id, body.version, 'care.child.plan.draft', async (trx) => {
    if (!(await holdsCareChild(trx, body.supervisedBy))) {
      throw careChildErrors.field('supervisedBy', 'supervisorScope');
    }
    const db = careChildDb(trx);
    const last = await db
      .selectFrom('child_protection_plans')
      .select((eb) => eb.fn.max('plan_number').as('n'))
      .where('care_case_id', '=', id)
      .executeTakeFirst();
    const planNumber = Number(last?.n ?? 0) + 1;
    const plan = await db
      .insertInto('child_protection_plans')
      .values({
        care_case_id: id,
        plan_number: planNumber,
        status: 'draft',
        goals: JSON.stringify(body.goals),
        measures: JSON.stringify(body.measures),
        supervised_by: body.supervisedBy,
        created_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { plan: plan.id, planNumber };
  });
}

/**
 * Approves a draft plan. Only a child-protection worker (care.child) approves: anyone else is
 * refused with an audited 403. The approved plan supersedes the previous approved one.
 */
export async function approveChildPlan(
  access: AccessContext,
  id: string,
  planId: string,
  body: z.infer<typeof childPlanApproveBody>,
): Promise<void> {
  const user = access.requireUser();
  if (!access.has('care.child')) {
    await access.deny({ reason: 'scope', scope: 'care.child', plan: planId }, 'care_case', id);
    throw careChildErrors.approverScope();
  }
  await childWrite(access, id, body.version, 'care.child.plan.approve', async (trx) => {
    const db = careChildDb(trx);
    const plan = await db
      .selectFrom('child_protection_plans')
      .select(['status', 'plan_number'])
      .where('id', '=', planId)
      .where('care_case_id', '=', id)
      .executeTakeFirst();
    if (!plan) throw errors.notFound();
    if (plan.status !== 'draft') throw careChildErrors.planNotDraft();
    await db
      .updateTable('child_protection_plans')
      .set({ status: 'superseded' })
      .where('care_case_id', '=', id)
      .where('status', '=', 'approved')
      .execute();
    await db
      .updateTable('child_protection_plans')
      .set({
        status: 'approved',
        approved_by: user.userId,
        approved_at: new Date(),
        version: sql<number>`version + 1`,
      })
      .where('id', '=', planId)
      .execute();
    return { plan: planId, planNumber: plan.plan_number };
  });
}

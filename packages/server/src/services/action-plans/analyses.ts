import type { analysisBody } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { planDb } from '../../storage/action-plans/tables.js';
import type { AccessContext } from '../access/context.js';
import { planErrors } from './errors.js';
import { requireActionPlan } from './read.js';

/** The analytical reports to the Mayor (challenges, recommendations) of a plan, newest period first. */
export async function analysesOf(db: Kysely<Database>, planId: string) {
  const rows = await planDb(db)
    .selectFrom('action_plan_analyses as a')
    .leftJoin('users as u', 'u.id', 'a.written_by')
    .select([
      'a.id',
      'a.period_start',
      'a.period_end',
      'a.challenges',
      'a.recommendations',
      'a.written_by',
      'u.full_name',
      'a.written_at',
    ])
    .where('a.plan_id', '=', planId)
    .orderBy('a.period_end', 'desc')
    .orderBy('a.written_at', 'desc')
    .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      challenges: row.challenges,
      recommendations: row.recommendations,
      writtenBy: { id: row.written_by, name: row.full_name ?? '' },
      writtenAt: row.written_at.toISOString(),
    })),
  };
}

export async function listAnalyses(access: AccessContext, id: string) {
  await requireActionPlan(access, id);
  await access.audit(access.db, { action: 'action_plan.analyses', recordType: 'action_plan', recordId: id });
  return analysesOf(access.db, id);
}

/** The monitoring team's text for a period; the newest text of a period is the one reports print. */
export async function writeAnalysis(access: AccessContext, id: string, body: z.infer<typeof analysisBody>) {
  const user = access.requireUser();
  await requireActionPlan(access, id);
  if (body.periodEnd < body.periodStart) throw planErrors.field('periodEnd', 'periodOrder');
  await access.db.transaction().execute(async (trx) => {
    const inserted = await planDb(trx)
      .insertInto('action_plan_analyses')
      .values({
        plan_id: id,
        period_start: body.periodStart,
        period_end: body.periodEnd,
        challenges: body.challenges,
        recommendations: body.recommendations,
        written_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'action_plan.analysis',
      recordType: 'action_plan',
      recordId: id,
      details: { analysisId: inserted.id, periodStart: body.periodStart, periodEnd: body.periodEnd },
    });
  });
  return analysesOf(access.db, id);
}

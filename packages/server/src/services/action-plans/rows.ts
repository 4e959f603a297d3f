import {
  deadlineEnd,
  deadlineText,
  officeToday,
  planRow,
  type PlanFile,
  type PlanRowState,
  type rowProgressBody,
} from '@vatra/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { planDb } from '../../storage/action-plans/tables.js';
import type { AccessContext } from '../access/context.js';
import { requireActionPlan, type PlanRecord } from './read.js';

type Row = PlanFile['objectives'][number]['measures'][number];

/** Measures and actions in the plan's order, each with its level. */
function rowsOf(content: PlanFile): Array<{ level: 'measure' | 'action'; row: Omit<Row, 'actions'> }> {
  return content.objectives.flatMap((objective) =>
    objective.measures.flatMap((measure) => [
      { level: 'measure' as const, row: measure },
      ...measure.actions.map((action) => ({ level: 'action' as const, row: action })),
    ]),
  );
}

/**
 * Where each measure and action stands: its latest recorded status, and overdue when its
 * deadline has passed and it is neither done nor cancelled.
 */
export async function rowStates(
  db: Kysely<Database>,
  plan: PlanRecord,
  now = new Date(),
): Promise<PlanRowState[]> {
  const records = await planDb(db)
    .selectFrom('action_plan_row_progress as r')
    .leftJoin('users as u', 'u.id', 'r.recorded_by')
    .select(['r.row_id', 'r.status', 'r.note', 'r.recorded_by', 'u.full_name', 'r.recorded_at'])
    .where('r.plan_id', '=', plan.id)
    .orderBy('r.recorded_at', 'asc')
    .execute();
  const latest = new Map(records.map((record) => [record.row_id, record]));
  const today = officeToday(now);
  return rowsOf(plan.content).map(({ level, row }) => {
    const record = latest.get(row.id);
    const status = record?.status ?? 'not_started';
    const dueOn = deadlineEnd(row.deadline);
    return {
      rowId: row.id,
      level,
      number: row.number ?? null,
      title: row.title,
      deadline: deadlineText(row.deadline),
      dueOn,
      status,
      overdue: dueOn !== null && dueOn < today && status !== 'done' && status !== 'cancelled',
      note: record?.note ?? null,
      recordedBy: record ? { id: record.recorded_by, name: record.full_name ?? '' } : null,
      recordedAt: record ? record.recorded_at.toISOString() : null,
    };
  });
}

export async function listPlanRows(access: AccessContext, id: string) {
  const plan = await requireActionPlan(access, id);
  await access.audit(access.db, { action: 'action_plan.rows', recordType: 'action_plan', recordId: id });
  return { items: await rowStates(access.db, plan) };
}

/** A measure or action started, done or cancelled; the history stays. */
export async function recordRowProgress(
  access: AccessContext,
  id: string,
  rowId: string,
  body: z.infer<typeof rowProgressBody>,
): Promise<PlanRowState> {
  const user = access.requireUser();
  const plan = await requireActionPlan(access, id);
  const row = planRow(plan.content, rowId);
  if (!row || !('costs' in row)) throw errors.notFound();
  await access.db.transaction().execute(async (trx) => {
    await planDb(trx)
      .insertInto('action_plan_row_progress')
      .values({
        plan_id: id,
        row_id: rowId,
        status: body.status,
        note: body.note ?? null,
        recorded_by: user.userId,
      })
      .execute();
    await access.audit(trx, {
      action: 'action_plan.row_progress',
      recordType: 'action_plan',
      recordId: id,
      details: { rowId, ...body },
    });
  });
  const state = (await rowStates(access.db, plan)).find((entry) => entry.rowId === rowId);
  if (!state) throw errors.notFound();
  return state;
}

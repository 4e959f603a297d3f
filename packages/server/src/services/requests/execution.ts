import type { RequestView, requestCompleteBody, requestExecutionBody } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { requestDb } from '../../storage/requests/tables.js';
import type { AccessContext } from '../access/context.js';
import { recordEvent } from '../cases/events.js';
import { recordBenefit } from './decisions.js';
import { requestErrors } from './errors.js';
import { isExecutor } from './parties.js';
import { isFinalPositive, loadRequest, requireRequest } from './read.js';
import type { RequestDeps } from './schemes.js';

type StartBody = z.infer<typeof requestExecutionBody>;
type CompleteBody = z.infer<typeof requestCompleteBody>;

/** Only a user of the executing institution type working where the request is carries it out. */
async function requireExecutor(access: AccessContext, id: string, action: string) {
  const found = await requireRequest(access, id);
  if (!isExecutor(access, found.institution, found.row)) {
    await access.deny({ reason: 'not_executing_body', action }, 'request', id);
    throw requestErrors.notExecutingBody();
  }
  return found;
}

/**
 * Starts carrying out a decision: only a positive one that is final (appeal window passed, or
 * the appeal decided), and only once (409 otherwise).
 */
export async function startExecution(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: StartBody,
): Promise<RequestView> {
  const user = access.requireUser();
  const { row, institution } = await requireExecutor(access, id, 'execute');
  if (row.version !== body.version) throw errors.conflict();
  const db = requestDb(access.db);
  const existing = await db
    .selectFrom('request_executions')
    .select('status')
    .where('request_id', '=', id)
    .executeTakeFirst();
  if (existing) throw requestErrors.alreadyExecuted();
  const latest = await db
    .selectFrom('request_decisions')
    .select(['id', 'outcome', 'decided_on'])
    .where('request_id', '=', id)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!latest || latest.outcome === 'rejected') throw requestErrors.notPositive();
  if (!isFinalPositive(row, latest.outcome)) throw requestErrors.notFinal();
  if (body.startedOn < latest.decided_on) throw requestErrors.field('startedOn', 'startedBeforeDecided');
  await access.db.transaction().execute(async (trx) => {
    const tdb = requestDb(trx);
    const result = await tdb
      .updateTable('requests')
      .set({ version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    await tdb
      .insertInto('request_executions')
      .values({
        request_id: id,
        decision_id: latest.id,
        institution_id: institution.id,
        status: 'in_progress',
        started_on: body.startedOn,
        progress_note: body.progressNote ?? null,
        recorded_by: user.userId,
        updated_at: new Date(),
      })
      .execute();
    const details = {
      requestId: id,
      requestNumber: row.number,
      decisionId: latest.id,
      institutionId: institution.id,
      startedOn: body.startedOn,
    };
    await recordEvent(trx, access, row.case_id, 'request.executionStarted', details, row.person_id);
    await access.audit(trx, { action: 'request.execute', recordType: 'request', recordId: id, details });
  });
  return loadRequest(access, deps, id);
}

/** Completes the execution with its date and actual cost; the benefit is recorded with it. */
export async function completeExecution(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: CompleteBody,
): Promise<RequestView> {
  const { row, institution } = await requireExecutor(access, id, 'complete');
  if (row.version !== body.version) throw errors.conflict();
  const execution = await requestDb(access.db)
    .selectFrom('request_executions')
    .selectAll()
    .where('request_id', '=', id)
    .executeTakeFirst();
  if (!execution) throw requestErrors.noExecution();
  if (execution.status !== 'in_progress') throw requestErrors.executionNotInProgress();
  if (body.completedOn < execution.started_on)
    throw requestErrors.field('completedOn', 'completedBeforeStarted');
  await access.db.transaction().execute(async (trx) => {
    const tdb = requestDb(trx);
    const result = await tdb
      .updateTable('requests')
      .set({ version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    const done = await tdb
      .updateTable('request_executions')
      .set({
        status: 'completed',
        completed_on: body.completedOn,
        actual_cost: body.actualCost,
        currency: body.currency,
        version: sql<number>`version + 1`,
        updated_at: new Date(),
      })
      .where('request_id', '=', id)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw errors.conflict();
    await recordBenefit(tdb, row, institution.id, body.completedOn, body.actualCost, body.currency);
    const details = {
      requestId: id,
      requestNumber: row.number,
      completedOn: body.completedOn,
      actualCost: body.actualCost,
      currency: body.currency,
    };
    await recordEvent(trx, access, row.case_id, 'request.executionCompleted', details, row.person_id);
    await access.audit(trx, {
      action: 'request.execution.complete',
      recordType: 'request',
      recordId: id,
      details,
    });
  });
  return loadRequest(access, deps, id);
}

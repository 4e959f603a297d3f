import type {
  RequestView,
  requestAppealBody,
  requestDecideBody,
  requestNotifyBody,
  requestStepBody,
} from '@vatra/core';
import { localized, officeDay, officeToday } from '@vatra/core';
import { sql, type Updateable } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { requestDb, type RequestStatus, type RequestsTable } from '../../storage/requests/tables.js';
import type { AccessContext } from '../access/context.js';
import { recordEvent } from '../cases/events.js';
import { addDays } from './dates.js';
import { recordDecision } from './decisions.js';
import { requestErrors } from './errors.js';
import { isDecider } from './parties.js';
import { loadRequest, requireRequest, type RequestRow } from './read.js';
import { findScheme, schemeInPlace, type RequestDeps } from './schemes.js';
import { requireCallTakingApplications } from '../calls/apply.js';

type StepBody = z.infer<typeof requestStepBody>;
type DecideBody = z.infer<typeof requestDecideBody>;
type NotifyBody = z.infer<typeof requestNotifyBody>;
type AppealBody = z.infer<typeof requestAppealBody>;

/** Refuses (audited) a user who is not on the side that takes this step. */
async function refuse(
  access: AccessContext,
  id: string,
  action: string,
  side: 'filer' | 'decider',
): Promise<never> {
  await access.deny({ reason: side === 'filer' ? 'not_filer' : 'not_deciding_body', action }, 'request', id);
  throw side === 'filer' ? requestErrors.notFiler() : requestErrors.notDecidingBody();
}

function checkStep(
  access: AccessContext,
  row: RequestRow,
  version: number,
  action: string,
  from: RequestStatus[],
) {
  if (row.version !== version) throw errors.conflict();
  if (!from.includes(row.status)) throw requestErrors.invalidTransition(access.locale, action, row.status);
}

/** Moves the request on, guarded by its version and status, with the event and the audit entry. */
async function move(
  access: AccessContext,
  row: RequestRow,
  version: number,
  from: RequestStatus[],
  values: Updateable<RequestsTable>,
  kind: string,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  await access.db.transaction().execute(async (trx) => {
    const result = await requestDb(trx)
      .updateTable('requests')
      .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', row.id)
      .where('version', '=', version)
      .where('status', 'in', from)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    const all = { requestId: row.id, requestNumber: row.number, ...details };
    await recordEvent(trx, access, row.case_id, kind, all, row.person_id);
    await access.audit(trx, { action, recordType: 'request', recordId: row.id, details: all });
  });
}

/**
 * Submits a draft: every document the scheme requires must be attached or waived (422 naming
 * the first missing one); the deciding body's deadline starts now.
 */
export async function submitRequest(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: StepBody,
): Promise<RequestView> {
  const { row, caseSide } = await requireRequest(access, id);
  if (!caseSide || !access.has('request.file')) await refuse(access, id, 'submit', 'filer');
  if (row.caseStatus !== 'open') throw requestErrors.caseClosed();
  checkStep(access, row, body.version, 'submit', ['draft']);
  if (row.call_id) await requireCallTakingApplications(access, row.call_id);
  // A draft filed before the municipality stopped offering the scheme may still go in.
  const scheme = schemeInPlace(access, deps, row.scheme_code, row.path)?.scheme;
  if (!scheme) throw requestErrors.field('schemeCode', 'unknownScheme');
  const recorded = await requestDb(access.db)
    .selectFrom('request_documents')
    .select('requirement')
    .where('request_id', '=', id)
    .execute();
  const done = new Set(recorded.map((r) => r.requirement));
  const missing = scheme.requiredDocuments.find((r) => !done.has(r.code));
  if (missing) throw requestErrors.missingDocument(localized(missing.name, access.locale));
  const now = new Date();
  const decisionDueOn = addDays(officeToday(), scheme.decisionDays);
  await move(
    access,
    row,
    body.version,
    ['draft'],
    { status: 'submitted', submitted_at: now, decision_due_on: decisionDueOn },
    'request.submitted',
    'request.submit',
    { decisionDueOn },
  );
  return loadRequest(access, deps, id);
}

/** The deciding institution takes the request up (submitted → under review). */
export async function reviewRequest(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: StepBody,
): Promise<RequestView> {
  const { row } = await requireRequest(access, id);
  if (!isDecider(access, row) || !access.has('request.review')) await refuse(access, id, 'review', 'decider');
  checkStep(access, row, body.version, 'review', ['submitted']);
  await move(
    access,
    row,
    body.version,
    ['submitted'],
    { status: 'under_review' },
    'request.underReview',
    'request.review',
    {},
  );
  return loadRequest(access, deps, id);
}

/**
 * A direct decision by a user of the deciding institution. A scheme decided by a commission is
 * decided only at its meeting (409); anyone else is refused (403, audited).
 */
export async function decideRequest(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: DecideBody,
): Promise<RequestView> {
  const user = access.requireUser();
  const { row } = await requireRequest(access, id);
  if (!isDecider(access, row) || !access.has('request.decide')) await refuse(access, id, 'decide', 'decider');
  const scheme = findScheme(access, deps, row.scheme_code);
  if (scheme?.decidedByCommission) throw requestErrors.commissionDecides();
  checkStep(access, row, body.version, 'decide', ['under_review']);
  const decidedOn = body.decidedOn ?? officeToday();
  const submittedOn = row.submitted_at ? officeDay(new Date(row.submitted_at)) : decidedOn;
  if (decidedOn < submittedOn) throw requestErrors.field('decidedOn', 'decidedBeforeSubmitted');
  const positive = body.outcome !== 'rejected';
  const amount = positive
    ? (body.amount ?? (row.amount_requested === null ? null : Number(row.amount_requested)))
    : null;
  await access.db.transaction().execute(async (trx) => {
    const result = await requestDb(trx)
      .updateTable('requests')
      .set({ version: sql<number>`version + 1` })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    await recordDecision(trx, access, {
      requestId: id,
      institutionId: user.institutionId,
      meetingItemId: null,
      outcome: body.outcome,
      amount,
      currency: amount === null ? null : (body.currency ?? row.currency ?? 'EUR'),
      reasons: body.reasons,
      decidedOn,
    });
  });
  return loadRequest(access, deps, id);
}

/** The day the applicant was told of the latest decision; the appeal window runs from it. */
export async function notifyRequest(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: NotifyBody,
): Promise<RequestView> {
  const { row, caseSide } = await requireRequest(access, id);
  const filer = caseSide && access.has('request.file');
  if (!filer && !isDecider(access, row)) await refuse(access, id, 'notify', 'filer');
  checkStep(access, row, body.version, 'notify', ['decided', 'appeal_decided']);
  const db = requestDb(access.db);
  const latest = await db
    .selectFrom('request_decisions')
    .select(['id', 'decided_on', 'notified_on'])
    .where('request_id', '=', id)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  if (latest.notified_on !== null) throw requestErrors.invalidTransition(access.locale, 'notify', row.status);
  if (body.notifiedOn < latest.decided_on) throw requestErrors.field('notifiedOn', 'notifiedBeforeDecided');
  const appealDueOn = addDays(body.notifiedOn, row.appeal_window_days);
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
      .updateTable('request_decisions')
      .set({ notified_on: body.notifiedOn, appeal_due_on: appealDueOn })
      .where('id', '=', latest.id)
      .execute();
    const details = { requestId: id, decisionId: latest.id, notifiedOn: body.notifiedOn, appealDueOn };
    await recordEvent(trx, access, row.case_id, 'request.notified', details, row.person_id);
    await access.audit(trx, { action: 'request.notify', recordType: 'request', recordId: id, details });
  });
  return loadRequest(access, deps, id);
}

/**
 * An appeal against the latest decision, filed on the applicant's behalf within the window
 * (422 naming the last day otherwise); the Appeals Commission's deadline starts from filing.
 */
export async function appealRequest(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: AppealBody,
): Promise<RequestView> {
  const user = access.requireUser();
  const { row, caseSide } = await requireRequest(access, id);
  if (!caseSide || !access.has('request.file')) await refuse(access, id, 'appeal', 'filer');
  checkStep(access, row, body.version, 'appeal', ['decided']);
  const latest = await requestDb(access.db)
    .selectFrom('request_decisions')
    .select(['id', 'decided_on', 'appeal_due_on'])
    .where('request_id', '=', id)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const lastDay = latest.appeal_due_on ?? addDays(latest.decided_on, row.appeal_window_days);
  if (body.filedOn > lastDay) throw requestErrors.appealLate(lastDay);
  if (body.filedOn < latest.decided_on) throw requestErrors.field('filedOn', 'appealBeforeDecision');
  const decisionDueOn = addDays(body.filedOn, row.appeal_decision_days);
  await access.db.transaction().execute(async (trx) => {
    const tdb = requestDb(trx);
    const result = await tdb
      .updateTable('requests')
      .set({ status: 'appealed', version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .where('status', '=', 'decided')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    const appeal = await tdb
      .insertInto('request_appeals')
      .values({
        request_id: id,
        decision_id: latest.id,
        filed_on: body.filedOn,
        grounds: body.grounds,
        status: 'filed',
        decision_due_on: decisionDueOn,
        filed_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const details = {
      requestId: id,
      appealId: appeal.id,
      decisionId: latest.id,
      filedOn: body.filedOn,
      decisionDueOn,
    };
    await recordEvent(trx, access, row.case_id, 'request.appealed', details, row.person_id);
    await access.audit(trx, { action: 'request.appeal', recordType: 'request', recordId: id, details });
  });
  return loadRequest(access, deps, id);
}

/** The applicant (through the case side) withdraws a request not yet decided. */
export async function withdrawRequest(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: StepBody,
): Promise<RequestView> {
  const { row, caseSide } = await requireRequest(access, id);
  if (!caseSide || !access.has('request.file')) await refuse(access, id, 'withdraw', 'filer');
  const from: RequestStatus[] = ['draft', 'submitted', 'under_review'];
  checkStep(access, row, body.version, 'withdraw', from);
  await move(
    access,
    row,
    body.version,
    from,
    { status: 'withdrawn' },
    'request.withdrawn',
    'request.withdraw',
    {},
  );
  return loadRequest(access, deps, id);
}

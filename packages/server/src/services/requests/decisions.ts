import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { schemeLinkDb } from '../../storage/action-plans/scheme-links.js';
import {
  requestDb,
  type AppealOutcome,
  type Currency,
  type DecisionOutcome,
  type RequestDatabase,
} from '../../storage/requests/tables.js';
import type { AccessContext } from '../access/context.js';
import { recordEvent } from '../cases/events.js';
import { formatNumber, localCode, nextNumber } from '../cases/numbering.js';
import { addDays } from './dates.js';
import { requestErrors } from './errors.js';

export interface DecisionInput {
  requestId: string;
  institutionId: string;
  meetingItemId: string | null;
  outcome: DecisionOutcome;
  amount: number | null;
  currency: Currency | null;
  reasons: string;
  decidedOn: string;
  /** A body outside Vatra decided (external.ts): its reference number and the scanned letter. */
  letter?: { reference: string; letterDocumentId: string };
}

export interface AppealOutcomeInput {
  appealId: string;
  meetingItemId: string | null;
  institutionId: string;
  outcome: AppealOutcome;
  reasons: string;
  decidedOn: string;
}

/**
 * Records a decision on a request under review, in the caller's transaction: by the deciding
 * institution directly (meetingItemId null) or at a commission meeting (the commissions
 * service). Who may decide is the caller's check; this keeps the request's state consistent:
 * the decision is numbered per deciding body, municipality and year, the request becomes
 * decided, and a positive decision of a scheme with nobody to carry it out is a benefit at once.
 */
export async function recordDecision(
  trx: Kysely<Database>,
  access: AccessContext,
  input: DecisionInput,
): Promise<{ decisionId: string; number: string }> {
  const user = access.requireUser();
  const db = requestDb(trx);
  const request = await lockRequest(db, input.requestId);
  if (request.status !== 'under_review')
    throw requestErrors.invalidTransition(access.locale, 'decide', request.status);
  const decision = await insertDecision(trx, access, request, {
    institutionId: input.institutionId,
    meetingItemId: input.meetingItemId,
    outcome: input.outcome,
    amount: input.amount,
    currency: input.currency,
    reasons: input.reasons,
    decidedOn: input.decidedOn,
  });
  if (input.letter)
    await schemeLinkDb(trx)
      .insertInto('request_decision_letters')
      .values({
        decision_id: decision.decisionId,
        reference: input.letter.reference,
        letter_document_id: input.letter.letterDocumentId,
        recorded_by: user.userId,
      })
      .execute();
  await db
    .updateTable('requests')
    .set({ status: 'decided', version: sql<number>`version + 1`, updated_at: new Date() })
    .where('id', '=', request.id)
    .execute();
  if (input.outcome !== 'rejected' && request.executing_type === null)
    await recordBenefit(db, request, input.institutionId, input.decidedOn, input.amount, input.currency);
  const details = {
    requestId: request.id,
    requestNumber: request.number,
    decisionId: decision.decisionId,
    decisionNumber: decision.number,
    outcome: input.outcome,
    amount: input.amount,
    currency: input.currency,
    decidedOn: input.decidedOn,
    meetingItemId: input.meetingItemId,
    institutionId: input.institutionId,
    decidedBy: user.userId,
    ...(input.letter
      ? { externalReference: input.letter.reference, letterDocumentId: input.letter.letterDocumentId }
      : {}),
  };
  await recordEvent(trx, access, request.case_id, 'request.decided', details, request.person_id);
  await access.audit(trx, { action: 'request.decide', recordType: 'request', recordId: request.id, details });
  return decision;
}

/**
 * Records the Appeals Commission's answer to an appeal, in the caller's transaction. Upheld: the
 * decision stands. Overturned: the opposite outcome becomes the decision (a new decision numbered
 * by the appeals body). Returned: the request goes back to review by the first body.
 */
export async function recordAppealOutcome(
  trx: Kysely<Database>,
  access: AccessContext,
  input: AppealOutcomeInput,
): Promise<void> {
  const db = requestDb(trx);
  const appeal = await db
    .selectFrom('request_appeals')
    .selectAll()
    .where('id', '=', input.appealId)
    .forUpdate()
    .executeTakeFirst();
  if (!appeal) throw errors.notFound();
  const request = await lockRequest(db, appeal.request_id);
  if (appeal.status !== 'filed' || request.status !== 'appealed')
    throw requestErrors.invalidTransition(access.locale, 'decideAppeal', request.status);
  const appealed = await db
    .selectFrom('request_decisions')
    .selectAll()
    .where('id', '=', appeal.decision_id)
    .executeTakeFirstOrThrow();

  await db
    .updateTable('request_appeals')
    .set({
      status: 'decided',
      outcome: input.outcome,
      outcome_reasons: input.reasons,
      decided_on: input.decidedOn,
      meeting_item_id: input.meetingItemId,
    })
    .where('id', '=', appeal.id)
    .execute();

  const details: Record<string, unknown> = {
    requestId: request.id,
    requestNumber: request.number,
    appealId: appeal.id,
    outcome: input.outcome,
    decidedOn: input.decidedOn,
    meetingItemId: input.meetingItemId,
    institutionId: input.institutionId,
  };
  let status: 'appeal_decided' | 'under_review' = 'appeal_decided';
  if (input.outcome === 'returned') {
    status = 'under_review';
    // A new decision by the first body will follow: its clock starts again.
    await db.deleteFrom('benefits').where('request_id', '=', request.id).execute();
  } else if (input.outcome === 'overturned') {
    const positive = appealed.outcome === 'rejected';
    const amount = positive ? numberOrNull(request.amount_requested) : null;
    const currency = positive ? request.currency : null;
    const decision = await insertDecision(trx, access, request, {
      institutionId: input.institutionId,
      meetingItemId: input.meetingItemId,
      outcome: positive ? 'approved' : 'rejected',
      amount,
      currency,
      reasons: input.reasons,
      decidedOn: input.decidedOn,
    });
    details.decisionId = decision.decisionId;
    details.decisionNumber = decision.number;
    // The overturned decision's benefit (if it took effect at once) no longer stands.
    await db.deleteFrom('benefits').where('request_id', '=', request.id).execute();
    if (positive && request.executing_type === null)
      await recordBenefit(db, request, input.institutionId, input.decidedOn, amount, currency);
  }
  await db
    .updateTable('requests')
    .set({ status, version: sql<number>`version + 1`, updated_at: new Date() })
    .where('id', '=', request.id)
    .execute();
  await recordEvent(trx, access, request.case_id, 'request.appealDecided', details, request.person_id);
  await access.audit(trx, {
    action: 'request.appeal.decide',
    recordType: 'request',
    recordId: request.id,
    details,
  });
}

type LockedRequest = Awaited<ReturnType<typeof lockRequest>>;

async function lockRequest(db: Kysely<RequestDatabase>, requestId: string) {
  const request = await db
    .selectFrom('requests as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .selectAll('r')
    .select('j.code as jurisdictionCode')
    .where('r.id', '=', requestId)
    .forUpdate('r')
    .executeTakeFirst();
  if (!request) throw errors.notFound();
  return request;
}

/** Writes a numbered decision: "QPS-PEJ-2026-0012", per deciding body type, municipality, year. */
async function insertDecision(
  trx: Kysely<Database>,
  access: AccessContext,
  request: LockedRequest,
  input: Omit<DecisionInput, 'requestId'>,
): Promise<{ decisionId: string; number: string }> {
  const user = access.requireUser();
  const db = requestDb(trx);
  const institution = await db
    .selectFrom('institutions')
    .select('type_code')
    .where('id', '=', input.institutionId)
    .executeTakeFirst();
  if (!institution) throw errors.badReference('institutionId');
  const year = Number(input.decidedOn.slice(0, 4));
  const value = await nextNumber(trx, `decision:${institution.type_code}:${request.jurisdictionCode}`, year);
  const number = formatNumber(`${institution.type_code}-${localCode(request.jurisdictionCode)}`, year, value);
  const inserted = await db
    .insertInto('request_decisions')
    .values({
      request_id: request.id,
      number,
      institution_id: input.institutionId,
      meeting_item_id: input.meetingItemId,
      outcome: input.outcome,
      amount: input.amount,
      currency: input.currency,
      reasons: input.reasons,
      decided_on: input.decidedOn,
      // Until the applicant is notified, the window runs from the day of the decision.
      appeal_due_on: addDays(input.decidedOn, request.appeal_window_days),
      decided_by: user.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { decisionId: inserted.id, number };
}

export async function recordBenefit(
  db: Kysely<RequestDatabase>,
  request: {
    id: string;
    jurisdiction_id: string;
    person_id: string;
    household_id: string;
    case_id: string;
    scheme_code: string;
    description: string;
  },
  institutionId: string,
  grantedOn: string,
  amount: number | string | null,
  currency: Currency | null,
): Promise<void> {
  await db
    .insertInto('benefits')
    .values({
      jurisdiction_id: request.jurisdiction_id,
      person_id: request.person_id,
      household_id: request.household_id,
      case_id: request.case_id,
      request_id: request.id,
      scheme_code: request.scheme_code,
      granted_on: grantedOn,
      granted_by_institution_id: institutionId,
      amount,
      currency,
      description: request.description,
    })
    .execute();
}

function numberOrNull(value: string | null): number | null {
  return value === null ? null : Number(value);
}

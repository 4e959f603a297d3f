import {
  officeDay,
  officeToday,
  type ReferralAction,
  type ReferralStatus,
  type ReferralView,
} from '@vatra/core';
import { sql, type Updateable } from 'kysely';
import { errors } from '../../http/errors.js';
import { caseDb, type ReferralsTable } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { recordEvent } from '../cases/events.js';
import { requireCase } from '../cases/visibility.js';
import { referralErrors } from './errors.js';
import { loadReferral } from './read.js';
import type { ReferralDeps } from './rows.js';

/**
 * The referral's life: sent → received → accepted | declined; accepted → completed;
 * sent | received → withdrawn. The receiving institution answers; the sending side (users who
 * may see the case, with referral.send) withdraws before an answer.
 */
export const TRANSITIONS: Record<
  ReferralAction,
  { from: readonly ReferralStatus[]; to: ReferralStatus; side: 'receiver' | 'sender' }
> = {
  receive: { from: ['sent'], to: 'received', side: 'receiver' },
  accept: { from: ['received'], to: 'accepted', side: 'receiver' },
  decline: { from: ['received'], to: 'declined', side: 'receiver' },
  complete: { from: ['accepted'], to: 'completed', side: 'receiver' },
  withdraw: { from: ['sent', 'received'], to: 'withdrawn', side: 'sender' },
};

export type TransitionInput =
  | { action: 'receive'; version: number }
  | { action: 'accept'; version: number; note?: string | undefined }
  | { action: 'decline'; version: number; reason: string }
  | { action: 'complete'; version: number; feedback: string; completedOn?: string | undefined }
  | { action: 'withdraw'; version: number };

export async function transitionReferral(
  access: AccessContext,
  deps: ReferralDeps,
  id: string,
  input: TransitionInput,
): Promise<ReferralView> {
  const user = access.requireUser();
  const rule = TRANSITIONS[input.action];
  const current = await caseDb(access.db)
    .selectFrom('referrals')
    .select([
      'id',
      'case_id',
      'person_id',
      'to_institution_id',
      'plan_item_id',
      'status',
      'sent_at',
      'version',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!current) throw errors.notFound();

  // Who: checked (and refusals audited) before the transaction, which would hold the connection.
  if (rule.side === 'receiver') {
    if (!access.has('referral.answer') || current.to_institution_id !== user.institutionId) {
      await access.deny({ reason: 'not_receiver', action: input.action }, 'referral', id);
      throw referralErrors.notReceiver();
    }
  } else {
    await requireCase(access, current.case_id);
  }
  if (current.version !== input.version) throw errors.conflict();
  if (!rule.from.includes(current.status))
    throw referralErrors.invalidTransition(access.locale, input.action, current.status);

  const now = new Date();
  const values: Updateable<ReferralsTable> = { status: rule.to };
  const details: Record<string, unknown> = { referralId: id, from: current.status, to: rule.to };
  switch (input.action) {
    case 'receive':
      values.received_by = user.userId;
      values.received_at = now;
      break;
    case 'accept':
      values.answered_by = user.userId;
      values.answered_at = now;
      details.note = input.note ?? null;
      break;
    case 'decline':
      values.answered_by = user.userId;
      values.answered_at = now;
      values.decline_reason = input.reason;
      details.reason = input.reason;
      break;
    case 'complete': {
      values.completed_at = completionMoment(input.completedOn, current.sent_at, now);
      values.feedback = input.feedback;
      details.feedback = input.feedback;
      details.completedOn = input.completedOn ?? null;
      break;
    }
    case 'withdraw':
      break;
  }

  await access.db.transaction().execute(async (trx) => {
    const db = caseDb(trx);
    const result = await db
      .updateTable('referrals')
      .set({ ...values, version: sql<number>`version + 1`, updated_at: now })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('status', 'in', [...rule.from])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    if (input.action === 'complete' && current.plan_item_id) {
      await db
        .updateTable('case_plan_items')
        .set({ status: 'done' })
        .where('id', '=', current.plan_item_id)
        .execute();
      details.planItemId = current.plan_item_id;
    }
    await recordEvent(trx, access, current.case_id, `referral.${rule.to}`, details, current.person_id);
    await access.audit(trx, {
      action: `referral.${input.action}`,
      recordType: 'referral',
      recordId: id,
      details,
    });
  });
  return loadReferral(access, deps, id);
}

/** When the service was completed: the given day (not before the referral was sent), else now. */
function completionMoment(completedOn: string | undefined, sentAt: Date, now: Date): Date {
  if (!completedOn || completedOn === officeToday(now)) return now;
  if (completedOn < officeDay(new Date(sentAt)))
    throw referralErrors.field('completedOn', 'completedBeforeSent');
  // Noon UTC keeps the calendar day in the Balkan time zones; never before it was sent.
  const moment = new Date(`${completedOn}T12:00:00Z`);
  return moment < new Date(sentAt) ? new Date(sentAt) : moment;
}

import { VOTING_ROLES, type MeetingView, type decideBody } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { commissionDb } from '../../storage/commissions/tables.js';
import type { AccessContext } from '../access/context.js';
import { recordEvent } from '../cases/events.js';
import { recordAppealOutcome, recordDecision } from '../requests/decisions.js';
import { decideScope, requireMeeting, requireOfficer } from './access.js';
import { commissionErrors } from './errors.js';
import { loadItem, meetingMembers } from './item.js';
import { getMeeting } from './view.js';

/** The count of an item's vote: who counts, and how they voted. */
export function tally(
  members: { user_id: string; role: 'chair' | 'member' | 'secretary'; present: boolean; full_name: string }[],
  votes: { user_id: string; vote: 'for' | 'against' | 'abstain' | 'excluded' }[],
) {
  const voting = members.filter((m) => m.present && VOTING_ROLES.includes(m.role));
  const excluded = voting.filter((m) => votes.some((v) => v.user_id === m.user_id && v.vote === 'excluded'));
  const counted = voting.filter((m) => !excluded.includes(m));
  const voteOf = (userId: string) => votes.find((v) => v.user_id === userId)?.vote;
  const missing = counted.filter((m) => voteOf(m.user_id) === undefined);
  const count = (choice: 'for' | 'against' | 'abstain') =>
    counted.filter((m) => voteOf(m.user_id) === choice).length;
  const votesFor = count('for');
  return {
    counted: counted.length,
    excluded: excluded.length,
    missing,
    for: votesFor,
    against: count('against'),
    abstain: count('abstain'),
    /** A majority of the members who count: abstentions weigh as not in favour. */
    carried: votesFor * 2 > counted.length,
  };
}

/**
 * Decides an item from its vote. The present voting members who are not excluded must reach
 * the quorum (else 409 "no quorum", nothing written) and have all voted. A majority in favour:
 * KKR approves (as asked, or partly with an amount), the Appeals Commission grants the appeal
 * (overturned, or returned for review); otherwise the request is rejected / the decision upheld.
 * The decision itself is written by the requests service (numbered, request moved on, benefit).
 */
export async function decideItem(
  access: AccessContext,
  meetingId: string,
  itemId: string,
  body: z.infer<typeof decideBody>,
): Promise<MeetingView> {
  const { meeting, commission, role } = await requireMeeting(access, meetingId);
  await access.requireScope(decideScope(commission.type));
  await requireOfficer(access, meetingId, role);
  if (meeting.status === 'closed') throw commissionErrors.closed();
  const item = await loadItem(access.db, meetingId, itemId);
  if (item.decided) throw commissionErrors.itemDecided();
  const members = await meetingMembers(access.db, meetingId);
  const votes = await commissionDb(access.db)
    .selectFrom('commission_votes')
    .select(['user_id', 'vote'])
    .where('item_id', '=', itemId)
    .execute();
  const result = tally(members, votes);
  if (result.counted < meeting.quorum) throw commissionErrors.noQuorum(result.counted, meeting.quorum);
  if (result.missing.length)
    throw commissionErrors.votesMissing(result.missing.map((m) => m.full_name).join(', '));
  const decidedOn = body.decidedOn ?? meeting.held_on;
  const approval = body.approval ?? { outcome: 'approved' as const };
  if (
    commission.type === 'KKR' &&
    result.carried &&
    approval.outcome === 'partly_approved' &&
    approval.amount == null
  )
    throw commissionErrors.field('approval.amount', 'amountRequired');

  await access.db.transaction().execute(async (trx) => {
    const details: Record<string, unknown> = {
      meetingId,
      meetingNumber: meeting.number,
      itemId,
      requestId: item.request_id,
      requestNumber: item.requestNumber,
      appealId: item.appeal_id,
      quorum: meeting.quorum,
      tally: { for: result.for, against: result.against, abstain: result.abstain, excluded: result.excluded },
      carried: result.carried,
    };
    if (commission.type === 'KKR') {
      const requested = item.amount_requested === null ? null : Number(item.amount_requested);
      const outcome = result.carried ? approval.outcome : 'rejected';
      const amount = result.carried ? (approval.amount ?? requested) : null;
      const decision = await recordDecision(trx, access, {
        requestId: item.request_id,
        institutionId: commission.id,
        meetingItemId: itemId,
        outcome,
        amount,
        currency: amount === null ? null : (approval.currency ?? item.currency ?? 'EUR'),
        reasons: body.reasons,
        decidedOn,
      });
      Object.assign(details, { outcome, decisionId: decision.decisionId, decisionNumber: decision.number });
    } else {
      const outcome = result.carried ? body.appealGranted : 'upheld';
      await recordAppealOutcome(trx, access, {
        appealId: item.appeal_id ?? '',
        meetingItemId: itemId,
        institutionId: commission.id,
        outcome,
        reasons: body.reasons,
        decidedOn,
      });
      details.appealOutcome = outcome;
    }
    await commissionDb(trx)
      .updateTable('commission_meetings')
      .set({ status: 'held', version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', meetingId)
      .execute();
    await recordEvent(trx, access, item.case_id, 'commission.decided', details, item.person_id);
    await access.audit(trx, {
      action: 'commission.decide',
      recordType: 'commission_agenda_item',
      recordId: itemId,
      details,
    });
  });
  return getMeeting(access, meetingId);
}

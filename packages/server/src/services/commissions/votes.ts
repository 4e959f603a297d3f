import { VOTING_ROLES, type MeetingView, type votesBody } from '@vatra/core';
import type { z } from 'zod';
import { commissionDb } from '../../storage/commissions/tables.js';
import type { AccessContext } from '../access/context.js';
import { recordEvent } from '../cases/events.js';
import { requireMeeting, requireOfficer } from './access.js';
import { commissionErrors } from './errors.js';
import { loadItem, meetingMembers } from './item.js';
import { getMeeting } from './view.js';

/**
 * Records members' votes on an item (a later vote of the same member replaces the earlier one,
 * until the item is decided). Only present voting members vote. A member who is the case
 * manager of the applicant's case must declare the conflict: they are recorded 'excluded' and
 * not counted; voting without declaring it is refused, naming the member, and nothing is
 * written. Each vote goes to the audit trail and to the applicant's timeline.
 */
export async function recordVotes(
  access: AccessContext,
  meetingId: string,
  itemId: string,
  body: z.infer<typeof votesBody>,
): Promise<MeetingView> {
  const { meeting, role } = await requireMeeting(access, meetingId);
  await requireOfficer(access, meetingId, role);
  if (meeting.status === 'closed') throw commissionErrors.closed();
  const item = await loadItem(access.db, meetingId, itemId);
  if (item.decided) throw commissionErrors.itemDecided();
  const members = await meetingMembers(access.db, meetingId);
  const seen = new Set<string>();
  const rows = body.votes.map((entry, index) => {
    const field = `votes.${index}`;
    const member = members.find((m) => m.user_id === entry.userId);
    if (!member) throw commissionErrors.field(`${field}.userId`, 'notMember');
    if (seen.has(entry.userId)) throw commissionErrors.field(`${field}.userId`, 'duplicateMember');
    seen.add(entry.userId);
    if (!VOTING_ROLES.includes(member.role)) throw commissionErrors.field(`${field}.userId`, 'notVoting');
    if (!member.present) throw commissionErrors.field(`${field}.userId`, 'notPresent');
    const conflicted = item.case_manager_id === entry.userId;
    if (conflicted && !entry.conflictDeclared)
      throw commissionErrors.undeclaredConflict(`${field}.conflictDeclared`, member.full_name);
    if (entry.conflictDeclared)
      return { item_id: itemId, user_id: entry.userId, vote: 'excluded' as const, conflict_declared: true };
    if (!entry.vote) throw commissionErrors.field(`${field}.vote`, 'voteMissing');
    return { item_id: itemId, user_id: entry.userId, vote: entry.vote, conflict_declared: false };
  });

  await access.db.transaction().execute(async (trx) => {
    const db = commissionDb(trx);
    for (const row of rows) {
      // A new vote replaces the member's earlier one, with its own time.
      await db
        .deleteFrom('commission_votes')
        .where('item_id', '=', itemId)
        .where('user_id', '=', row.user_id)
        .execute();
      await db.insertInto('commission_votes').values(row).execute();
      const details = {
        meetingId,
        meetingNumber: meeting.number,
        itemId,
        requestId: item.request_id,
        requestNumber: item.requestNumber,
        appealId: item.appeal_id,
        memberId: row.user_id,
        vote: row.vote,
        conflictDeclared: row.conflict_declared,
      };
      await recordEvent(trx, access, item.case_id, 'commission.vote', details, item.person_id);
      await access.audit(trx, {
        action: 'commission.vote',
        recordType: 'commission_agenda_item',
        recordId: itemId,
        details,
      });
    }
  });
  return getMeeting(access, meetingId);
}

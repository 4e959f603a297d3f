import {
  VOTING_ROLES,
  defaultQuorum,
  type meetingCreateBody,
  type MeetingList,
  type MeetingView,
  type WaitingList,
} from '@vatra/core';
import type { z } from 'zod';
import { commissionDb } from '../../storage/commissions/tables.js';
import type { AccessContext } from '../access/context.js';
import { formatNumber, localCode, nextNumber } from '../cases/numbering.js';
import { requireMeeting, userCommission, type Commission } from './access.js';
import { waitingDossiers } from './dossiers.js';
import { commissionErrors } from './errors.js';
import { getMeeting, meetingSummaries } from './view.js';

/** The user's commission, its users (to choose members from) and its meetings. */
export async function listMeetings(access: AccessContext): Promise<MeetingList> {
  const commission = await userCommission(access);
  const users = await commissionDb(access.db)
    .selectFrom('users')
    .select(['id', 'full_name'])
    .where('institution_id', '=', commission.id)
    .where('active', '=', true)
    .orderBy('full_name')
    .execute();
  return {
    commission: { id: commission.id, code: commission.code, name: commission.name, type: commission.type },
    users: users.map((u) => ({ id: u.id, fullName: u.full_name })),
    items: await meetingSummaries(access.db, commission),
  };
}

/** The Appeals Commission plans with appeal.decide; the KKR with request.review (the route's). */
async function requirePlanningScope(access: AccessContext, commission: Commission) {
  if (commission.type === 'KA') await access.requireScope('appeal.decide');
}

/**
 * Plans a meeting of the user's commission: "KKR-PEJ-2026-0007", numbered per commission type,
 * municipality and year. The members are active users of the commission, one of them the chair;
 * the planner is among them as chair or secretary. The quorum defaults to more than half of the
 * voting members (the secretary does not vote) and cannot exceed them.
 */
export async function createMeeting(
  access: AccessContext,
  body: z.infer<typeof meetingCreateBody>,
): Promise<MeetingView> {
  const user = access.requireUser();
  const commission = await userCommission(access);
  await requirePlanningScope(access, commission);
  const seen = new Set<string>();
  body.members.forEach((member, index) => {
    if (seen.has(member.userId)) throw commissionErrors.field(`members.${index}.userId`, 'duplicateMember');
    seen.add(member.userId);
  });
  const users = await commissionDb(access.db)
    .selectFrom('users')
    .select('id')
    .where('id', 'in', [...seen])
    .where('institution_id', '=', commission.id)
    .where('active', '=', true)
    .execute();
  body.members.forEach((member, index) => {
    if (!users.some((u) => u.id === member.userId))
      throw commissionErrors.field(`members.${index}.userId`, 'notCommissionUser');
  });
  if (body.members.filter((m) => m.role === 'chair').length !== 1)
    throw commissionErrors.field('members', 'oneChair');
  const voting = body.members.filter((m) => VOTING_ROLES.includes(m.role)).length;
  if (voting === 0) throw commissionErrors.field('members', 'noVotingMember');
  const planner = body.members.find((m) => m.userId === user.userId);
  if (!planner || planner.role === 'member') throw commissionErrors.field('members', 'plannerNotMember');
  const quorum = body.quorum ?? defaultQuorum(voting);
  if (quorum > voting) throw commissionErrors.field('quorum', 'quorumTooHigh', { members: voting });

  const id = await access.db.transaction().execute(async (trx) => {
    const year = Number(body.heldOn.slice(0, 4));
    const value = await nextNumber(trx, `meeting:${commission.type}:${commission.jurisdictionCode}`, year);
    const number = formatNumber(`${commission.type}-${localCode(commission.jurisdictionCode)}`, year, value);
    const db = commissionDb(trx);
    const meeting = await db
      .insertInto('commission_meetings')
      .values({
        institution_id: commission.id,
        number,
        held_on: body.heldOn,
        place: body.place ?? null,
        status: 'planned',
        quorum,
        created_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('commission_meeting_members')
      .values(body.members.map((m) => ({ meeting_id: meeting.id, user_id: m.userId, role: m.role })))
      .execute();
    await access.audit(trx, {
      action: 'commission.meeting.plan',
      recordType: 'commission_meeting',
      recordId: meeting.id,
      details: { number, heldOn: body.heldOn, quorum, members: body.members },
    });
    return meeting.id;
  });
  return getMeeting(access, id);
}

/** The dossiers waiting for the meeting's commission (see waitingDossiers). */
export async function meetingWaiting(access: AccessContext, meetingId: string): Promise<WaitingList> {
  const { commission } = await requireMeeting(access, meetingId);
  return { items: await waitingDossiers(access.db, commission) };
}

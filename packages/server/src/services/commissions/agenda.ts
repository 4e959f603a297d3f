import type { agendaBody, attendanceBody, MeetingView } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { commissionDb } from '../../storage/commissions/tables.js';
import type { AccessContext } from '../access/context.js';
import { requireMeeting, requireOfficer } from './access.js';
import { waitingDossiers } from './dossiers.js';
import { commissionErrors } from './errors.js';
import { anyItemDecided } from './item.js';
import { getMeeting } from './view.js';

/** Positions are moved out of the way first: (meeting, position) is unique at every statement. */
const SHIFT = 100_000;

/**
 * Sets the meeting's agenda: the list given, in order. Items already there keep their identity
 * (and votes); new ones must be waiting for this commission (KKR: a request under review it
 * decides; Appeals Commission: a filed appeal); an item with votes cannot be dropped.
 */
export async function setAgenda(
  access: AccessContext,
  meetingId: string,
  body: z.infer<typeof agendaBody>,
): Promise<MeetingView> {
  const { meeting, commission, role } = await requireMeeting(access, meetingId);
  await requireOfficer(access, meetingId, role);
  if (meeting.status === 'closed') throw commissionErrors.closed();
  if (meeting.version !== body.version) throw errors.conflict();
  const db = commissionDb(access.db);
  const current = await db
    .selectFrom('commission_agenda_items as ai')
    .leftJoin('requests as r', 'r.id', 'ai.request_id')
    .select((eb) => [
      'ai.id',
      'ai.request_id',
      'ai.appeal_id',
      'r.number',
      eb
        .exists(
          eb.selectFrom('commission_votes as v').select('v.item_id').whereRef('v.item_id', '=', 'ai.id'),
        )
        .as('voted'),
    ])
    .where('ai.meeting_id', '=', meetingId)
    .execute();
  const key = (requestId: string, appealId: string | null | undefined) => `${requestId}/${appealId ?? ''}`;
  const wanted = body.items.map((item) => key(item.requestId, item.appealId));
  wanted.forEach((k, index) => {
    if (wanted.indexOf(k) !== index)
      throw commissionErrors.field(`items.${index}.requestId`, 'duplicateItem');
  });
  const waiting = await waitingDossiers(access.db, commission);
  body.items.forEach((item, index) => {
    if (commission.type === 'KA' && !item.appealId)
      throw commissionErrors.field(`items.${index}.appealId`, 'appealRequired');
    const existing = current.find((c) => key(c.request_id, c.appeal_id) === wanted[index]);
    const isWaiting = waiting.some(
      (d) => d.requestId === item.requestId && (d.appeal?.id ?? null) === (item.appealId ?? null),
    );
    if (!existing && !isWaiting) throw commissionErrors.field(`items.${index}.requestId`, 'notWaiting');
  });
  const dropped = current.filter((c) => !wanted.includes(key(c.request_id, c.appeal_id)));
  const votedDrop = dropped.find((c) => Boolean(c.voted));
  if (votedDrop) throw commissionErrors.itemHasVotes(votedDrop.number ?? '');

  await access.db.transaction().execute(async (trx) => {
    const t = commissionDb(trx);
    const bumped = await t
      .updateTable('commission_meetings')
      .set({ version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', meetingId)
      .where('version', '=', body.version)
      .where('status', '<>', 'closed')
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1) throw errors.conflict();
    if (dropped.length)
      await t
        .deleteFrom('commission_agenda_items')
        .where(
          'id',
          'in',
          dropped.map((d) => d.id),
        )
        .execute();
    await t
      .updateTable('commission_agenda_items')
      .set({ position: sql<number>`position + ${SHIFT}` })
      .where('meeting_id', '=', meetingId)
      .execute();
    for (const [index, item] of body.items.entries()) {
      const existing = current.find((c) => key(c.request_id, c.appeal_id) === wanted[index]);
      if (existing)
        await t
          .updateTable('commission_agenda_items')
          .set({ position: index + 1 })
          .where('id', '=', existing.id)
          .execute();
      else
        await t
          .insertInto('commission_agenda_items')
          .values({
            meeting_id: meetingId,
            position: index + 1,
            request_id: item.requestId,
            appeal_id: item.appealId ?? null,
          })
          .execute();
    }
    await access.audit(trx, {
      action: 'commission.agenda.set',
      recordType: 'commission_meeting',
      recordId: meetingId,
      details: { number: meeting.number, items: body.items, dropped: dropped.map((d) => d.id) },
    });
  });
  return getMeeting(access, meetingId);
}

/** Records who is present (the others absent); a meeting with someone present has been held. */
export async function setAttendance(
  access: AccessContext,
  meetingId: string,
  body: z.infer<typeof attendanceBody>,
): Promise<MeetingView> {
  const { meeting, role } = await requireMeeting(access, meetingId);
  await requireOfficer(access, meetingId, role);
  if (meeting.status === 'closed') throw commissionErrors.closed();
  if (meeting.version !== body.version) throw errors.conflict();
  // A decision was taken with the quorum of those present then: changing who was there afterwards
  // would rewrite the record the decision stands on. Latecomers may still join before that.
  if (await anyItemDecided(access.db, meetingId)) throw commissionErrors.attendanceLocked();
  const db = commissionDb(access.db);
  const members = await db
    .selectFrom('commission_meeting_members')
    .select('user_id')
    .where('meeting_id', '=', meetingId)
    .execute();
  body.present.forEach((userId, index) => {
    if (!members.some((m) => m.user_id === userId))
      throw commissionErrors.field(`present.${index}`, 'notMember');
  });
  await access.db.transaction().execute(async (trx) => {
    const t = commissionDb(trx);
    const bumped = await t
      .updateTable('commission_meetings')
      .set({
        version: sql<number>`version + 1`,
        updated_at: new Date(),
        status: body.present.length > 0 ? 'held' : meeting.status,
      })
      .where('id', '=', meetingId)
      .where('version', '=', body.version)
      .where('status', '<>', 'closed')
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1) throw errors.conflict();
    await t
      .updateTable('commission_meeting_members')
      .set({ present: false })
      .where('meeting_id', '=', meetingId)
      .execute();
    if (body.present.length)
      await t
        .updateTable('commission_meeting_members')
        .set({ present: true })
        .where('meeting_id', '=', meetingId)
        .where('user_id', 'in', body.present)
        .execute();
    await access.audit(trx, {
      action: 'commission.attendance',
      recordType: 'commission_meeting',
      recordId: meetingId,
      details: { number: meeting.number, present: body.present },
    });
  });
  return getMeeting(access, meetingId);
}

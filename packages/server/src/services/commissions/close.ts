import type { meetingCloseBody, MeetingView } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { commissionDb } from '../../storage/commissions/tables.js';
import type { AccessContext } from '../access/context.js';
import { requireMeeting, requireOfficer } from './access.js';
import { commissionErrors } from './errors.js';
import { getMeeting } from './view.js';

/**
 * Closes the meeting with its minutes. Items left undecided go back to the waiting list (the
 * list leaves out only items on open meetings' agendas).
 */
export async function closeMeeting(
  access: AccessContext,
  meetingId: string,
  body: z.infer<typeof meetingCloseBody>,
): Promise<MeetingView> {
  const { meeting, role } = await requireMeeting(access, meetingId);
  await requireOfficer(access, meetingId, role);
  if (meeting.status === 'closed') throw commissionErrors.closed();
  if (meeting.version !== body.version) throw errors.conflict();
  await access.db.transaction().execute(async (trx) => {
    const result = await commissionDb(trx)
      .updateTable('commission_meetings')
      .set({
        status: 'closed',
        minutes: body.minutes,
        version: sql<number>`version + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', meetingId)
      .where('version', '=', body.version)
      .where('status', '<>', 'closed')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    await access.audit(trx, {
      action: 'commission.meeting.close',
      recordType: 'commission_meeting',
      recordId: meetingId,
      details: { number: meeting.number, minutesLength: body.minutes.length },
    });
  });
  return getMeeting(access, meetingId);
}

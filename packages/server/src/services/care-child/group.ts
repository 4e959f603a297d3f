import type { childGroupMemberBody, childMeetingBody } from '@vatra/core';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { careChildDb } from '../../storage/care-child/tables.js';
import type { AccessContext } from '../access/context.js';
import { joinCareTeam } from '../care/access.js';
import { careChildErrors } from './errors.js';
import { childWrite } from './write.js';

/**
 * Adds an institution (and, when a Vatra user sits for it, that user) to the case's
 * intersectoral group. A member user joins the care team, so the sensitive case is visible to them.
 */
export async function addGroupMember(
  access: AccessContext,
  id: string,
  body: z.infer<typeof childGroupMemberBody>,
): Promise<void> {
  const user = access.requireUser();
  await childWrite(access, id, body.version, 'care.child.group.add', async (trx) => {
    const db = careChildDb(trx);
    const institution = await db
      .selectFrom('institutions')
      .select('id')
      .where('id', '=', body.institutionId)
      .executeTakeFirst();
    if (!institution) throw errors.badReference('institutionId');
    if (body.userId) {
      const member = await db
        .selectFrom('users')
        .select('institution_id')
        .where('id', '=', body.userId)
        .executeTakeFirst();
      if (!member) throw errors.badReference('userId');
      if (member.institution_id !== body.institutionId)
        throw careChildErrors.field('userId', 'userNotInInstitution');
    }
    const taken = await db
      .selectFrom('child_group_members')
      .select('id')
      .where('care_case_id', '=', id)
      .where('institution_id', '=', body.institutionId)
      .where('role', '=', body.role)
      .executeTakeFirst();
    if (taken) throw careChildErrors.groupMemberExists();
    const row = await db
      .insertInto('child_group_members')
      .values({
        care_case_id: id,
        institution_id: body.institutionId,
        user_id: body.userId,
        role: body.role,
        added_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (body.userId) await joinCareTeam(trx, id, body.userId, 'member');
    return { member: row.id, institution: body.institutionId, role: body.role };
  });
}

/** Records a meeting of the intersectoral group and what it decided. */
export async function recordGroupMeeting(
  access: AccessContext,
  id: string,
  body: z.infer<typeof childMeetingBody>,
): Promise<void> {
  const user = access.requireUser();
  await childWrite(access, id, body.version, 'care.child.meeting', async (trx) => {
    const row = await careChildDb(trx)
      .insertInto('child_group_meetings')
      .values({ care_case_id: id, held_on: body.heldOn, decisions: body.decisions, recorded_by: user.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { meeting: row.id, heldOn: body.heldOn };
  });
}

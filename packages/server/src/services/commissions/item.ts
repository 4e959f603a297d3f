import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { commissionDb } from '../../storage/commissions/tables.js';

/** An agenda item of a meeting with what the vote needs: the case's manager, whether decided. */
export async function loadItem(db: Kysely<Database>, meetingId: string, itemId: string) {
  const k = commissionDb(db);
  const item = await k
    .selectFrom('commission_agenda_items as ai')
    .innerJoin('requests as r', 'r.id', 'ai.request_id')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select([
      'ai.id',
      'ai.position',
      'ai.request_id',
      'ai.appeal_id',
      'r.number as requestNumber',
      'r.case_id',
      'r.person_id',
      'r.amount_requested',
      'r.currency',
      'c.case_manager_id',
    ])
    .where('ai.id', '=', itemId)
    .where('ai.meeting_id', '=', meetingId)
    .executeTakeFirst();
  if (!item) throw errors.notFound();
  const decision = await k
    .selectFrom('request_decisions')
    .select('id')
    .where('meeting_item_id', '=', itemId)
    .executeTakeFirst();
  const appeal = item.appeal_id
    ? await k
        .selectFrom('request_appeals')
        .select(['status'])
        .where('id', '=', item.appeal_id)
        .executeTakeFirst()
    : undefined;
  const decided = item.appeal_id ? appeal?.status === 'decided' : decision !== undefined;
  return { ...item, decided };
}

/** Whether anything on the meeting's agenda has been decided (a decision, or an appeal decided). */
export async function anyItemDecided(db: Kysely<Database>, meetingId: string): Promise<boolean> {
  const row = await commissionDb(db)
    .selectFrom('commission_agenda_items as ai')
    .leftJoin('request_decisions as d', 'd.meeting_item_id', 'ai.id')
    .leftJoin('request_appeals as a', 'a.id', 'ai.appeal_id')
    .select('ai.id')
    .where('ai.meeting_id', '=', meetingId)
    .where((eb) => eb.or([eb('d.id', 'is not', null), eb('a.status', '=', 'decided')]))
    .executeTakeFirst();
  return row !== undefined;
}

/** The meeting's members with their role, presence and name. */
export async function meetingMembers(db: Kysely<Database>, meetingId: string) {
  return commissionDb(db)
    .selectFrom('commission_meeting_members as mm')
    .innerJoin('users as u', 'u.id', 'mm.user_id')
    .select(['mm.user_id', 'mm.role', 'mm.present', 'u.full_name'])
    .where('mm.meeting_id', '=', meetingId)
    .execute();
}

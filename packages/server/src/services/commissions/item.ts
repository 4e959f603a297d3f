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

/** The meeting's members with their role, presence and name. */
export async function meetingMembers(db: Kysely<Database>, meetingId: string) {
  return commissionDb(db)
    .selectFrom('commission_meeting_members as mm')
    .innerJoin('users as u', 'u.id', 'mm.user_id')
    .select(['mm.user_id', 'mm.role', 'mm.present', 'u.full_name'])
    .where('mm.meeting_id', '=', meetingId)
    .execute();
}

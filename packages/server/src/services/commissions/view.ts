import { VOTING_ROLES, type AgendaItemView, type MeetingSummary, type MeetingView } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { commissionDb } from '../../storage/commissions/tables.js';
import type { AccessContext } from '../access/context.js';
import { decideScope, requireMeeting, type Commission } from './access.js';
import { loadDossiers } from './dossiers.js';

/** The meetings of a commission, newest first, with member and item counts. */
export async function meetingSummaries(
  db: Kysely<Database>,
  commission: Commission,
  meetingId?: string,
): Promise<MeetingSummary[]> {
  let query = commissionDb(db)
    .selectFrom('commission_meetings as m')
    .select((eb) => [
      'm.id',
      'm.number',
      'm.held_on',
      'm.place',
      'm.status',
      'm.quorum',
      'm.version',
      eb
        .selectFrom('commission_meeting_members as mm')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('mm.meeting_id', '=', 'm.id')
        .as('members'),
      eb
        .selectFrom('commission_agenda_items as ai')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('ai.meeting_id', '=', 'm.id')
        .as('items'),
    ])
    .where('m.institution_id', '=', commission.id)
    .orderBy('m.held_on', 'desc')
    .orderBy('m.number', 'desc');
  if (meetingId) query = query.where('m.id', '=', meetingId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    institution: { id: commission.id, code: commission.code, name: commission.name },
    commissionType: commission.type,
    heldOn: row.held_on,
    place: row.place,
    status: row.status,
    quorum: row.quorum,
    members: Number(row.members ?? 0),
    items: Number(row.items ?? 0),
    version: row.version,
  }));
}

/** A meeting with its members, agenda (dossier, votes, decision) and minutes. */
export async function getMeeting(access: AccessContext, meetingId: string): Promise<MeetingView> {
  const { commission, role } = await requireMeeting(access, meetingId);
  const db = commissionDb(access.db);
  const [summary] = await meetingSummaries(access.db, commission, meetingId);
  if (!summary) throw new Error(`meeting ${meetingId} vanished`);
  const members = await db
    .selectFrom('commission_meeting_members as mm')
    .innerJoin('users as u', 'u.id', 'mm.user_id')
    .select(['u.id', 'u.full_name', 'mm.role', 'mm.present'])
    .where('mm.meeting_id', '=', meetingId)
    .orderBy('mm.role')
    .orderBy('u.full_name')
    .execute();
  const minutes = await db
    .selectFrom('commission_meetings')
    .select('minutes')
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
  const agenda = await agendaOf(access.db, meetingId);
  const officer = role === 'chair' || role === 'secretary';
  return {
    ...summary,
    memberList: members.map((m) => ({
      user: { id: m.id, fullName: m.full_name },
      role: m.role,
      present: m.present,
    })),
    agenda,
    minutes: minutes.minutes,
    presentVoting: members.filter((m) => m.present && VOTING_ROLES.includes(m.role)).length,
    canManage: officer && summary.status !== 'closed',
    canDecide: officer && summary.status !== 'closed' && access.has(decideScope(commission.type)),
  };
}

/** The agenda in order, each item with its dossier, votes and what was decided. */
export async function agendaOf(db: Kysely<Database>, meetingId: string): Promise<AgendaItemView[]> {
  const k = commissionDb(db);
  const items = await k
    .selectFrom('commission_agenda_items')
    .select(['id', 'position', 'request_id', 'appeal_id'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
  if (items.length === 0) return [];
  const itemIds = items.map((i) => i.id);
  const dossiers = await loadDossiers(
    db,
    items.map((i) => ({ requestId: i.request_id, appealId: i.appeal_id })),
  );
  const votes = await k
    .selectFrom('commission_votes as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .select(['v.item_id', 'u.id', 'u.full_name', 'v.vote', 'v.conflict_declared'])
    .where('v.item_id', 'in', itemIds)
    .orderBy('u.full_name')
    .execute();
  const decisions = await k
    .selectFrom('request_decisions')
    .select(['id', 'number', 'outcome', 'meeting_item_id'])
    .where('meeting_item_id', 'in', itemIds)
    .execute();
  const appeals = await k
    .selectFrom('request_appeals')
    .select(['meeting_item_id', 'outcome'])
    .where('meeting_item_id', 'in', itemIds)
    .where('status', '=', 'decided')
    .execute();
  return items.flatMap((item) => {
    const dossier = dossiers.find(
      (d) => d.requestId === item.request_id && (d.appeal?.id ?? null) === item.appeal_id,
    );
    if (!dossier) return [];
    const decision = decisions.find((d) => d.meeting_item_id === item.id);
    const appeal = appeals.find((a) => a.meeting_item_id === item.id);
    return [
      {
        id: item.id,
        position: item.position,
        dossier,
        votes: votes
          .filter((v) => v.item_id === item.id)
          .map((v) => ({
            user: { id: v.id, fullName: v.full_name },
            vote: v.vote,
            conflictDeclared: v.conflict_declared,
          })),
        decision: decision ? { id: decision.id, number: decision.number, outcome: decision.outcome } : null,
        appealOutcome: appeal?.outcome ?? null,
        decided: item.appeal_id ? appeal !== undefined : decision !== undefined,
      },
    ];
  });
}

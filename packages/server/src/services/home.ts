import type { WorkItem } from '@vatra/core';
import type { AccessContext } from './access/context.js';

/**
 * Sources of work-queue items. Each area (cases, referrals, requests, care) adds one; a source
 * returns the items due for the user's institution. The foundation has none yet, so the queue
 * is empty until those areas land.
 */
export type WorkSource = (access: AccessContext) => Promise<WorkItem[]>;
export const workSources: WorkSource[] = [];

export async function buildHome(access: AccessContext) {
  const lists = await Promise.all(workSources.map((source) => source(access)));
  const queue = lists.flat().sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'));
  const users = await access.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('institution_id', '=', access.requireUser().institutionId)
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  const institutions = await access.db
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(access.inJurisdiction('j.path'))
    .where('i.active', '=', true)
    .executeTakeFirstOrThrow();
  return { queue, counts: { users: Number(users.n), institutions: Number(institutions.n) } };
}

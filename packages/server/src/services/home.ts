import type { WorkCount, WorkItem } from '@vatra/core';
import type { AccessContext } from './access/context.js';
import { errors } from '../http/errors.js';

/**
 * A kind of work-queue item (visits due, plans missing, referrals awaiting an answer, …). Each
 * area registers its sources in work-sources.ts; a source answers only for users whose scopes
 * make the work theirs, and counts and lists in SQL so a national queue stays a cheap query.
 */
export interface WorkSource {
  kind: string;
  /** Whether this kind of work concerns the user at all (by scope). */
  applies(access: AccessContext): boolean;
  count(access: AccessContext): Promise<Omit<WorkCount, 'kind'>>;
  /** Sources that can count together: the home screen counts a group's kinds in one query. */
  group?: {
    key: string;
    countMany(access: AccessContext, kinds: string[]): Promise<Map<string, Omit<WorkCount, 'kind'>>>;
  };
  /** Items soonest deadline first (no deadline last). */
  list(access: AccessContext, limit: number, offset: number): Promise<WorkItem[]>;
}

/** How many of the most urgent items the home screen shows. */
export const HOME_QUEUE_SIZE = 20;

export async function buildHome(access: AccessContext, sources: readonly WorkSource[]) {
  const mine = sources.filter((source) => source.applies(access));
  const counted = await countAll(access, mine);
  const lists = await Promise.all(
    mine.map((source, index) =>
      (counted[index]?.total ?? 0) > 0 ? source.list(access, HOME_QUEUE_SIZE, 0) : Promise.resolve([]),
    ),
  );
  const queue = lists
    .flat()
    .sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'))
    .slice(0, HOME_QUEUE_SIZE);
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
  return {
    queue,
    queueCounts: counted.filter((count) => count.total > 0),
    counts: { users: Number(users.n), institutions: Number(institutions.n) },
  };
}

/** The counts of the given sources, grouped sources counted together, in the sources' order. */
async function countAll(access: AccessContext, sources: WorkSource[]): Promise<WorkCount[]> {
  const groups = new Map<string, WorkSource[]>();
  for (const source of sources)
    if (source.group) groups.set(source.group.key, [...(groups.get(source.group.key) ?? []), source]);
  const grouped = new Map<string, Omit<WorkCount, 'kind'>>();
  await Promise.all(
    [...groups.values()].map(async (members) => {
      const counts = await members[0]?.group?.countMany(
        access,
        members.map((member) => member.kind),
      );
      for (const [kind, count] of counts ?? []) grouped.set(kind, count);
    }),
  );
  return Promise.all(
    sources.map(async (source) => ({
      kind: source.kind,
      ...(grouped.get(source.kind) ?? (await source.count(access))),
    })),
  );
}

/** One kind of the user's queue, page by page. */
export async function workQueue(
  access: AccessContext,
  sources: readonly WorkSource[],
  query: { kind: string; page: number; pageSize: number },
) {
  const source = sources.find((candidate) => candidate.kind === query.kind && candidate.applies(access));
  if (!source) throw errors.notFound();
  const { total } = await source.count(access);
  const items = await source.list(access, query.pageSize, (query.page - 1) * query.pageSize);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

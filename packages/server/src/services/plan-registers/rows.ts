import {
  riskScore,
  TEAM_ROLES,
  type PlanRegisterData,
  type PlanRegisterEntry,
  type PlanRegisterKind,
} from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { registerDb } from '../../storage/plan-registers/tables.js';

/** Kinds whose entries link cases (meetings: discussed; outreach: identified afterwards). */
export const KINDS_WITH_CASES: ReadonlySet<PlanRegisterKind> = new Set(['meeting', 'outreach']);

/** The entries of a plan with their authors' names, filtered by the caller. */
export function entryRows(db: Kysely<Database>) {
  return registerDb(db)
    .selectFrom('plan_register_entries as e')
    .leftJoin('users as cu', 'cu.id', 'e.created_by')
    .leftJoin('users as uu', 'uu.id', 'e.updated_by')
    .select([
      'e.id',
      'e.plan_id as planId',
      'e.kind',
      'e.data',
      'e.version',
      'e.archived_at as archivedAt',
      'e.created_by as createdById',
      'cu.full_name as createdByName',
      'e.created_at as createdAt',
      'e.updated_by as updatedById',
      'uu.full_name as updatedByName',
      'e.updated_at as updatedAt',
    ]);
}
type EntryRow = Awaited<ReturnType<ReturnType<typeof entryRows>['execute']>>[number];

/** The cases linked to these entries, with their numbers, by entry. */
export async function linkedCases(
  db: Kysely<Database>,
  entryIds: readonly string[],
): Promise<Map<string, { id: string; number: string }[]>> {
  const byEntry = new Map<string, { id: string; number: string }[]>();
  if (entryIds.length === 0) return byEntry;
  const rows = await registerDb(db)
    .selectFrom('plan_register_cases as l')
    .innerJoin('cases as c', 'c.id', 'l.case_id')
    .select(['l.entry_id as entryId', 'c.id', 'c.number'])
    .where('l.entry_id', 'in', entryIds)
    .orderBy('c.number')
    .execute();
  for (const row of rows) {
    const list = byEntry.get(row.entryId) ?? [];
    list.push({ id: row.id, number: row.number });
    byEntry.set(row.entryId, list);
  }
  return byEntry;
}

const ref = (id: string | null, name: string | null) => (id && name ? { id, fullName: name } : null);

export function toView(row: EntryRow, cases: { id: string; number: string }[]): PlanRegisterEntry {
  // The stored data was validated by the kind's schema when written; the case links are rows.
  const data = (
    KINDS_WITH_CASES.has(row.kind) ? { ...row.data, caseIds: cases.map((c) => c.id) } : row.data
  ) as PlanRegisterData;
  return {
    id: row.id,
    planId: row.planId,
    kind: row.kind,
    data,
    cases,
    risk: data.kind === 'risk' ? riskScore(data.likelihood, data.impact) : null,
    version: row.version,
    archivedAt: row.archivedAt ? row.archivedAt.toISOString() : null,
    createdBy: ref(row.createdById, row.createdByName),
    createdAt: row.createdAt.toISOString(),
    updatedBy: ref(row.updatedById, row.updatedByName),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The stored form of an entry's content: without the case links, which are rows. */
export function storedData(data: PlanRegisterData): string {
  if ('caseIds' in data) {
    const { caseIds: _caseIds, ...rest } = data;
    return JSON.stringify(rest);
  }
  return JSON.stringify(data);
}

const dated = (entry: PlanRegisterEntry): string =>
  'date' in entry.data ? entry.data.date : 'from' in entry.data ? entry.data.from : '';

/**
 * The order each register is read in: dated registers latest first, risks by score, the team
 * by role (chair first), contacts by name.
 */
export function compareEntries(a: PlanRegisterEntry, b: PlanRegisterEntry): number {
  if (a.data.kind === 'risk' && b.data.kind === 'risk')
    return (b.risk?.score ?? 0) - (a.risk?.score ?? 0) || a.createdAt.localeCompare(b.createdAt);
  if (a.data.kind === 'team' && b.data.kind === 'team')
    return (
      TEAM_ROLES.indexOf(a.data.teamRole) - TEAM_ROLES.indexOf(b.data.teamRole) ||
      a.data.name.localeCompare(b.data.name)
    );
  if (a.data.kind === 'contact' && b.data.kind === 'contact') return a.data.name.localeCompare(b.data.name);
  return dated(b).localeCompare(dated(a)) || b.createdAt.localeCompare(a.createdAt);
}

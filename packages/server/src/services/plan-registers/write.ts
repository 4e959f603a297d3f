import type { PlanRegisterData, PlanRegisterEntry, PlanRegisterKind } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { registerDb } from '../../storage/plan-registers/tables.js';
import type { AccessContext } from '../access/context.js';
import { checkCaseLinks } from './cases.js';
import { registerErrors } from './errors.js';
import { requirePlan, type PlanHeader } from './plan.js';
import { entryRows, KINDS_WITH_CASES, linkedCases, storedData, toView } from './rows.js';

/** Adds an entry to one of a plan's registers; case links checked first, then one transaction. */
export async function createEntry(
  access: AccessContext,
  planId: string,
  kind: PlanRegisterKind,
  data: PlanRegisterData,
): Promise<PlanRegisterEntry> {
  const user = access.requireUser();
  const plan = await requirePlan(access, planId);
  checkContent(kind, data);
  const caseIds = caseIdsOf(data);
  await checkCaseLinks(access, plan, caseIds);
  const id = await access.db.transaction().execute(async (trx) => {
    const row = await registerDb(trx)
      .insertInto('plan_register_entries')
      .values({
        plan_id: plan.id,
        kind,
        data: storedData(data),
        created_by: user.userId,
        updated_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeLinks(trx, row.id, caseIds, false);
    await access.audit(trx, {
      action: 'plan_register.create',
      recordType: 'plan_register_entry',
      recordId: row.id,
      details: { planId: plan.id, kind, caseIds },
    });
    return row.id;
  });
  return loadEntry(access.db, id);
}

/** Replaces an entry's content when the client saw its current version (else 409). */
export async function updateEntry(
  access: AccessContext,
  planId: string,
  kind: PlanRegisterKind,
  entryId: string,
  body: { data: PlanRegisterData; version: number },
): Promise<PlanRegisterEntry> {
  const user = access.requireUser();
  const plan = await requirePlan(access, planId);
  checkContent(kind, body.data);
  const current = await requireEntry(access, plan, kind, entryId);
  const caseIds = caseIdsOf(body.data);
  await checkCaseLinks(access, plan, caseIds, new Set(current.cases.map((c) => c.id)));
  await access.db.transaction().execute(async (trx) => {
    await bumpVersion(trx, entryId, body.version, {
      data: storedData(body.data),
      updated_by: user.userId,
    });
    await writeLinks(trx, entryId, caseIds, true);
    await access.audit(trx, {
      action: 'plan_register.update',
      recordType: 'plan_register_entry',
      recordId: entryId,
      details: { planId: plan.id, kind, caseIds, version: body.version + 1 },
    });
  });
  return loadEntry(access.db, entryId);
}

/** Archives an entry: it leaves the register's list but is kept, with who archived it and when. */
export async function archiveEntry(
  access: AccessContext,
  planId: string,
  kind: PlanRegisterKind,
  entryId: string,
  version: number,
): Promise<PlanRegisterEntry> {
  const user = access.requireUser();
  const plan = await requirePlan(access, planId);
  await requireEntry(access, plan, kind, entryId);
  await access.db.transaction().execute(async (trx) => {
    const now = new Date();
    await bumpVersion(trx, entryId, version, {
      archived_at: now,
      archived_by: user.userId,
      updated_by: user.userId,
    });
    await access.audit(trx, {
      action: 'plan_register.archive',
      recordType: 'plan_register_entry',
      recordId: entryId,
      details: { planId: plan.id, kind },
    });
  });
  return loadEntry(access.db, entryId);
}

/** The URL's kind and the body's must agree; dated periods must not end before they start. */
function checkContent(kind: PlanRegisterKind, data: PlanRegisterData): void {
  if (data.kind !== kind) throw registerErrors.field('data.kind', 'kindMismatch');
  if ((data.kind === 'team' || data.kind === 'project') && data.to !== undefined && data.to < data.from)
    throw registerErrors.field('data.to', 'endBeforeStart');
}

function caseIdsOf(data: PlanRegisterData): string[] {
  return KINDS_WITH_CASES.has(data.kind) && 'caseIds' in data ? [...new Set(data.caseIds)] : [];
}

/** The entry of this plan and register, not archived; 404 when the URL does not name one. */
async function requireEntry(
  access: AccessContext,
  plan: PlanHeader,
  kind: PlanRegisterKind,
  entryId: string,
): Promise<PlanRegisterEntry> {
  const row = await entryRows(access.db)
    .where('e.id', '=', entryId)
    .where('e.plan_id', '=', plan.id)
    .where('e.kind', '=', kind)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  if (row.archivedAt) throw registerErrors.archived();
  const cases = await linkedCases(access.db, [row.id]);
  return toView(row, cases.get(row.id) ?? []);
}

/** Optimistic concurrency: applies only to the version the client saw, and bumps it (else 409). */
async function bumpVersion(
  trx: Kysely<Database>,
  entryId: string,
  version: number,
  values: { data?: string; archived_at?: Date; archived_by?: string; updated_by: string },
): Promise<void> {
  const result = await registerDb(trx)
    .updateTable('plan_register_entries')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', entryId)
    .where('version', '=', version)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
}

async function writeLinks(
  trx: Kysely<Database>,
  entryId: string,
  caseIds: readonly string[],
  replace: boolean,
): Promise<void> {
  const db = registerDb(trx);
  if (replace) await db.deleteFrom('plan_register_cases').where('entry_id', '=', entryId).execute();
  if (caseIds.length > 0)
    await db
      .insertInto('plan_register_cases')
      .values(caseIds.map((caseId) => ({ entry_id: entryId, case_id: caseId })))
      .execute();
}

/** An entry as just written (the caller audited the write). */
async function loadEntry(db: Kysely<Database>, entryId: string): Promise<PlanRegisterEntry> {
  const row = await entryRows(db).where('e.id', '=', entryId).executeTakeFirstOrThrow();
  const cases = await linkedCases(db, [row.id]);
  return toView(row, cases.get(row.id) ?? []);
}

import { planCounts, type ActionPlanDetail, type ActionPlanSummary, type PlanFile } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { planDb } from '../../storage/action-plans/tables.js';
import type { AccessContext } from '../access/context.js';

/** An action plan with its municipality, as the services work with it. */
export interface PlanRecord {
  id: string;
  key: string;
  status: ActionPlanSummary['status'];
  origin: ActionPlanSummary['origin'];
  version: number;
  content: PlanFile;
  copiedFrom: string | null;
  updatedAt: Date;
  municipality: { id: string; code: string; name: ActionPlanSummary['municipality']['name']; path: string };
}

function planRows(db: Kysely<Database>) {
  return planDb(db)
    .selectFrom('action_plans as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select([
      'p.id',
      'p.key',
      'p.status',
      'p.origin',
      'p.version',
      'p.content',
      'p.copied_from',
      'p.updated_at',
      'j.id as jurisdiction_id',
      'j.code as jurisdiction_code',
      'j.name as jurisdiction_name',
      'j.path as jurisdiction_path',
    ]);
}

type PlanRow = Awaited<ReturnType<ReturnType<typeof planRows>['executeTakeFirstOrThrow']>>;

function toRecord(row: PlanRow): PlanRecord {
  return {
    id: row.id,
    key: row.key,
    status: row.status,
    origin: row.origin,
    version: row.version,
    content: row.content,
    copiedFrom: row.copied_from,
    updatedAt: row.updated_at,
    municipality: {
      id: row.jurisdiction_id,
      code: row.jurisdiction_code,
      name: row.jurisdiction_name,
      path: row.jurisdiction_path,
    },
  };
}

export function toSummary(plan: PlanRecord): ActionPlanSummary {
  return {
    id: plan.id,
    key: plan.key,
    kind: plan.content.kind,
    title: plan.content.title,
    municipality: { id: plan.municipality.id, code: plan.municipality.code, name: plan.municipality.name },
    period: plan.content.period,
    status: plan.status,
    origin: plan.origin,
    version: plan.version,
    counts: planCounts(plan.content),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

/** The plans of the user's jurisdictions (all of them, unaudited: for dashboards and comparisons). */
export async function plansInReach(access: AccessContext): Promise<PlanRecord[]> {
  const rows = await planRows(access.db)
    .where(access.inJurisdiction('j.path'))
    .orderBy('j.code')
    .orderBy('p.key')
    .execute();
  return rows.map(toRecord);
}

/** The action plans of the municipalities in the user's jurisdiction. */
export async function listActionPlans(access: AccessContext) {
  const items = (await plansInReach(access)).map(toSummary);
  await access.audit(access.db, { action: 'action_plan.list', details: { count: items.length } });
  return { items };
}

/** A plan by id or key, unchecked: for the system's own work (seeding, tests), never for a request. */
export async function loadPlanRecord(
  db: Kysely<Database>,
  by: { id: string } | { key: string },
): Promise<PlanRecord | undefined> {
  const query =
    'id' in by ? planRows(db).where('p.id', '=', by.id) : planRows(db).where('p.key', '=', by.key);
  const row = await query.executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** A plan the user may see, or 404 / 403 (audited). Pass a transaction and `lock` to write it. */
export async function requireActionPlan(
  access: AccessContext,
  id: string,
  options: { db?: Kysely<Database>; lock?: boolean } = {},
): Promise<PlanRecord> {
  let query = planRows(options.db ?? access.db).where('p.id', '=', id);
  if (options.lock) query = query.forUpdate('p');
  const row = await query.executeTakeFirst();
  if (!row) throw errors.notFound();
  const plan = toRecord(row);
  await access.requireInJurisdiction('action_plan', id, plan.municipality.path);
  return plan;
}

export async function detailOf(db: Kysely<Database>, plan: PlanRecord): Promise<ActionPlanDetail> {
  const copiedFrom = plan.copiedFrom
    ? await planDb(db)
        .selectFrom('action_plans')
        .select(['id', 'key'])
        .where('id', '=', plan.copiedFrom)
        .executeTakeFirst()
    : undefined;
  return { ...toSummary(plan), copiedFrom: copiedFrom ?? null, content: plan.content };
}

/** One action plan, whole; refused (403, audited) outside the user's jurisdiction. */
export async function getActionPlan(access: AccessContext, id: string): Promise<ActionPlanDetail> {
  const plan = await requireActionPlan(access, id);
  await access.audit(access.db, { action: 'action_plan.read', recordType: 'action_plan', recordId: id });
  return detailOf(access.db, plan);
}

/** Every version of a plan, newest first, with who changed it and why. */
export async function listPlanVersions(access: AccessContext, id: string) {
  await requireActionPlan(access, id);
  const rows = await planDb(access.db)
    .selectFrom('action_plan_versions as v')
    .leftJoin('users as u', 'u.id', 'v.changed_by')
    .select(['v.version', 'v.change', 'v.changed_at', 'v.changed_by', 'u.full_name'])
    .where('v.plan_id', '=', id)
    .orderBy('v.version', 'desc')
    .execute();
  await access.audit(access.db, { action: 'action_plan.versions', recordType: 'action_plan', recordId: id });
  return {
    items: rows.map((row) => ({
      version: row.version,
      change: row.change,
      changedBy: row.changed_by ? { id: row.changed_by, name: row.full_name ?? '' } : null,
      changedAt: row.changed_at.toISOString(),
    })),
  };
}

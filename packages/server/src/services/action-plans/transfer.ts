import type { ActionPlanDetail } from '@vatra/core';
import type { AccessContext } from '../access/context.js';
import { errors } from '../../http/errors.js';
import { planDb } from '../../storage/action-plans/tables.js';
import { planErrors } from './errors.js';
import {
  planFromJson,
  planFromXlsx,
  planToJson,
  planToXlsx,
  problemsToFields,
  type PlanImport,
} from './exchange/index.js';
import { detailOf, requireActionPlan } from './read.js';
import { checkPlanContent, insertPlan, saveVersion } from './write.js';

// Export and import of whole plans: the file formats are exchange/; here is who may do it and
// what an import does to the database.

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A plan as a file: JSON (the plans/<key>.json format) or a workbook. */
export async function exportPlan(
  access: AccessContext,
  id: string,
  format: 'json' | 'xlsx',
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const plan = await requireActionPlan(access, id);
  const body =
    format === 'json' ? Buffer.from(planToJson(plan.content), 'utf8') : await planToXlsx(plan.content);
  await access.audit(access.db, {
    action: 'action_plan.export',
    recordType: 'action_plan',
    recordId: id,
    details: { format, version: plan.version, bytes: body.length },
  });
  return {
    fileName: `${plan.key}.${format}`,
    contentType: format === 'json' ? 'application/json; charset=utf-8' : XLSX_TYPE,
    body,
  };
}

/** Reads an uploaded file by what it is: a workbook (a zip) or JSON text. */
export async function readPlanFile(bytes: Buffer): Promise<PlanImport> {
  const zip = bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  return zip ? planFromXlsx(bytes) : planFromJson(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}

/**
 * Imports a plan: a new plan, as a draft, when its key is new; otherwise a new version of that
 * plan. Status and adoption are never taken from a file: they change only through the status
 * step, by those who may adopt. Every problem of the file is answered at once, with its sheet,
 * row and column or its path.
 */
export async function importPlan(
  access: AccessContext,
  parsed: PlanImport,
): Promise<{ created: boolean; plan: ActionPlanDetail }> {
  const user = access.requireUser();
  if ('problems' in parsed) throw planErrors.planProblems(problemsToFields(parsed.problems));
  const file = parsed.plan;
  checkPlanContent(file);
  const place = await access.db
    .selectFrom('jurisdictions')
    .select(['id', 'path'])
    .where('code', '=', file.municipality)
    .where('level', '=', 'municipality')
    .executeTakeFirst();
  if (!place) throw errors.badReference('municipality');
  await access.requireInJurisdiction('action_plan', file.key, place.path);
  return access.db.transaction().execute(async (trx) => {
    const existing = await planDb(trx)
      .selectFrom('action_plans')
      .select(['id', 'jurisdiction_id'])
      .where('key', '=', file.key)
      .executeTakeFirst();
    if (!existing) {
      const draft = { ...file, status: 'draft' as const, adoption: null };
      const change =
        file.status === 'draft'
          ? 'imported from a file'
          : `imported from a file as a draft (the file said: ${file.status})`;
      const plan = await insertPlan(trx, access, draft, {
        jurisdictionId: place.id,
        origin: 'imported',
        copiedFrom: null,
        change,
        userId: user.userId,
      });
      return { created: true, plan };
    }
    const plan = await requireActionPlan(access, existing.id, { db: trx, lock: true });
    if (plan.municipality.id !== place.id) throw errors.duplicate('key');
    if (plan.status === 'evaluated') throw planErrors.readOnly();
    const content = { ...file, status: plan.status, adoption: plan.content.adoption };
    const saved = await saveVersion(
      trx,
      access,
      plan,
      plan.version,
      content,
      'imported from a file',
      'action_plan.import',
    );
    return { created: false, plan: await detailOf(trx, saved) };
  });
}

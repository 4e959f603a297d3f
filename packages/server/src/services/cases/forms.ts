import {
  extractNeeds,
  officeToday,
  validateSubmission,
  type CaseDetail,
  type CaseForm,
  type FormDefinition,
  type FormValues,
  type formSubmitBody,
} from '@vatra/core';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { HttpError, errors } from '../../http/errors.js';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { formOf, type CaseConfig } from './config.js';
import { caseErrors } from './errors.js';
import { recordEvent } from './events.js';
import { getCase } from './read.js';
import { advance, atLeast } from './stage.js';
import { lockCase, touchCase, type LockedCase } from './write.js';

/** The members each repeated section covers, from the household (ids of persons). */
async function householdMembers(db: Kysely<Database>, householdId: string) {
  const rows = await caseDb(db)
    .selectFrom('persons')
    .select(['id', 'date_of_birth'])
    .where('household_id', '=', householdId)
    .where('merged_into', 'is', null)
    .execute();
  // Ages on the offices' day, as UTC midnight so the UTC getters below read that day.
  const today = new Date(`${officeToday()}T00:00:00Z`);
  const age = (dob: string | null) => {
    if (!dob) return null;
    const born = new Date(`${dob}T00:00:00Z`);
    let years = today.getUTCFullYear() - born.getUTCFullYear();
    const before =
      today.getUTCMonth() < born.getUTCMonth() ||
      (today.getUTCMonth() === born.getUTCMonth() && today.getUTCDate() < born.getUTCDate());
    if (before) years -= 1;
    return years;
  };
  // A member without a date of birth counts as an adult: a child's age is always asked.
  const isChild = (dob: string | null) => (age(dob) ?? 99) < 18;
  return {
    household_members: rows.map((row) => row.id),
    children: rows.filter((row) => isChild(row.date_of_birth)).map((row) => row.id),
    adults: rows.filter((row) => !isChild(row.date_of_birth)).map((row) => row.id),
  };
}

/**
 * Validates answers against the definition version they were filled in, and stores them as a
 * new submission (or a new revision of the one corrected). Problems → 400 naming each field by
 * its path ("housing.need").
 */
export async function storeSubmission(
  trx: Kysely<Database>,
  access: AccessContext,
  kase: LockedCase,
  definition: FormDefinition,
  answers: Record<string, unknown>,
  corrects?: string,
): Promise<{ id: string; needs: number; data: FormValues }> {
  const result = validateSubmission(definition, answers, {
    members: await householdMembers(trx, kase.householdId),
  });
  if (!result.ok) {
    throw new HttpError(
      400,
      'validation',
      'server.errors.validation',
      {},
      Object.fromEntries(
        result.problems.map((problem) => [
          `data.${problem.path}`,
          { key: problem.key, values: problem.values },
        ]),
      ),
    );
  }
  const needs = extractNeeds(definition, result.data);
  const tdb = caseDb(trx);
  let seriesId: string = randomUUID();
  let revision = 1;
  if (corrects) {
    const earlier = await tdb
      .selectFrom('form_submissions')
      .select(['series_id', 'form_key'])
      .where('id', '=', corrects)
      .where('case_id', '=', kase.id)
      .executeTakeFirst();
    if (!earlier || earlier.form_key !== definition.key) throw errors.badReference('corrects');
    seriesId = earlier.series_id;
    const last = await tdb
      .selectFrom('form_submissions')
      .select((eb) => eb.fn.max('revision').as('revision'))
      .where('series_id', '=', seriesId)
      .executeTakeFirstOrThrow();
    revision = Number(last.revision) + 1;
  }
  const inserted = await tdb
    .insertInto('form_submissions')
    .values({
      case_id: kase.id,
      form_key: definition.key,
      form_version: definition.version,
      series_id: seriesId,
      revision,
      data: JSON.stringify(result.data),
      needs: JSON.stringify(needs),
      submitted_by: access.requireUser().userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: inserted.id, needs: needs.length, data: result.data };
}

/**
 * Submits the FVN or the social anamnesis. Both follow a completed visit; the first FVN moves the
 * case to "assessed". A correction (corrects: the earlier submission) is a new revision.
 */
export async function submitCaseForm(
  access: AccessContext,
  config: CaseConfig,
  caseId: string,
  formKey: CaseForm,
  body: z.infer<typeof formSubmitBody>,
): Promise<CaseDetail> {
  const definition = formOf(config, access, formKey, body.formVersion);
  if (!definition) throw caseErrors.formNotConfigured();
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCase(trx, access, caseId);
    if (!atLeast(kase.stage, 'visited')) throw caseErrors.visitFirst();
    const stored = await storeSubmission(trx, access, kase, definition, body.data, body.corrects);
    if (formKey === 'fvn') await touchCase(trx, caseId, { stage: advance(kase.stage, 'assessed') });
    await recordEvent(trx, access, caseId, body.corrects ? 'form.corrected' : 'form.submitted', {
      form: formKey,
      version: definition.version,
      needs: stored.needs,
    });
    await access.audit(trx, {
      action: `case.form.${formKey}`,
      recordType: 'case',
      recordId: caseId,
      details: { submission: stored.id, ...(body.corrects ? { corrects: body.corrects } : {}) },
    });
  });
  return getCase(access, config, caseId, { audited: true });
}

import { officeToday } from '@vatra/core';
import type { CallView, callCreateBody, callStepBody, callUpdateBody } from '@vatra/core';
import { sql, type Updateable } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { callDb, type CallStatus, type CallsTable } from '../../storage/calls/tables.js';
import type { AccessContext } from '../access/context.js';
import { localCode, nextNumber } from '../cases/numbering.js';
import { userInstitution } from '../requests/parties.js';
import { findScheme } from '../requests/schemes.js';
import { callErrors } from './errors.js';
import { countMatches } from './matches.js';
import { getCall, requireCall, requireRunner, type CallDeps, type CallRow } from './read.js';

type CreateBody = z.infer<typeof callCreateBody>;
type UpdateBody = z.infer<typeof callUpdateBody>;
type StepBody = z.infer<typeof callStepBody>;

/**
 * Creates a draft call of the user's institution for a scheme tied to calls that the institution
 * decides: "PEJ-T-2026-01", numbered per municipality and the year it opens.
 */
export async function createCall(access: AccessContext, deps: CallDeps, body: CreateBody): Promise<CallView> {
  const user = access.requireUser();
  await access.requireScope('request.decide');
  const scheme = findScheme(access, deps, body.schemeCode);
  if (!scheme) throw callErrors.field('schemeCode', 'unknownScheme');
  if (!scheme.tiedToCall) throw callErrors.field('schemeCode', 'notTiedToCall');
  const institution = await userInstitution(access);
  if (institution.typeCode !== scheme.decidingInstitutionType) {
    await access.deny({ reason: 'not_deciding_institution', schemeCode: scheme.code });
    throw callErrors.field('schemeCode', 'notDecidingInstitution');
  }
  const place = await access.db
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['j.id', 'j.code'])
    .where('i.id', '=', institution.id)
    .executeTakeFirstOrThrow();

  const id = await access.db.transaction().execute(async (trx) => {
    const year = Number(body.opensOn.slice(0, 4));
    const value = await nextNumber(trx, `call:${place.code}`, year);
    const number = `${localCode(place.code)}-T-${year}-${String(value).padStart(2, '0')}`;
    const inserted = await callDb(trx)
      .insertInto('calls')
      .values({
        number,
        jurisdiction_id: place.id,
        institution_id: institution.id,
        scheme_code: scheme.code,
        title: body.title,
        description: body.description,
        opens_on: body.opensOn,
        closes_on: body.closesOn,
        budget: body.budget,
        currency: body.currency,
        status: 'draft',
        criteria: JSON.stringify(body.criteria),
        created_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'call.create',
      recordType: 'call',
      recordId: inserted.id,
      details: { number, schemeCode: scheme.code, budget: body.budget, criteria: body.criteria.length },
    });
    return inserted.id;
  });
  return getCall(access, deps, id);
}

function checkStep(access: AccessContext, row: CallRow, version: number, action: string, from: CallStatus) {
  if (row.version !== version) throw errors.conflict();
  if (row.status !== from) throw callErrors.invalidTransition(access.locale, action, row.status);
}

/** Writes the change guarded by version and status, with its audit entry, in one transaction. */
async function write(
  access: AccessContext,
  row: CallRow,
  version: number,
  from: CallStatus,
  values: Updateable<CallsTable>,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  await access.db.transaction().execute(async (trx) => {
    const result = await callDb(trx)
      .updateTable('calls')
      .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', row.id)
      .where('version', '=', version)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    await access.audit(trx, { action, recordType: 'call', recordId: row.id, details });
  });
}

/** Edits a draft call; once open, its terms are fixed (applicants rely on them). */
export async function updateCall(
  access: AccessContext,
  deps: CallDeps,
  id: string,
  body: UpdateBody,
): Promise<CallView> {
  const row = await requireCall(access, id);
  await requireRunner(access, row, 'request.decide');
  checkStep(access, row, body.version, 'edit', 'draft');
  const opensOn = body.opensOn ?? row.opens_on;
  const closesOn = body.closesOn ?? row.closes_on;
  if (closesOn < opensOn) throw callErrors.field('closesOn', 'closesBeforeOpens');
  const values: Updateable<CallsTable> = {};
  const changes: Record<string, [unknown, unknown]> = {};
  const text = (
    column: 'title' | 'description' | 'opens_on' | 'closes_on',
    field: string,
    value?: string,
  ) => {
    if (value === undefined || value === row[column]) return;
    values[column] = value;
    changes[field] = [row[column], value];
  };
  text('title', 'title', body.title);
  text('description', 'description', body.description);
  text('opens_on', 'opensOn', body.opensOn);
  text('closes_on', 'closesOn', body.closesOn);
  if (body.currency !== undefined && body.currency !== row.currency) {
    values.currency = body.currency;
    changes.currency = [row.currency, body.currency];
  }
  if (body.budget !== undefined && body.budget !== Number(row.budget)) {
    values.budget = body.budget;
    changes.budget = [Number(row.budget), body.budget];
  }
  if (body.criteria !== undefined && JSON.stringify(body.criteria) !== JSON.stringify(row.criteria)) {
    values.criteria = JSON.stringify(body.criteria);
    changes.criteria = [row.criteria, body.criteria];
  }
  await write(access, row, body.version, 'draft', values, 'call.update', { changes });
  return getCall(access, deps, id);
}

/**
 * Opens a draft call. The persons whose plans or assessments call for the scheme are not stored:
 * `GET /api/calls/:id/matches` computes them for the case managers; the audit entry keeps how
 * many there were when it opened.
 */
export async function openCall(
  access: AccessContext,
  deps: CallDeps,
  id: string,
  body: StepBody,
): Promise<CallView> {
  const row = await requireCall(access, id);
  await requireRunner(access, row, 'request.decide');
  checkStep(access, row, body.version, 'open', 'draft');
  if (row.closes_on < officeToday())
    throw callErrors.field('closesOn', 'callPastClose', { closesOn: row.closes_on });
  const matches = await countMatches(access, deps, row);
  await write(access, row, body.version, 'draft', { status: 'open', opened_at: new Date() }, 'call.open', {
    number: row.number,
    matches,
  });
  return getCall(access, deps, id);
}

/** Closes an open call: no more applications; scoring goes on until the ranking is final. */
export async function closeCall(
  access: AccessContext,
  deps: CallDeps,
  id: string,
  body: StepBody,
): Promise<CallView> {
  const row = await requireCall(access, id);
  await requireRunner(access, row, 'request.decide');
  checkStep(access, row, body.version, 'close', 'open');
  await write(access, row, body.version, 'open', { status: 'closed', closed_at: new Date() }, 'call.close', {
    number: row.number,
    applications: Number(row.applications),
  });
  return getCall(access, deps, id);
}

/** Makes a closed call's ranking final: the scores can no longer change. */
export async function rankCall(
  access: AccessContext,
  deps: CallDeps,
  id: string,
  body: StepBody,
): Promise<CallView> {
  const row = await requireCall(access, id);
  await requireRunner(access, row, 'request.decide');
  checkStep(access, row, body.version, 'rank', 'closed');
  await write(access, row, body.version, 'closed', { status: 'ranked' }, 'call.rank', { number: row.number });
  return getCall(access, deps, id);
}

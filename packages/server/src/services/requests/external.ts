import {
  officeDay,
  type InstitutionTypeConfig,
  type RequestView,
  type requestExternalDecisionBody,
} from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { requestDb } from '../../storage/requests/tables.js';
import type { AccessContext } from '../access/context.js';
import { recordDecision } from './decisions.js';
import { requestErrors } from './errors.js';
import { externalBodyType } from './external-bodies.js';
import { loadRequest, requireRequest, type RequestRow } from './read.js';
import type { RequestDeps } from './schemes.js';

// Decisions of bodies outside Vatra. The Tax Administration (ATK) decides the profit-tax
// exemption but has no users here: it answers by letter, and the case side that filed the
// request records the letter's decision. It is written through recordDecision like any other
// (numbered, benefit, case event, audit), with the body's reference number and the scan.

type Body = z.infer<typeof requestExternalDecisionBody>;

/** The institution row standing for the body where the request is (created once when missing). */
async function bodyInstitution(
  trx: Kysely<Database>,
  row: RequestRow,
  type: InstitutionTypeConfig,
): Promise<string> {
  const db = requestDb(trx);
  const existing = await db
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select('i.id')
    .where('i.type_code', '=', type.code)
    .where('i.active', '=', true)
    .where(sql<boolean>`starts_with(${row.path}, j.path)`)
    .orderBy(sql`length(j.path)`, 'desc')
    .executeTakeFirst();
  if (existing) return existing.id;
  // The jurisdiction of the body's level on the request's path (the country for ATK).
  const seat = await db
    .selectFrom('jurisdictions')
    .select(['id', 'code'])
    .where('level', '=', type.level)
    .where(sql<boolean>`starts_with(${row.path}, path)`)
    .executeTakeFirst();
  if (!seat) throw requestErrors.field('decidingType', 'noDecidingInstitution');
  const code = `${type.code}-${seat.code}`;
  await db
    .insertInto('institutions')
    .values({ code, type_code: type.code, name: JSON.stringify(type.name), jurisdiction_id: seat.id })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const created = await db
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return created.id;
}

/**
 * Records the decision of an external deciding body from its letter, on a submitted request
 * (or one under review). Only the case side that files requests (403 not_filer otherwise), only
 * for a body marked external (403 not_deciding_body: Vatra's own bodies decide themselves); the
 * letter must be a document of the case (422 naming letterDocumentId).
 */
export async function recordExternalDecision(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: Body,
): Promise<RequestView> {
  const { row, caseSide } = await requireRequest(access, id);
  if (!caseSide || !access.has('request.file')) {
    await access.deny({ reason: 'not_filer', action: 'recordExternal' }, 'request', id);
    throw requestErrors.notFiler();
  }
  const type = externalBodyType(access, deps, row.deciding_type);
  if (!type) {
    await access.deny({ reason: 'not_deciding_body', action: 'recordExternal' }, 'request', id);
    throw requestErrors.notDecidingBody();
  }
  if (row.version !== body.version) throw errors.conflict();
  if (row.status !== 'submitted' && row.status !== 'under_review')
    throw requestErrors.invalidTransition(access.locale, 'recordExternal', row.status);
  const submittedOn = row.submitted_at ? officeDay(new Date(row.submitted_at)) : null;
  if (submittedOn && body.decidedOn < submittedOn)
    throw requestErrors.field('decidedOn', 'decidedBeforeSubmitted');
  const letter = await requestDb(access.db)
    .selectFrom('documents')
    .select('id')
    .where('id', '=', body.letterDocumentId)
    .where('case_id', '=', row.case_id)
    .executeTakeFirst();
  if (!letter) throw requestErrors.field('letterDocumentId', 'documentNotInCase');
  const positive = body.outcome !== 'rejected';
  const amount = positive
    ? (body.amount ?? (row.amount_requested === null ? null : Number(row.amount_requested)))
    : null;

  await access.db.transaction().execute(async (trx) => {
    const institutionId = await bodyInstitution(trx, row, type);
    // The body took the request up when it wrote; the decision then follows the one path.
    const result = await requestDb(trx)
      .updateTable('requests')
      .set({
        status: 'under_review',
        deciding_institution_id: institutionId,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .where('status', 'in', ['submitted', 'under_review'])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    await recordDecision(trx, access, {
      requestId: id,
      institutionId,
      meetingItemId: null,
      outcome: body.outcome,
      amount,
      currency: amount === null ? null : (body.currency ?? row.currency ?? 'EUR'),
      reasons: body.reasons,
      decidedOn: body.decidedOn,
      letter: { reference: body.reference, letterDocumentId: body.letterDocumentId },
    });
  });
  return loadRequest(access, deps, id);
}

import {
  officeToday,
  type RequestView,
  type requestCreateBody,
  type requestDocumentBody,
  type requestUpdateBody,
} from '@vatra/core';
import { sql, type Updateable } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { requestDb, type RequestsTable } from '../../storage/requests/tables.js';
import type { AccessContext } from '../access/context.js';
import { callForFiling } from '../calls/apply.js';
import { recordEvent } from '../cases/events.js';
import { formatNumber, localCode, nextNumber } from '../cases/numbering.js';
import { requireCase } from '../cases/visibility.js';
import { requestErrors } from './errors.js';
import { loadRequest, requireRequest } from './read.js';
import { findScheme, schemeInPlace, type RequestDeps } from './schemes.js';

type CreateBody = z.infer<typeof requestCreateBody>;
type UpdateBody = z.infer<typeof requestUpdateBody>;
type DocumentBody = z.infer<typeof requestDocumentBody>;

/**
 * Files a draft request for a member of the case's household. The scheme's deciding body is
 * resolved now (the institution of its type nearest to the case's municipality) and the scheme's
 * executing type and appeal deadlines are copied, so a later catalogue change moves no clock.
 */
export async function createRequest(
  access: AccessContext,
  deps: RequestDeps,
  caseId: string,
  body: CreateBody,
): Promise<RequestView> {
  const user = access.requireUser();
  const header = await requireCase(access, caseId);
  if (header.status !== 'open') throw requestErrors.caseClosed();
  // The clocks copied below are the case's municipality's, where it has its own terms.
  const inPlace = schemeInPlace(access, deps, body.schemeCode, header.path);
  if (!inPlace) throw requestErrors.field('schemeCode', 'unknownScheme');
  if (!inPlace.offered) throw requestErrors.field('schemeCode', 'notOfferedHere');
  const { scheme } = inPlace;
  const personId = body.personId ?? header.personId;
  const member = await requestDb(access.db)
    .selectFrom('persons')
    .select('id')
    .where('id', '=', personId)
    .where('household_id', '=', header.householdId)
    .where('merged_into', 'is', null)
    .executeTakeFirst();
  if (!member) throw requestErrors.field('personId', 'personNotInCase');
  // An application to a call is decided by the institution running the call.
  const call = await callForFiling(access, scheme, body.callId, header.path, personId);
  const deciding = await access.db
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select('i.id')
    .where('i.type_code', '=', scheme.decidingInstitutionType)
    .where('i.active', '=', true)
    .where(sql<boolean>`starts_with(${header.path}, j.path)`)
    .orderBy(sql`length(j.path)`, 'desc')
    .executeTakeFirst();
  const jurisdiction = await access.db
    .selectFrom('jurisdictions')
    .select('code')
    .where('id', '=', header.jurisdictionId)
    .executeTakeFirstOrThrow();

  const id = await access.db.transaction().execute(async (trx) => {
    const year = Number(officeToday().slice(0, 4));
    const value = await nextNumber(trx, `request:${jurisdiction.code}`, year);
    const number = formatNumber(`${localCode(jurisdiction.code)}-K`, year, value);
    const inserted = await requestDb(trx)
      .insertInto('requests')
      .values({
        number,
        jurisdiction_id: header.jurisdictionId,
        case_id: caseId,
        person_id: personId,
        household_id: header.householdId,
        scheme_code: scheme.code,
        deciding_type: scheme.decidingInstitutionType,
        deciding_institution_id: call?.institutionId ?? deciding?.id ?? null,
        call_id: call?.id ?? null,
        executing_type: scheme.executingInstitutionType,
        appeal_window_days: scheme.appealWindowDays,
        appeal_decision_days: scheme.appealDecisionDays,
        status: 'draft',
        description: body.description,
        amount_requested: body.amountRequested ?? null,
        currency: body.amountRequested == null ? null : (body.currency ?? 'EUR'),
        filed_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const details = {
      requestId: inserted.id,
      requestNumber: number,
      schemeCode: scheme.code,
      ...(call ? { callId: call.id, callNumber: call.number } : {}),
    };
    await recordEvent(trx, access, caseId, 'request.filed', details, personId);
    await access.audit(trx, {
      action: 'request.file',
      recordType: 'request',
      recordId: inserted.id,
      details,
    });
    return inserted.id;
  });
  return loadRequest(access, deps, id);
}

/** Loads a draft the user may edit: case side, request.file, case open, version current. */
async function requireDraft(access: AccessContext, id: string, version: number, action: string) {
  const { row, caseSide } = await requireRequest(access, id);
  if (!caseSide || !access.has('request.file')) {
    await access.deny({ reason: 'not_filer', action }, 'request', id);
    throw requestErrors.notFiler();
  }
  if (row.caseStatus !== 'open') throw requestErrors.caseClosed();
  if (row.version !== version) throw errors.conflict();
  if (row.status !== 'draft') throw requestErrors.invalidTransition(access.locale, action, row.status);
  return row;
}

/** Edits a draft's description and amount. */
export async function updateRequest(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: UpdateBody,
): Promise<RequestView> {
  const row = await requireDraft(access, id, body.version, 'edit');
  const values: Updateable<RequestsTable> = {};
  const changes: Record<string, [unknown, unknown]> = {};
  if (body.description !== undefined && body.description !== row.description) {
    values.description = body.description;
    changes.description = [row.description, body.description];
  }
  if (body.amountRequested !== undefined) {
    values.amount_requested = body.amountRequested;
    values.currency = body.amountRequested === null ? null : (body.currency ?? row.currency ?? 'EUR');
    changes.amountRequested = [row.amount_requested, body.amountRequested];
  }
  await access.db.transaction().execute(async (trx) => {
    const result = await requestDb(trx)
      .updateTable('requests')
      .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    const details = { requestId: id, changes };
    await recordEvent(trx, access, row.case_id, 'request.updated', details, row.person_id);
    await access.audit(trx, { action: 'request.update', recordType: 'request', recordId: id, details });
  });
  return loadRequest(access, deps, id);
}

/** Attaches a document of the case to a requirement of the scheme, or waives it with a reason. */
export async function recordRequestDocument(
  access: AccessContext,
  deps: RequestDeps,
  id: string,
  body: DocumentBody,
): Promise<RequestView> {
  const user = access.requireUser();
  const row = await requireDraft(access, id, body.version, 'documents');
  const scheme = findScheme(access, deps, row.scheme_code);
  if (!scheme?.requiredDocuments.some((r) => r.code === body.requirement))
    throw requestErrors.field('requirement', 'unknownRequirement');
  if (body.documentId) {
    const document = await requestDb(access.db)
      .selectFrom('documents')
      .select('id')
      .where('id', '=', body.documentId)
      .where('case_id', '=', row.case_id)
      .executeTakeFirst();
    if (!document) throw requestErrors.field('documentId', 'documentNotInCase');
  }
  const documentId = body.documentId ?? null;
  const waivedReason = body.documentId ? null : (body.waivedReason ?? null);
  await access.db.transaction().execute(async (trx) => {
    const db = requestDb(trx);
    const result = await db
      .updateTable('requests')
      .set({ version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    await db
      .insertInto('request_documents')
      .values({
        request_id: id,
        requirement: body.requirement,
        document_id: documentId,
        waived_reason: waivedReason,
        recorded_by: user.userId,
      })
      .onConflict((oc) =>
        oc.columns(['request_id', 'requirement']).doUpdateSet({
          document_id: documentId,
          waived_reason: waivedReason,
          recorded_by: user.userId,
          recorded_at: new Date(),
        }),
      )
      .execute();
    const details = { requestId: id, requirement: body.requirement, documentId, waivedReason };
    await recordEvent(trx, access, row.case_id, 'request.document', details, row.person_id);
    await access.audit(trx, { action: 'request.document', recordType: 'request', recordId: id, details });
  });
  return loadRequest(access, deps, id);
}

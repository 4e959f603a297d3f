import type { DocumentSummary } from '@vatra/core';
import { HttpError, type FieldProblem } from '../../http/errors.js';
import { planDb } from '../../storage/action-plans/tables.js';
import type { BlobStore } from '../../storage/blobs/blob-store.js';
import type { AccessContext } from '../access/context.js';
import { documentErrors } from '../documents/errors.js';
import type { ReceivedForm } from '../documents/form.js';
import { openDocumentRow, type DocumentContent } from '../documents/read.js';
import { documentRows } from '../documents/rows.js';
import { randomUUID } from 'node:crypto';
import { errors } from '../../http/errors.js';
import { requireActionPlan } from './read.js';

/**
 * A scan that proves a manual indicator value (minutes, attendance list, a report): a document
 * of the plan, stored, checksummed and never overwritten like a case's documents. Whatever
 * refuses, the stored bytes are discarded again.
 */
export async function uploadEvidence(
  access: AccessContext,
  store: BlobStore,
  planId: string,
  form: ReceivedForm,
): Promise<DocumentSummary> {
  try {
    return await record(access, planId, form);
  } catch (error) {
    if (form.file) await store.discard(form.file.blob.key);
    throw error;
  }
}

async function record(access: AccessContext, planId: string, form: ReceivedForm): Promise<DocumentSummary> {
  const user = access.requireUser();
  const plan = await requireActionPlan(access, planId);
  const problems: Record<string, FieldProblem> = {};
  for (const name of [...Object.keys(form.problems), ...Object.keys(form.fields)])
    if (name !== 'note' || form.problems[name]) problems[name] = { key: 'server.fields.unknownField' };
  const note = form.fields.note?.trim() || null;
  if (note && note.length > 1000) problems.note = { key: 'server.fields.tooLong', values: { max: 1000 } };
  if (!form.file) problems.file = { key: 'server.documents.fileRequired' };
  else if (form.file.blob.size === 0) problems.file = { key: 'server.documents.emptyFile' };
  if (Object.keys(problems).length > 0 || !form.file)
    throw new HttpError(400, 'validation', 'server.errors.validation', {}, problems);
  const file = form.file;
  const contentType = file.contentType;
  if (!contentType) throw documentErrors.unsupportedType();
  return access.db.transaction().execute(async (trx) => {
    const inserted = await planDb(trx)
      .insertInto('documents')
      .values({
        jurisdiction_id: plan.municipality.id,
        case_id: null,
        person_id: null,
        action_plan_id: planId,
        submission_id: null,
        doc_type: 'evidence',
        series_id: randomUUID(),
        file_name: file.fileName,
        content_type: contentType,
        size_bytes: file.blob.size,
        sha256: file.blob.sha256,
        storage_key: file.blob.key,
        note,
        uploaded_by: user.userId,
      })
      .returning(['id', 'series_id', 'uploaded_at'])
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'action_plan.evidence',
      recordType: 'document',
      recordId: inserted.id,
      details: { planId, sha256: file.blob.sha256, size: file.blob.size, contentType },
    });
    return {
      id: inserted.id,
      seriesId: inserted.series_id,
      revision: 1,
      revisionCount: 1,
      docType: 'evidence',
      caseId: null,
      personId: null,
      careCaseId: null,
      submissionId: null,
      jurisdictionId: plan.municipality.id,
      fileName: file.fileName,
      contentType,
      sizeBytes: file.blob.size,
      sha256: file.blob.sha256,
      note,
      uploadedBy: { id: user.userId, name: user.fullName },
      uploadedAt: inserted.uploaded_at.toISOString(),
    };
  });
}

/** An evidence file of this plan, for download. */
export async function openEvidence(
  access: AccessContext,
  store: BlobStore,
  planId: string,
  documentId: string,
): Promise<DocumentContent> {
  await requireActionPlan(access, planId);
  const row = await documentRows(access.db)
    .where('d.id', '=', documentId)
    .where('d.action_plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  return openDocumentRow(access, store, row);
}

import { randomUUID } from 'node:crypto';
import { documentUploadFields, type DocumentSummary, type DocumentUploadFields } from '@vatra/core';
import type { FieldProblem } from '../../http/errors.js';
import { HttpError, errors } from '../../http/errors.js';
import { fieldName, fieldProblem } from '../../http/validation.js';
import type { BlobStore } from '../../storage/blobs/blob-store.js';
import { caseDb } from '../../storage/cases/tables.js';
import { findPerson } from '../../storage/registry/persons.js';
import type { AccessContext } from '../access/context.js';
import { recordEvent } from '../cases/events.js';
import { requireCase, type CaseHeader } from '../cases/visibility.js';
import { isUniqueViolation, requireVisiblePerson } from '../registry/persons.js';
import { documentErrors } from './errors.js';
import type { ReceivedFile, ReceivedForm } from './form.js';

/**
 * Records an upload whose bytes are already in the store: checks the fields, the file's type
 * and the user's reach, then writes the document row, the case event and the audit entry in one
 * transaction. Whatever refuses or fails, the stored bytes are discarded again, so no blob is
 * left without a record and no record without its blob.
 */
export async function uploadDocument(
  access: AccessContext,
  store: BlobStore,
  form: ReceivedForm,
): Promise<DocumentSummary> {
  try {
    return await record(access, form);
  } catch (error) {
    if (form.file) await store.discard(form.file.blob.key);
    throw error;
  }
}

async function record(access: AccessContext, form: ReceivedForm): Promise<DocumentSummary> {
  const user = access.requireUser();
  const { fields, file } = checkForm(form);

  let caseRow: CaseHeader | undefined;
  let jurisdictionId: string;
  if (fields.caseId) {
    caseRow = await requireCaseRef(access, fields.caseId);
    jurisdictionId = caseRow.jurisdictionId;
    if (fields.personId) {
      const person = await findPerson(access.db, fields.personId);
      if (!person) throw errors.badReference('personId');
      if (person.householdId !== caseRow.householdId && person.id !== caseRow.personId)
        throw documentErrors.personNotInCase();
    }
  } else {
    const person = await requireVisiblePerson(access, fields.personId ?? '', 'personId');
    jurisdictionId = person.jurisdictionId;
  }
  if (fields.submissionId) {
    const submission = fields.caseId
      ? await caseDb(access.db)
          .selectFrom('form_submissions')
          .select('id')
          .where('id', '=', fields.submissionId)
          .where('case_id', '=', fields.caseId)
          .executeTakeFirst()
      : undefined;
    if (!submission) throw errors.badReference('submissionId');
  }

  try {
    return await access.db.transaction().execute(async (trx) => {
      const db = caseDb(trx);
      let seriesId: string = randomUUID();
      let revision = 1;
      if (fields.seriesId) {
        const latest = await db
          .selectFrom('documents')
          .select(['revision', 'case_id', 'person_id', 'doc_type'])
          .where('series_id', '=', fields.seriesId)
          .orderBy('revision', 'desc')
          .limit(1)
          .forUpdate()
          .executeTakeFirst();
        if (!latest) throw errors.badReference('seriesId');
        if (
          latest.case_id !== (fields.caseId ?? null) ||
          latest.person_id !== (fields.personId ?? null) ||
          latest.doc_type !== fields.docType
        )
          throw documentErrors.seriesMismatch();
        seriesId = fields.seriesId;
        revision = latest.revision + 1;
      }
      const inserted = await db
        .insertInto('documents')
        .values({
          jurisdiction_id: jurisdictionId,
          case_id: fields.caseId ?? null,
          person_id: fields.personId ?? null,
          submission_id: fields.submissionId ?? null,
          doc_type: fields.docType,
          series_id: seriesId,
          revision,
          file_name: file.fileName,
          content_type: file.contentType,
          size_bytes: file.blob.size,
          sha256: file.blob.sha256,
          storage_key: file.blob.key,
          note: fields.note ?? null,
          uploaded_by: user.userId,
        })
        .returning(['id', 'uploaded_at'])
        .executeTakeFirstOrThrow();
      const facts = {
        documentId: inserted.id,
        docType: fields.docType,
        seriesId,
        revision,
        personId: fields.personId ?? null,
        sha256: file.blob.sha256,
        size: file.blob.size,
      };
      if (caseRow) {
        await recordEvent(
          trx,
          access,
          caseRow.id,
          revision === 1 ? 'document.uploaded' : 'document.corrected',
          facts,
          fields.personId ?? null,
        );
      }
      await access.audit(trx, {
        action: revision === 1 ? 'document.upload' : 'document.correct',
        recordType: 'document',
        recordId: inserted.id,
        details: { ...facts, caseId: fields.caseId ?? null, contentType: file.contentType },
      });
      return {
        id: inserted.id,
        seriesId,
        revision,
        revisionCount: revision,
        docType: fields.docType,
        caseId: fields.caseId ?? null,
        personId: fields.personId ?? null,
        submissionId: fields.submissionId ?? null,
        jurisdictionId,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.blob.size,
        sha256: file.blob.sha256,
        note: fields.note ?? null,
        uploadedBy: { id: user.userId, name: user.fullName },
        uploadedAt: inserted.uploaded_at.toISOString(),
      };
    });
  } catch (error) {
    // Two corrections of one document at the same moment: the later one must reload.
    if (isUniqueViolation(error)) throw errors.conflict();
    throw error;
  }
}

type CheckedFile = ReceivedFile & { contentType: NonNullable<ReceivedFile['contentType']> };

/** 400 naming every field that is wrong or missing, then 415 for a file of the wrong kind. */
function checkForm(form: ReceivedForm): { fields: DocumentUploadFields; file: CheckedFile } {
  const problems: Record<string, FieldProblem> = {};
  for (const [name, problem] of Object.entries(form.problems)) {
    problems[name] =
      problem === 'oneFile'
        ? { key: 'server.documents.oneFile' }
        : problem === 'tooLong'
          ? { key: 'server.fields.tooLong', values: { max: 1000 } }
          : { key: 'server.fields.unknownField' };
  }
  const parsed = documentUploadFields.safeParse(form.fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems[key] ??= { key: 'server.fields.unknownField' };
        continue;
      }
      const name = fieldName(issue.path);
      if (issue.code === 'custom') problems[name] ??= { key: 'server.documents.caseOrPerson' };
      else if ((form.fields[name] ?? '').trim() === '') problems[name] ??= { key: 'server.fields.required' };
      else problems[name] ??= fieldProblem(issue as Parameters<typeof fieldProblem>[0]);
    }
  }
  if (!form.fields.caseId?.trim() && !form.fields.personId?.trim())
    problems.caseId ??= { key: 'server.documents.caseOrPerson' };
  if (!form.file) problems.file ??= { key: 'server.documents.fileRequired' };
  else if (form.file.blob.size === 0) problems.file ??= { key: 'server.documents.emptyFile' };
  if (Object.keys(problems).length > 0 || !parsed.success || !form.file)
    throw new HttpError(400, 'validation', 'server.errors.validation', {}, problems);
  const file = form.file;
  if (!file.contentType) throw documentErrors.unsupportedType();
  return { fields: parsed.data, file: { ...file, contentType: file.contentType } };
}

/** The case an upload names: refused like any case read, and a missing one is a bad reference. */
async function requireCaseRef(access: AccessContext, caseId: string): Promise<CaseHeader> {
  try {
    return await requireCase(access, caseId);
  } catch (error) {
    if (error instanceof HttpError && error.code === 'not_found') throw errors.badReference('caseId');
    throw error;
  }
}

import { randomUUID } from 'node:crypto';
import type { DocumentSummary, DocumentType } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import type { FieldProblem } from '../../http/errors.js';
import { HttpError, errors } from '../../http/errors.js';
import { fieldName, fieldProblem } from '../../http/validation.js';
import type { BlobStore } from '../../storage/blobs/blob-store.js';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { isUniqueViolation } from '../registry/persons.js';
import { documentErrors } from './errors.js';
import type { ReceivedFile, ReceivedForm } from './form.js';

// What every upload shares, whoever owns the document (a returnee case or person, a care case):
// the form's checks, the file's type by its bytes and its name, the revision of a series, the
// row and the audit entry in one transaction. The owner decides who may upload and what the
// timeline records (upload.ts for returnee cases and persons, care.ts for care cases).

/** The fields every upload form has; the owner's schema adds its own. */
export interface CommonUploadFields {
  docType: DocumentType;
  note?: string | undefined;
  seriesId?: string | undefined;
}

export type CheckedFile = ReceivedFile & { contentType: NonNullable<ReceivedFile['contentType']> };

export interface DocumentOwner {
  case_id: string | null;
  person_id: string | null;
  care_case_id: string | null;
  submission_id: string | null;
  jurisdictionId: string;
  /** Inside the transaction, before anything is written: lock the owner, refuse a closed one. */
  lock?: (trx: Kysely<Database>) => Promise<void>;
  /** The owner's timeline entry, in the same transaction. */
  recordEvent?: (trx: Kysely<Database>, corrected: boolean, facts: Record<string, unknown>) => Promise<void>;
}

/**
 * Runs an upload whose bytes are already in the store; whatever refuses or fails, the stored
 * bytes are discarded again, so no blob is left without a record and no record without its blob.
 */
export async function keepOrDiscard<T>(
  store: BlobStore,
  form: ReceivedForm,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (form.file) await store.discard(form.file.blob.key);
    throw error;
  }
}

/** The file name's extension and the types it promises; a name without one promises nothing. */
const EXTENSIONS: Record<string, CheckedFile['contentType']> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  png: 'image/png',
};

/**
 * 400 naming every field that is wrong or missing, then 415 for a file of the wrong kind: not a
 * PDF, JPEG or PNG by its bytes, or bytes of one kind under the name of another (a PNG named
 * .pdf), which would open in the wrong program on the reader's computer.
 */
export function checkUploadForm<T extends CommonUploadFields>(
  form: ReceivedForm,
  schema: z.ZodType<T>,
  extra: (fields: Record<string, string>) => Record<string, FieldProblem> = () => ({}),
): { fields: T; file: CheckedFile } {
  const problems: Record<string, FieldProblem> = {};
  for (const [name, problem] of Object.entries(form.problems)) {
    problems[name] =
      problem === 'oneFile'
        ? { key: 'server.documents.oneFile' }
        : problem === 'tooLong'
          ? { key: 'server.fields.tooLong', values: { max: 1000 } }
          : { key: 'server.fields.unknownField' };
  }
  const parsed = schema.safeParse(form.fields);
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
  for (const [name, problem] of Object.entries(extra(form.fields))) problems[name] ??= problem;
  if (!form.file) problems.file ??= { key: 'server.documents.fileRequired' };
  else if (form.file.blob.size === 0) problems.file ??= { key: 'server.documents.emptyFile' };
  if (Object.keys(problems).length > 0 || !parsed.success || !form.file)
    throw new HttpError(400, 'validation', 'server.errors.validation', {}, problems);
  const file = form.file;
  if (!file.contentType) throw documentErrors.unsupportedType();
  const extension = /\.([A-Za-z]{3,4})$/.exec(file.fileName)?.[1]?.toLowerCase();
  const promised = extension ? EXTENSIONS[extension] : undefined;
  if (promised && promised !== file.contentType) throw documentErrors.nameMismatch();
  return { fields: parsed.data, file: { ...file, contentType: file.contentType } };
}

/**
 * Writes a document (a new series, or the next revision of `seriesId`, which must belong to the
 * same owner and type), the owner's timeline entry and the audit entry, in one transaction.
 */
export async function storeDocument(
  access: AccessContext,
  fields: CommonUploadFields,
  file: CheckedFile,
  owner: DocumentOwner,
): Promise<DocumentSummary> {
  const user = access.requireUser();
  try {
    return await access.db.transaction().execute(async (trx) => {
      await owner.lock?.(trx);
      const db = caseDb(trx);
      let seriesId: string = randomUUID();
      let revision = 1;
      if (fields.seriesId) {
        const latest = await db
          .selectFrom('documents')
          .select(['revision', 'case_id', 'person_id', 'care_case_id', 'doc_type'])
          .where('series_id', '=', fields.seriesId)
          .orderBy('revision', 'desc')
          .limit(1)
          .forUpdate()
          .executeTakeFirst();
        if (!latest) throw errors.badReference('seriesId');
        if (
          latest.case_id !== owner.case_id ||
          latest.person_id !== owner.person_id ||
          latest.care_case_id !== owner.care_case_id ||
          latest.doc_type !== fields.docType
        )
          throw documentErrors.seriesMismatch();
        seriesId = fields.seriesId;
        revision = latest.revision + 1;
      }
      const inserted = await db
        .insertInto('documents')
        .values({
          jurisdiction_id: owner.jurisdictionId,
          case_id: owner.case_id,
          person_id: owner.person_id,
          care_case_id: owner.care_case_id,
          submission_id: owner.submission_id,
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
        personId: owner.person_id,
        sha256: file.blob.sha256,
        size: file.blob.size,
      };
      await owner.recordEvent?.(trx, revision > 1, facts);
      await access.audit(trx, {
        action: revision === 1 ? 'document.upload' : 'document.correct',
        recordType: 'document',
        recordId: inserted.id,
        details: {
          ...facts,
          caseId: owner.case_id,
          ...(owner.care_case_id ? { careCaseId: owner.care_case_id } : {}),
          contentType: file.contentType,
        },
      });
      return {
        id: inserted.id,
        seriesId,
        revision,
        revisionCount: revision,
        docType: fields.docType,
        caseId: owner.case_id,
        personId: owner.person_id,
        careCaseId: owner.care_case_id,
        submissionId: owner.submission_id,
        jurisdictionId: owner.jurisdictionId,
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

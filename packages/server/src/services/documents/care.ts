import {
  careDocumentUploadFields,
  DOCUMENT_TYPES,
  type CareDocumentList,
  type DocumentDetail,
  type DocumentSummary,
} from '@vatra/core';
import { errors } from '../../http/errors.js';
import type { BlobStore } from '../../storage/blobs/blob-store.js';
import type { AccessContext } from '../access/context.js';
import { lockCareCase, requireCareCase } from '../care/access.js';
import { recordCareEvent } from '../care/events.js';
import type { ReceivedForm } from './form.js';
import { openDocumentRow, type DocumentContent } from './read.js';
import { documentRows, latestRevision, toSummary, type DocumentRow } from './rows.js';
import { checkUploadForm, keepOrDiscard, storeDocument } from './store.js';

// Documents of a social-care case (issue 6 item 10): the same checks, revisions, blob store and
// audit as a returnee case's, and exactly the care case's access rule (services/care/access.ts:
// jurisdiction, sensitivity, and a DV case only for care.dv holders on its team or in its group).
// Every read and download is audited; a refusal too, by requireCareCase.

/** Uploads a document (or a corrected revision) of a care case; the case is locked and must be open. */
export async function uploadCareDocument(
  access: AccessContext,
  store: BlobStore,
  careCaseId: string,
  form: ReceivedForm,
): Promise<DocumentSummary> {
  return keepOrDiscard(store, form, async () => {
    const kase = await requireCareCase(access, careCaseId);
    const { fields, file } = checkUploadForm(form, careDocumentUploadFields);
    return storeDocument(access, fields, file, {
      case_id: null,
      person_id: null,
      care_case_id: careCaseId,
      submission_id: null,
      jurisdictionId: kase.jurisdictionId,
      lock: async (trx) => {
        await lockCareCase(trx, access, careCaseId);
      },
      recordEvent: (trx, corrected, facts) =>
        recordCareEvent(
          trx,
          access,
          careCaseId,
          corrected ? 'care.document.corrected' : 'care.document.uploaded',
          facts,
        ),
    });
  });
}

/** A care case's documents (latest revision of each, newest first) and their counts by type. */
export async function listCareDocuments(
  access: AccessContext,
  careCaseId: string,
): Promise<CareDocumentList> {
  await requireCareCase(access, careCaseId);
  const rows = await documentRows(access.db)
    .where('d.care_case_id', '=', careCaseId)
    .where(latestRevision)
    .orderBy('d.uploaded_at', 'desc')
    .orderBy('d.id')
    .execute();
  await access.audit(access.db, {
    action: 'document.list',
    recordType: 'care_case',
    recordId: careCaseId,
    details: { count: rows.length },
  });
  const counts = DOCUMENT_TYPES.flatMap((docType) => {
    const ofType = rows.filter((row) => row.doc_type === docType);
    return ofType.length === 0
      ? []
      : [
          {
            docType,
            documents: ofType.length,
            revisions: ofType.reduce((sum, row) => sum + row.revision_count, 0),
          },
        ];
  });
  return { items: rows.map(toSummary), counts };
}

/** One document of the care case, or 404 when it belongs to another record. */
async function requireCareDocument(
  access: AccessContext,
  careCaseId: string,
  documentId: string,
): Promise<DocumentRow> {
  await requireCareCase(access, careCaseId);
  const row = await documentRows(access.db)
    .where('d.id', '=', documentId)
    .where('d.care_case_id', '=', careCaseId)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  return row;
}

/** One document of a care case with every revision of its series, oldest first; audited. */
export async function getCareDocument(
  access: AccessContext,
  careCaseId: string,
  documentId: string,
): Promise<DocumentDetail> {
  const row = await requireCareDocument(access, careCaseId, documentId);
  const revisions = await documentRows(access.db)
    .where('d.series_id', '=', row.series_id)
    .orderBy('d.revision')
    .execute();
  await access.audit(access.db, {
    action: 'document.read',
    recordType: 'document',
    recordId: documentId,
    details: { careCaseId },
  });
  return { ...toSummary(row), revisions: revisions.map(toSummary) };
}

/** The stored bytes of one revision of a care case's document, audited as a download. */
export async function openCareDocument(
  access: AccessContext,
  store: BlobStore,
  careCaseId: string,
  documentId: string,
): Promise<DocumentContent> {
  return openDocumentRow(access, store, await requireCareDocument(access, careCaseId, documentId));
}

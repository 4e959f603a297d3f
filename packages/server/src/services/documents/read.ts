import type { DocumentDetail, DocumentList } from '@vatra/core';
import { sql, type SqlBool } from 'kysely';
import type { Readable } from 'node:stream';
import { BlobNotFoundError, type BlobStore } from '../../storage/blobs/blob-store.js';
import type { AccessContext } from '../access/context.js';
import { caseVisible, requireCase } from '../cases/visibility.js';
import { requireVisiblePerson } from '../registry/persons.js';
import { documentErrors } from './errors.js';
import { documentRows, latestRevision, requireDocument, toSummary, type DocumentRow } from './rows.js';

/** A case's documents: the latest revision of each, newest first. */
export async function listCaseDocuments(access: AccessContext, caseId: string): Promise<DocumentList> {
  await requireCase(access, caseId);
  const rows = await documentRows(access.db)
    .where('d.case_id', '=', caseId)
    .where(latestRevision)
    .orderBy('d.uploaded_at', 'desc')
    .orderBy('d.id')
    .execute();
  await access.audit(access.db, {
    action: 'document.list',
    recordType: 'case',
    recordId: caseId,
    details: { count: rows.length },
  });
  return { items: rows.map(toSummary) };
}

/**
 * A person's documents: their own (ID, certificates) and those of cases about them that the
 * user may see; the latest revision of each, newest first.
 */
export async function listPersonDocuments(access: AccessContext, personId: string): Promise<DocumentList> {
  await requireVisiblePerson(access, personId);
  const caseDocuments = access.has('case.read')
    ? sql<SqlBool>`exists (select 1 from cases c join jurisdictions cj on cj.id = c.jurisdiction_id
        where c.id = d.case_id and ${access.inJurisdiction('cj.path')} and ${caseVisible(access, 'c')})`
    : sql<SqlBool>`false`;
  const rows = await documentRows(access.db)
    .where('d.person_id', '=', personId)
    .where(latestRevision)
    .where((eb) => eb.or([eb('d.case_id', 'is', null), caseDocuments]))
    .orderBy('d.uploaded_at', 'desc')
    .orderBy('d.id')
    .execute();
  await access.audit(access.db, {
    action: 'document.list',
    recordType: 'person',
    recordId: personId,
    details: { count: rows.length },
  });
  return { items: rows.map(toSummary) };
}

/** One document with every revision of its series, oldest first. */
export async function getDocument(access: AccessContext, id: string): Promise<DocumentDetail> {
  const row = await requireDocument(access, id);
  const revisions = await documentRows(access.db)
    .where('d.series_id', '=', row.series_id)
    .orderBy('d.revision')
    .execute();
  await access.audit(access.db, { action: 'document.read', recordType: 'document', recordId: id });
  return { ...toSummary(row), revisions: revisions.map(toSummary) };
}

export interface DocumentContent {
  stream: Readable;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** The stored bytes of one revision, audited as a download. */
export async function openDocument(
  access: AccessContext,
  store: BlobStore,
  id: string,
): Promise<DocumentContent> {
  return openDocumentRow(access, store, await requireDocument(access, id));
}

/** The stored bytes of a document row the caller has already checked, audited as a download. */
export async function openDocumentRow(
  access: AccessContext,
  store: BlobStore,
  row: DocumentRow,
): Promise<DocumentContent> {
  const id = row.id;
  let stream: Readable;
  try {
    stream = await store.get(row.storage_key);
  } catch (error) {
    if (!(error instanceof BlobNotFoundError)) throw error;
    await access.audit(access.db, {
      action: 'document.download',
      outcome: 'failed',
      recordType: 'document',
      recordId: id,
      details: { reason: 'content_missing', storageKey: row.storage_key },
    });
    throw documentErrors.contentMissing();
  }
  try {
    await access.audit(access.db, {
      action: 'document.download',
      recordType: 'document',
      recordId: id,
      details: { sha256: row.sha256 },
    });
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return {
    stream,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size_bytes),
    sha256: row.sha256,
  };
}

/**
 * Content-Disposition for a download: an ASCII fallback name and the real one encoded as
 * RFC 5987 (filename*=UTF-8''…), so "Vërtetim për Arbër.pdf" arrives as it was uploaded.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%]/g, '_')
    .trim();
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(ascii)?.[0] ?? '';
  const fallback = ascii.slice(0, ascii.length - extension.length).trim() ? ascii : `document${extension}`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

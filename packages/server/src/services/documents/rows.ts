import type { DocumentSummary } from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { requireCareCase } from '../care/access.js';
import { requireCase } from '../cases/visibility.js';
import { requireVisiblePerson } from '../registry/persons.js';

/** Documents with their uploader's name and the number of revisions in their series. */
export function documentRows(db: Kysely<Database>) {
  return caseDb(db)
    .selectFrom('documents as d')
    .innerJoin('users as u', 'u.id', 'd.uploaded_by')
    .select([
      'd.id',
      'd.series_id',
      'd.revision',
      'd.doc_type',
      'd.case_id',
      'd.person_id',
      'd.action_plan_id',
      'd.care_case_id',
      'd.submission_id',
      'd.jurisdiction_id',
      'd.file_name',
      'd.content_type',
      'd.size_bytes',
      'd.sha256',
      'd.storage_key',
      'd.note',
      'd.uploaded_by',
      'd.uploaded_at',
      'u.full_name as uploader_name',
      sql<number>`(select count(*)::int from documents r where r.series_id = d.series_id)`.as(
        'revision_count',
      ),
    ]);
}

export type DocumentRow = Awaited<ReturnType<ReturnType<typeof documentRows>['executeTakeFirstOrThrow']>>;

/** Only the latest revision of each series. */
export const latestRevision = sql<boolean>`d.revision = (select max(r.revision) from documents r where r.series_id = d.series_id)`;

export function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    seriesId: row.series_id,
    revision: row.revision,
    revisionCount: row.revision_count,
    docType: row.doc_type,
    caseId: row.case_id,
    personId: row.person_id,
    careCaseId: row.care_case_id,
    submissionId: row.submission_id,
    jurisdictionId: row.jurisdiction_id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    note: row.note,
    uploadedBy: { id: row.uploaded_by, name: row.uploader_name },
    uploadedAt: row.uploaded_at.toISOString(),
  };
}

/**
 * A document the user may see, or a refusal: a case's document as its case (jurisdiction,
 * sensitivity, team), a person's document as that person (jurisdiction, sensitivity), a care
 * case's as its care case, a plan's evidence to those who read plans. Refusals are audited by
 * the helpers.
 */
export async function requireDocument(access: AccessContext, id: string): Promise<DocumentRow> {
  const row = await documentRows(access.db).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound();
  if (row.case_id) await requireCase(access, row.case_id);
  else if (row.person_id) await requireVisiblePerson(access, row.person_id);
  // A care case's document: exactly as its care case (care.read, then jurisdiction, sensitivity
  // and the DV rule of services/care/access.ts), each refusal audited.
  else if (row.care_case_id) {
    await access.requireScope('care.read');
    await requireCareCase(access, row.care_case_id);
  }
  // Evidence of an action plan (jurisdiction checked by the route): for those who read plans.
  else if (row.action_plan_id) await access.requireScope('plan.read');
  return row;
}

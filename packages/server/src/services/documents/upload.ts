import { documentUploadFields, type DocumentSummary } from '@vatra/core';
import { HttpError, errors, type FieldProblem } from '../../http/errors.js';
import type { BlobStore } from '../../storage/blobs/blob-store.js';
import { caseDb } from '../../storage/cases/tables.js';
import { findPerson } from '../../storage/registry/persons.js';
import type { AccessContext } from '../access/context.js';
import { recordEvent } from '../cases/events.js';
import { requireCase, type CaseHeader } from '../cases/visibility.js';
import { requireVisiblePerson } from '../registry/persons.js';
import { documentErrors } from './errors.js';
import type { ReceivedForm } from './form.js';
import { checkUploadForm, keepOrDiscard, storeDocument, type DocumentOwner } from './store.js';

/**
 * Records an upload of a returnee case or a person whose bytes are already in the store: checks
 * the fields, the file's type and the user's reach, then writes the document row, the case event
 * and the audit entry in one transaction (store.ts). Whatever refuses or fails, the stored bytes
 * are discarded again.
 */
export async function uploadDocument(
  access: AccessContext,
  store: BlobStore,
  form: ReceivedForm,
): Promise<DocumentSummary> {
  return keepOrDiscard(store, form, async () => {
    access.requireUser();
    const { fields, file } = checkUploadForm(
      form,
      documentUploadFields,
      (raw): Record<string, FieldProblem> =>
        !raw.caseId?.trim() && !raw.personId?.trim()
          ? { caseId: { key: 'server.documents.caseOrPerson' } }
          : {},
    );
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
    const caseId = caseRow?.id;
    const owner: DocumentOwner = {
      case_id: fields.caseId ?? null,
      person_id: fields.personId ?? null,
      care_case_id: null,
      submission_id: fields.submissionId ?? null,
      jurisdictionId,
      ...(caseId
        ? {
            recordEvent: (trx, corrected, facts) =>
              recordEvent(
                trx,
                access,
                caseId,
                corrected ? 'document.corrected' : 'document.uploaded',
                facts,
                fields.personId ?? null,
              ),
          }
        : {}),
    };
    return storeDocument(access, fields, file, owner);
  });
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

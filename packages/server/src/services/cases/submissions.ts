import type { NeedView, SubmissionView } from '@vatra/core';
import { errors } from '../../http/errors.js';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { requireCase } from './visibility.js';

/** One filled form of a case, any revision (the case file lists only the newest). */
export async function getSubmission(
  access: AccessContext,
  caseId: string,
  submissionId: string,
): Promise<SubmissionView> {
  await requireCase(access, caseId);
  const row = await caseDb(access.db)
    .selectFrom('form_submissions as f')
    .innerJoin('users as u', 'u.id', 'f.submitted_by')
    .selectAll('f')
    .select('u.full_name')
    .where('f.id', '=', submissionId)
    .where('f.case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  await access.audit(access.db, {
    action: 'case.form.read',
    recordType: 'case',
    recordId: caseId,
    details: { submission: submissionId },
  });
  return {
    id: row.id,
    formKey: row.form_key,
    formVersion: row.form_version,
    seriesId: row.series_id,
    revision: row.revision,
    data: row.data,
    needs: row.needs as NeedView[],
    submittedBy: { id: row.submitted_by, fullName: row.full_name },
    submittedAt: new Date(row.submitted_at).toISOString(),
  };
}

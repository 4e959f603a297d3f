import { HttpError } from '../../http/errors.js';

/** Refusals of the case path, each with its catalog key (server.cases.*). */
export const caseErrors = {
  closed: () => new HttpError(409, 'case_closed', 'server.cases.caseClosed'),
  exists: (number: string) => new HttpError(409, 'case_exists', 'server.cases.caseExists', { number }),
  transferred: () => new HttpError(409, 'case_transferred', 'server.cases.transferred'),
  notClosed: () => new HttpError(409, 'case_open', 'server.cases.notClosed'),
  visitFirst: () => new HttpError(409, 'visit_first', 'server.cases.visitFirst'),
  assessmentFirst: () => new HttpError(409, 'assessment_first', 'server.cases.assessmentFirst'),
  planFirst: () => new HttpError(409, 'plan_first', 'server.cases.planFirst'),
  planFrozen: () => new HttpError(409, 'plan_frozen', 'server.cases.planFrozen'),
  planNotDraft: () => new HttpError(409, 'plan_not_draft', 'server.cases.planNotDraft'),
  draftExists: () => new HttpError(409, 'draft_exists', 'server.cases.draftExists'),
  monitoringExists: (period: string) =>
    new HttpError(409, 'monitoring_exists', 'server.cases.monitoringExists', { period }),
  formNotConfigured: () => new HttpError(404, 'form_not_configured', 'server.cases.formNotConfigured'),
  /** A field whose value is well-formed but not acceptable here. */
  field: (
    field: string,
    key:
      | 'futureDate'
      | 'unknownService'
      | 'notMember'
      | 'notCaseManager'
      | 'sameJurisdiction'
      | 'unknownNeed'
      | 'residentNoCase'
      | 'residentNoCertificate',
  ) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.cases.fields.${key}` } },
    ),
};

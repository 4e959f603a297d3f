import { HttpError } from '../../http/errors.js';

/** Refusals of the social-care path, each with its catalog key (server.care.*). */
export const careErrors = {
  closed: () => new HttpError(409, 'care_closed', 'server.care.closed'),
  assessmentFirst: () => new HttpError(409, 'assessment_first', 'server.care.assessmentFirst'),
  planFirst: () => new HttpError(409, 'plan_first', 'server.care.planFirst'),
  /** A referral answered twice. */
  referralAnswered: () => new HttpError(409, 'referral_answered', 'server.care.referralAnswered'),
  /** A follow-up before the service accepted the person (or after it declined). */
  referralNotAccepted: () => new HttpError(409, 'referral_not_accepted', 'server.care.referralNotAccepted'),
  /** Changing a case's sensitivity takes care.manage, or care.dv on the case's team or group. */
  sensitivityNotAllowed: () =>
    new HttpError(403, 'sensitivity_change_not_allowed', 'server.care.sensitivityNotAllowed'),
  formNotConfigured: () => new HttpError(404, 'form_not_configured', 'server.care.formNotConfigured'),
  /** A field whose value is well-formed but not acceptable here. */
  field: (
    field: string,
    key:
      | 'referrerRequired'
      | 'returneeCaseRequired'
      | 'notPersonsCase'
      | 'unknownService'
      | 'notInPlan'
      | 'destinationRequired'
      | 'declineReasonRequired'
      | 'notCareJurisdiction'
      | 'dvRestricted'
      | 'sensitivityUnchanged',
  ) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.care.fields.${key}` } },
    ),
};

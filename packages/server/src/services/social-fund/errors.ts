import { translate, type Locale } from '@vatra/core';
import { HttpError } from '../../http/errors.js';

type FieldKey =
  | 'unknownService'
  | 'providerNotHere'
  | 'providerNotNgo'
  | 'approvedAboveRequested'
  | 'outsideJurisdiction'
  | 'periodOrder'
  | 'recipientOne';

/** Refusals of the social-fund area, each with its catalog key (server.socialFund.*). */
export const socialFundErrors = {
  /** Neither care.manage/plan.edit (writes) nor care.read/plan.read (reads). */
  /** The step is not allowed from the request's status: the message names both, localized. */
  invalidTransition: (locale: Locale, action: string, status: string) =>
    new HttpError(409, 'invalid_transition', 'server.socialFund.invalidTransition', {
      action: translate(locale, `server.socialFund.action.${action}`),
      status: translate(locale, `server.socialFund.status.${status}`),
    }),
  /** A second request for the same municipality, year and service line. */
  duplicateLine: () => new HttpError(409, 'duplicate_line', 'server.socialFund.duplicateLine'),
  /** A field that is missing (400, like the schema's own refusals). */
  required: (field: string) =>
    new HttpError(
      400,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: 'server.fields.required' } },
    ),
  /** A field whose value is well-formed but not acceptable here. */
  field: (field: string, key: FieldKey, values: Record<string, string | number> = {}) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.socialFund.${key}`, values } },
    ),
};

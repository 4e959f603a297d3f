import { translate, type Locale } from '@vatra/core';
import { HttpError } from '../../http/errors.js';
import type { CallStatus } from '../../storage/calls/tables.js';

export type CallFieldKey =
  | 'unknownScheme'
  | 'notTiedToCall'
  | 'notDecidingInstitution'
  | 'closesBeforeOpens'
  | 'callRequired'
  | 'unknownCall'
  | 'callOtherScheme'
  | 'callOtherPlace'
  | 'callNotOpen'
  | 'callNotYetOpen'
  | 'callPastClose'
  | 'alreadyApplied'
  | 'unknownCriterion'
  | 'computedCriterion';

/** Refusals of calls for applications, each with its catalog key (server.calls.*). */
export const callErrors = {
  /** The step is not allowed from the call's status: the message names both, localized. */
  invalidTransition: (locale: Locale, action: string, status: CallStatus) =>
    new HttpError(409, 'invalid_transition', 'server.calls.invalidTransition', {
      action: translate(locale, `server.calls.action.${action}`),
      status: translate(locale, `server.calls.status.${status}`),
    }),
  notRunningInstitution: () =>
    new HttpError(403, 'not_call_institution', 'server.calls.notRunningInstitution'),
  notAnApplication: () => new HttpError(409, 'not_an_application', 'server.calls.notAnApplication'),
  notSubmitted: () => new HttpError(409, 'application_not_submitted', 'server.calls.notSubmitted'),
  /** A field whose value is well-formed but not acceptable here. */
  field: (field: string, key: CallFieldKey, values: Record<string, string | number> = {}) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.calls.${key}`, values } },
    ),
};

import { translate, type Locale } from '@vatra/core';
import { HttpError } from '../../http/errors.js';

type FieldKey =
  | 'unknownService'
  | 'serviceNotInProvider'
  | 'serviceTaken'
  | 'noApprovalNeeded'
  | 'personNotFound'
  | 'caseNotOfPerson'
  | 'documentNotOfPerson'
  | 'documentNotOfPersonOrCase'
  | 'providerServiceMismatch'
  | 'noDocuments'
  | 'listEmpty'
  | 'itemNotInList'
  | 'itemUndecided'
  | 'reasonRequired'
  | 'capacityBelowOccupied'
  | 'licenceIncomplete'
  | 'outsideJurisdiction'
  | 'endBeforeStart';

/** Refusals of the care-service area, each with its catalog key (server.careServices.*). */
export const careServiceErrors = {
  /** The service is full: the message names the capacity and the places taken. */
  atCapacity: (capacity: number, occupied: number) =>
    new HttpError(409, 'at_capacity', 'server.careServices.atCapacity', { capacity, occupied }),
  /** Others are waiting: a place goes to the first of the queue. */
  queueAhead: (waiting: number) =>
    new HttpError(409, 'queue_ahead', 'server.careServices.queueAhead', { waiting }),
  notFirstInQueue: (position: number) =>
    new HttpError(409, 'not_first_in_queue', 'server.careServices.notFirstInQueue', { position }),
  licenceExpired: (provider: string, validUntil: string) =>
    new HttpError(409, 'licence_expired', 'server.careServices.licenceExpired', { provider, validUntil }),
  noLicence: (provider: string) =>
    new HttpError(409, 'no_licence', 'server.careServices.noLicence', { provider }),
  providerInactive: () => new HttpError(409, 'provider_inactive', 'server.careServices.providerInactive'),
  councilApprovalNeeded: (service: string) =>
    new HttpError(409, 'council_approval_needed', 'server.careServices.councilApprovalNeeded', { service }),
  alreadyEnrolled: () => new HttpError(409, 'already_enrolled', 'server.careServices.alreadyEnrolled'),
  /** The step is not allowed from the record's status: the message names both, localized. */
  invalidTransition: (locale: Locale, action: string, status: string) =>
    new HttpError(409, 'invalid_transition', 'server.careServices.invalidTransition', {
      action: translate(locale, `server.careServices.action.${action}`),
      status: translate(locale, `server.careServices.status.${status}`),
    }),
  /** A field whose value is well-formed but not acceptable here. */
  field: (field: string, key: FieldKey, values: Record<string, string | number> = {}) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.careServices.${key}`, values } },
    ),
};

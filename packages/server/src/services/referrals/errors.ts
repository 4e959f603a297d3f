import { translate, type Locale, type ReferralAction, type ReferralStatus } from '@vatra/core';
import { HttpError } from '../../http/errors.js';

type FieldKey =
  | 'sameInstitution'
  | 'institutionInactive'
  | 'institutionOutOfReach'
  | 'personNotInCase'
  | 'planItemNotInCase'
  | 'unknownService'
  | 'caseMismatch'
  | 'completedBeforeSent';

/** Refusals of the referral path, each with its catalog key (server.referrals.*). */
export const referralErrors = {
  /** The step is not allowed from the referral's status: the message names both, localized. */
  invalidTransition: (locale: Locale, action: ReferralAction, status: ReferralStatus) =>
    new HttpError(409, 'invalid_transition', 'server.referrals.invalidTransition', {
      action: translate(locale, `server.referrals.action.${action}`),
      status: translate(locale, `server.referrals.status.${status}`),
    }),
  notReceiver: () => new HttpError(403, 'not_receiver', 'server.referrals.notReceiver'),
  notParty: () => new HttpError(403, 'not_party', 'server.referrals.notParty'),
  caseClosed: () => new HttpError(409, 'case_closed', 'server.cases.caseClosed'),
  /** A field whose value is well-formed but not acceptable here. */
  field: (field: string, key: FieldKey) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      {
        [field]: { key: `server.referrals.${key}` },
      },
    ),
};

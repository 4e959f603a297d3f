import { translate, type Locale } from '@vatra/core';
import { HttpError } from '../../http/errors.js';
import type { RequestStatus } from '../../storage/requests/tables.js';

type FieldKey =
  | 'unknownScheme'
  | 'personNotInCase'
  | 'documentNotInCase'
  | 'unknownRequirement'
  | 'notifiedBeforeDecided'
  | 'decidedBeforeSubmitted'
  | 'appealBeforeDecision'
  | 'startedBeforeDecided'
  | 'completedBeforeStarted'
  | 'noDecidingInstitution'
  | 'noExecutingInstitution'
  | 'notOfferedHere';

/** Refusals of the request path, each with its catalog key (server.requests.*). */
export const requestErrors = {
  /** The step is not allowed from the request's status: the message names both, localized. */
  invalidTransition: (locale: Locale, action: string, status: RequestStatus) =>
    new HttpError(409, 'invalid_transition', 'server.requests.invalidTransition', {
      action: translate(locale, `server.requests.action.${action}`),
      status: translate(locale, `server.requests.status.${status}`),
    }),
  commissionDecides: () => new HttpError(409, 'commission_decides', 'server.requests.commissionDecides'),
  notFiler: () => new HttpError(403, 'not_filer', 'server.requests.notFiler'),
  notDecidingBody: () => new HttpError(403, 'not_deciding_body', 'server.requests.notDecidingBody'),
  notExecutingBody: () => new HttpError(403, 'not_executing_body', 'server.requests.notExecutingBody'),
  notFinal: () => new HttpError(409, 'not_final', 'server.requests.notFinal'),
  notPositive: () => new HttpError(409, 'not_positive', 'server.requests.notPositive'),
  alreadyExecuted: () => new HttpError(409, 'already_executed', 'server.requests.alreadyExecuted'),
  noExecution: () => new HttpError(409, 'no_execution', 'server.requests.noExecution'),
  executionNotInProgress: () =>
    new HttpError(409, 'execution_not_in_progress', 'server.requests.executionNotInProgress'),
  appealPending: () => new HttpError(409, 'appeal_pending', 'server.requests.appealPending'),
  caseClosed: () => new HttpError(409, 'case_closed', 'server.cases.caseClosed'),
  missingDocument: (requirement: string) =>
    new HttpError(
      422,
      'missing_document',
      'server.requests.missingDocument',
      { requirement },
      { documents: { key: 'server.requests.missingDocument', values: { requirement } } },
    ),
  appealLate: (lastDay: string) =>
    new HttpError(
      422,
      'appeal_late',
      'server.requests.appealLate',
      { lastDay },
      { filedOn: { key: 'server.requests.appealLate', values: { lastDay } } },
    ),
  /** A field whose value is well-formed but not acceptable here. */
  field: (field: string, key: FieldKey) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.requests.${key}` } },
    ),
};

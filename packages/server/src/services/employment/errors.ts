import { HttpError } from '../../http/errors.js';

type FieldKey =
  'toBeforeFrom' | 'notMunicipality' | 'futureMonth' | 'futureDate' | 'beforeRegistration' | 'profileExists';

/** Refusals of the employment-links area, each with its catalog key (server.employment.*). */
export const employmentErrors = {
  /** The household already has the scheme for a month of the new period: names that period. */
  overlap: (from: string, to: string) =>
    new HttpError(409, 'assistance_overlap', 'server.employment.overlap', { from, to }),
  /** A month's list goes to the Employment Office once. */
  alreadySent: (month: string, sentOn: string) =>
    new HttpError(409, 'list_already_sent', 'server.employment.alreadySent', { month, sentOn }),
  /** The value is taken (a second profile for a person): 409 naming the field. */
  conflictField: (field: string, key: FieldKey) =>
    new HttpError(
      409,
      'duplicate',
      'server.employment.duplicate',
      {},
      { [field]: { key: `server.employment.fields.${key}` } },
    ),
  /** Malformed for this record (a period ending before it starts): 400 naming the field. */
  badField: (field: string, key: FieldKey, values: Record<string, string | number> = {}) =>
    new HttpError(
      400,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.employment.fields.${key}`, values } },
    ),
  /** Well-formed but not acceptable here (not a municipality, in the future): 422 naming the field. */
  field: (field: string, key: FieldKey, values: Record<string, string | number> = {}) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      { [field]: { key: `server.employment.fields.${key}`, values } },
    ),
};

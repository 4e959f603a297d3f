import { HttpError } from '../../http/errors.js';

type FieldKey =
  'kindMismatch' | 'caseOutOfReach' | 'caseOtherMunicipality' | 'casesNotAllowed' | 'endBeforeStart';

/** Refusals of the plan registers, each with its catalog key (server.planRegisters.*). */
export const registerErrors = {
  /** A field whose value is well-formed but not acceptable here (422, the field named). */
  field: (field: string, key: FieldKey) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      {
        [field]: { key: `server.planRegisters.${key}` },
      },
    ),
  /** An archived entry is kept as it was: it cannot be edited or archived again. */
  archived: () => new HttpError(409, 'archived', 'server.planRegisters.entryArchived'),
};

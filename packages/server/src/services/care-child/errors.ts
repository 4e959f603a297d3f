import { HttpError } from '../../http/errors.js';

/** Refusals of child protection, each with its catalog key (server.careChild.*). */
export const careChildErrors = {
  /** Approving a plan takes the child-protection worker (care.child). */
  approverScope: () => new HttpError(403, 'child_protection_only', 'server.careChild.approverScope'),
  planNotDraft: () => new HttpError(409, 'plan_not_draft', 'server.careChild.planNotDraft'),
  /** A report for a period already reported to the State Agency. */
  periodReported: () =>
    new HttpError(
      409,
      'period_reported',
      'server.careChild.periodReported',
      {},
      {
        period: { key: 'server.careChild.fields.periodReported' },
      },
    ),
  groupMemberExists: () => new HttpError(409, 'group_member_exists', 'server.careChild.groupMemberExists'),
  field: (
    field: string,
    key: 'supervisorScope' | 'periodNotStarted' | 'userNotInInstitution' | 'notMunicipality',
  ) =>
    new HttpError(
      422,
      'validation',
      'server.errors.validation',
      {},
      {
        [field]: { key: `server.careChild.fields.${key}` },
      },
    ),
};

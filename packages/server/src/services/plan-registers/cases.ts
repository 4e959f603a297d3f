import { HttpError } from '../../http/errors.js';
import type { AccessContext } from '../access/context.js';
import { requireCase } from '../cases/visibility.js';
import { registerErrors } from './errors.js';
import type { PlanHeader } from './plan.js';

/** The field the case links come in, as the request body names it. */
export const CASE_FIELD = 'data.caseIds';

/**
 * Case links (cases discussed at a meeting, cases identified after an outreach event) must be
 * cases of the plan's municipality that the user may see: the same rule as opening the case
 * (jurisdiction, then sensitivity; refusals audited by requireCase). Anything else is refused
 * with 422 on the field, so a register never points to a case its author could not open.
 * Only ids not linked before are checked: an editor keeps the links someone else made.
 */
export async function checkCaseLinks(
  access: AccessContext,
  plan: PlanHeader,
  caseIds: readonly string[],
  alreadyLinked: ReadonlySet<string> = new Set(),
): Promise<void> {
  const added = [...new Set(caseIds)].filter((id) => !alreadyLinked.has(id));
  if (added.length === 0) return;
  if (!access.has('case.read')) throw registerErrors.field(CASE_FIELD, 'casesNotAllowed');
  for (const caseId of added) {
    let path: string;
    try {
      path = (await requireCase(access, caseId)).path;
    } catch (error) {
      if (error instanceof HttpError && (error.status === 403 || error.status === 404))
        throw registerErrors.field(CASE_FIELD, 'caseOutOfReach');
      throw error;
    }
    if (!path.startsWith(plan.path)) throw registerErrors.field(CASE_FIELD, 'caseOtherMunicipality');
  }
}

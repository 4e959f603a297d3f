import type { AccessContext } from '../access/context.js';

/** The user's institution: its type and where it works, for the decider and executor checks. */
export interface UserInstitution {
  id: string;
  typeCode: string;
  path: string;
}

export async function userInstitution(access: AccessContext): Promise<UserInstitution> {
  const user = access.requireUser();
  const row = await access.db
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['i.id', 'i.type_code as typeCode', 'j.path'])
    .where('i.id', '=', user.institutionId)
    .executeTakeFirstOrThrow();
  return row;
}

/** A user of the deciding institution who may review and decide. */
export function isDecider(
  access: AccessContext,
  request: { deciding_institution_id: string | null },
): boolean {
  return (
    (access.has('request.decide') || access.has('request.review')) &&
    request.deciding_institution_id !== null &&
    access.user?.institutionId === request.deciding_institution_id
  );
}

/** A user of an institution of the executing type that works where the request is. */
export function isExecutor(
  access: AccessContext,
  institution: UserInstitution,
  request: { executing_type: string | null; path: string },
): boolean {
  return (
    access.has('request.execute') &&
    request.executing_type !== null &&
    institution.typeCode === request.executing_type &&
    request.path.startsWith(institution.path)
  );
}

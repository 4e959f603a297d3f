import type { InstitutionTypeConfig } from '@vatra/core';
import type { AccessContext } from '../access/context.js';
import type { RequestDeps } from './schemes.js';

/**
 * The institution type, when it is a body outside Vatra (`external` in institution-types.json:
 * it has no users, so the case side records its decision from its letter).
 */
export function externalBodyType(
  access: AccessContext,
  deps: RequestDeps,
  typeCode: string,
): InstitutionTypeConfig | undefined {
  const country = deps.countries.find((c) => c.country.code === access.user?.countryCode);
  const type = country?.institutionTypes.find((candidate) => candidate.code === typeCode);
  return type?.external ? type : undefined;
}

import type { CareServiceConfig, CareServiceList, CareServicesConfig, CountryConfig } from '@vatra/core';
import type { AccessContext } from '../access/context.js';

/** What the care-service services need of the app: the countries' care catalogues. */
export interface CareServiceDeps {
  countries: readonly CountryConfig[];
}

const EMPTY: CareServicesConfig = { councilApproval: [], services: [] };

/** The care catalogue of a country (the user's by default). */
export function careCatalogue(deps: CareServiceDeps, countryCode: string | undefined): CareServicesConfig {
  return deps.countries.find((c) => c.country.code === countryCode)?.careServices ?? EMPTY;
}

export function findCareService(
  deps: CareServiceDeps,
  countryCode: string | undefined,
  code: string,
): CareServiceConfig | undefined {
  return careCatalogue(deps, countryCode).services.find((service) => service.code === code);
}

/** Whether the country's rule says this service's beneficiaries need the Council's approval. */
export function needsCouncilApproval(
  deps: CareServiceDeps,
  countryCode: string | undefined,
  service: CareServiceConfig,
): boolean {
  return careCatalogue(deps, countryCode).councilApproval.includes(service.category);
}

/** The basket of the user's country, each service with whether the Council approves its beneficiaries. */
export function listCareServices(access: AccessContext, deps: CareServiceDeps): CareServiceList {
  const user = access.requireUser();
  const catalogue = careCatalogue(deps, user.countryCode);
  return {
    councilApproval: [...catalogue.councilApproval],
    items: catalogue.services.map((service) => ({
      ...service,
      targetGroups: [...service.targetGroups],
      councilApproval: catalogue.councilApproval.includes(service.category),
    })),
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { COUNTRY_FILES, OPTIONAL_COUNTRY_FILES, countryConfigSchema, type CountryConfig } from '@vatra/core';
import type { z } from 'zod';
import { CONFIG_DIR } from '../paths.js';

export { CONFIG_DIR };

/** A configuration file that is missing, unreadable or invalid; the message names file and field. */
export class ConfigError extends Error {}

type Part = (typeof COUNTRY_FILES)[keyof typeof COUNTRY_FILES];

/** Reads and validates config/<folder>/*.json; throws ConfigError naming the file and field. */
export function loadCountry(folder: string, root = CONFIG_DIR): CountryConfig {
  const assembled: Partial<Record<Part, unknown>> = {};
  const fileOfPart = new Map<Part, string>();
  for (const [file, part] of Object.entries(COUNTRY_FILES) as [string, Part][]) {
    const path = `${root}${folder}/${file}`;
    fileOfPart.set(part, `config/${folder}/${file}`);
    if (!existsSync(path)) {
      if (OPTIONAL_COUNTRY_FILES.has(file)) continue;
      throw new ConfigError(`config/${folder}/${file}: file is missing`);
    }
    try {
      assembled[part] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ConfigError(`config/${folder}/${file}: not valid JSON (${(error as Error).message})`);
    }
  }
  const parsed = countryConfigSchema.safeParse(assembled);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error, fileOfPart));
  checkReferences(parsed.data, folder);
  return parsed.data;
}

function describeIssues(error: z.ZodError, fileOfPart: Map<Part, string>): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => {
      const [part, ...rest] = issue.path;
      const file = fileOfPart.get(part as Part) ?? 'config';
      const field = rest.length ? rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : '';
      return `${file}: ${field.replace(/^\./, '') || '(top level)'}: ${issue.message}`;
    })
    .join('\n');
}

/** Rules zod cannot see: unique codes, roles that name existing institution types. */
function checkReferences(config: CountryConfig, folder: string): void {
  const seen = new Set<string>();
  const codes = [
    config.country.code,
    ...config.regions.flatMap((region) => [
      region.code,
      ...region.municipalities.flatMap((m) => [m.code, ...m.adminUnits.map((u) => u.code)]),
    ]),
  ];
  for (const code of codes) {
    if (seen.has(code)) throw new ConfigError(`config/${folder}/jurisdictions.json: code ${code} is used twice`);
    seen.add(code);
  }
  const types = new Set(config.institutionTypes.map((type) => type.code));
  const services = new Set<string>();
  config.services.forEach((service, index) => {
    const where = `config/${folder}/services.json: [${index}]`;
    if (services.has(service.code)) throw new ConfigError(`${where}.code: ${service.code} is used twice`);
    services.add(service.code);
    if (!types.has(service.responsibleInstitutionType))
      throw new ConfigError(
        `${where}.responsibleInstitutionType: unknown institution type ${service.responsibleInstitutionType}`,
      );
  });
  checkSchemes(config, folder, types, services);
  checkSchemeOverrides(config, folder);
  const careCodes = new Set<string>();
  config.careServices.services.forEach((service, index) => {
    if (careCodes.has(service.code))
      throw new ConfigError(`config/${folder}/care-services.json: services[${index}].code: ${service.code} is used twice`);
    careCodes.add(service.code);
  });
  config.roles.forEach((role, index) => {
    for (const type of role.institutionTypes) {
      if (!types.has(type)) {
        throw new ConfigError(
          `config/${folder}/roles.json: [${index}].institutionTypes: unknown institution type ${type}`,
        );
      }
    }
  });
}

/** Schemes name existing institution types and services, with unique codes and documents. */
function checkSchemes(config: CountryConfig, folder: string, types: Set<string>, services: Set<string>): void {
  const schemes = new Set<string>();
  config.schemes.forEach((scheme, index) => {
    const where = `config/${folder}/schemes.json: [${index}]`;
    if (schemes.has(scheme.code)) throw new ConfigError(`${where}.code: ${scheme.code} is used twice`);
    schemes.add(scheme.code);
    if (!types.has(scheme.decidingInstitutionType))
      throw new ConfigError(
        `${where}.decidingInstitutionType: unknown institution type ${scheme.decidingInstitutionType}`,
      );
    if (scheme.executingInstitutionType !== null && !types.has(scheme.executingInstitutionType))
      throw new ConfigError(
        `${where}.executingInstitutionType: unknown institution type ${scheme.executingInstitutionType}`,
      );
    if (scheme.serviceCode !== null && !services.has(scheme.serviceCode))
      throw new ConfigError(`${where}.serviceCode: unknown service ${scheme.serviceCode}`);
    const documents = new Set<string>();
    scheme.requiredDocuments.forEach((document, position) => {
      if (documents.has(document.code))
        throw new ConfigError(`${where}.requiredDocuments[${position}].code: ${document.code} is used twice`);
      documents.add(document.code);
    });
  });
}

/** Overrides name a municipality of the country and a scheme of its catalogue, once each. */
function checkSchemeOverrides(config: CountryConfig, folder: string): void {
  const municipalities = new Set(config.regions.flatMap((r) => r.municipalities.map((m) => m.code)));
  const schemes = new Set(config.schemes.map((scheme) => scheme.code));
  const seen = new Set<string>();
  config.schemeOverrides.forEach((override, index) => {
    const where = `config/${folder}/scheme-overrides.json: [${index}]`;
    if (!municipalities.has(override.municipality))
      throw new ConfigError(`${where}.municipality: unknown municipality ${override.municipality}`);
    if (!schemes.has(override.scheme)) throw new ConfigError(`${where}.scheme: unknown scheme ${override.scheme}`);
    const key = `${override.municipality} ${override.scheme}`;
    if (seen.has(key)) throw new ConfigError(`${where}: ${key} is overridden twice`);
    seen.add(key);
  });
}

export function loadCountries(folders: string[], root = CONFIG_DIR): CountryConfig[] {
  const configs = folders.map((folder) => loadCountry(folder, root));
  const seen = new Map<string, string>();
  configs.forEach((config, index) => {
    const codes = config.regions.flatMap((r) => [r.code, ...r.municipalities.map((m) => m.code)]);
    for (const code of [config.country.code, ...codes]) {
      const other = seen.get(code);
      if (other) throw new ConfigError(`config/${folders[index]}: code ${code} is also used in config/${other}`);
      seen.set(code, folders[index] ?? '');
    }
  });
  return configs;
}

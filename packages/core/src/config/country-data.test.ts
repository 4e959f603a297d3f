// Checks the shipped country configuration (config/<country>/*.json) against the schema and
// against the facts other code relies on: counts, fixed codes, role hints, names.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { NEED_DOMAINS } from '../forms/needs.js';
import { COUNTRY_FILES, DEADLINE_KEYS, OPTIONAL_COUNTRY_FILES, countryConfigSchema, type CountryConfig, type LocalizedText } from './schema.js';

const configRoot = new URL('../../../../config/', import.meta.url);

function loadCountry(folder: string): CountryConfig {
  const raw: Record<string, unknown> = {};
  for (const [file, key] of Object.entries(COUNTRY_FILES)) {
    const url = new URL(`${folder}/${file}`, configRoot);
    if (OPTIONAL_COUNTRY_FILES.has(file) && !existsSync(url)) continue;
    raw[key] = JSON.parse(readFileSync(url, 'utf8')) as unknown;
  }
  const result = countryConfigSchema.safeParse(raw);
  if (!result.success) throw new Error(`config/${folder}: ${JSON.stringify(result.error.issues, null, 2)}`);
  return result.data;
}

const kosovo = loadCountry('kosovo');
const albania = loadCountry('albania');
const countries = { kosovo, albania };

const municipalities = (config: CountryConfig) => config.regions.flatMap((region) => region.municipalities);

/** Every jurisdiction code of a country, the country itself included. */
function jurisdictionCodes(config: CountryConfig): string[] {
  return [
    config.country.code,
    ...config.regions.flatMap((region) => [
      region.code,
      ...region.municipalities.flatMap((m) => [m.code, ...m.adminUnits.map((unit) => unit.code)]),
    ]),
  ];
}

/** Every localized name in a country's configuration, with where it is. */
function allTexts(config: CountryConfig): Array<[string, LocalizedText]> {
  const texts: Array<[string, LocalizedText]> = [
    ['country.name', config.country.name],
    ['country.regionLabel', config.country.regionLabel],
    ...Object.entries(config.country.deadlines).map(
      ([key, deadline]): [string, LocalizedText] => [`deadline ${key}`, deadline.description],
    ),
  ];
  for (const region of config.regions) {
    texts.push([region.code, region.name]);
    for (const m of region.municipalities) {
      texts.push([m.code, m.name]);
      for (const unit of m.adminUnits) texts.push([unit.code, unit.name]);
    }
  }
  for (const type of config.institutionTypes) {
    texts.push([`${type.code}.name`, type.name], [`${type.code}.abbreviation`, type.abbreviation]);
  }
  for (const role of config.roles) texts.push([`role ${role.code}`, role.name]);
  return texts;
}

const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);

describe('country configuration data', () => {
  it('Kosovo has 38 municipalities in 7 regions', () => {
    expect(kosovo.country.code).toBe('XK');
    expect(kosovo.country.currency).toBe('EUR');
    expect(kosovo.regions).toHaveLength(7);
    expect(municipalities(kosovo)).toHaveLength(38);
  });

  it('Albania has 61 municipalities in 12 counties', () => {
    expect(albania.country.code).toBe('AL');
    expect(albania.country.currency).toBe('ALL');
    expect(albania.regions).toHaveLength(12);
    expect(municipalities(albania)).toHaveLength(61);
  });

  it('has the municipality codes demo data and other code use', () => {
    const byCode = (config: CountryConfig, code: string) => municipalities(config).find((m) => m.code === code);
    expect(byCode(kosovo, 'XK-KAC')?.name.sq).toBe('Kaçanik');
    expect(byCode(kosovo, 'XK-PEJ')?.name.sq).toBe('Pejë');
    expect(byCode(kosovo, 'XK-GJL')?.name.sq).toBe('Gjilan');
    expect(byCode(kosovo, 'XK-PRI')?.name.sq).toBe('Prishtinë');
    expect(byCode(albania, 'AL-PUK')?.name.sq).toBe('Pukë');
  });

  it('Pukë has exactly its five administrative units', () => {
    const puke = municipalities(albania).find((m) => m.code === 'AL-PUK');
    expect(puke?.adminUnits.map((unit) => [unit.code, unit.name.sq])).toEqual([
      ['AL-PUK-PUK', 'Pukë'],
      ['AL-PUK-GJE', 'Gjegjan'],
      ['AL-PUK-RRA', 'Rrapë'],
      ['AL-PUK-QER', 'Qerret'],
      ['AL-PUK-QEL', 'Qelëz'],
    ]);
  });

  it('every jurisdiction code is unique across both countries and prefixed by its country', () => {
    const codes = [...jurisdictionCodes(kosovo), ...jurisdictionCodes(albania)];
    expect(duplicates(codes)).toEqual([]);
    for (const config of Object.values(countries)) {
      for (const code of jurisdictionCodes(config).slice(1)) {
        expect(code.startsWith(`${config.country.code}-`), code).toBe(true);
      }
    }
  });

  it.each(Object.entries(countries))('%s: every deadline is given', (_name, config) => {
    expect(Object.keys(config.country.deadlines).sort()).toEqual([...DEADLINE_KEYS].sort());
  });

  it.each(Object.entries(countries))('%s: role and institution type codes are unique', (_name, config) => {
    expect(duplicates(config.roles.map((role) => role.code))).toEqual([]);
    expect(duplicates(config.institutionTypes.map((type) => type.code))).toEqual([]);
  });

  it('has the institution types other code refers to', () => {
    const kosovoTypes = kosovo.institutionTypes.map((type) => type.code);
    for (const code of [
      'ZKKK',
      'QPS',
      'DRPR',
      'DRPR-RC',
      'KKR',
      'KA',
      'ZP',
      'QAP',
      'DKA',
      'ZGJC',
      'DSHMS',
      'NGO',
      'POLICE',
      'MUN',
      'MIA',
    ]) {
      expect(kosovoTypes, code).toContain(code);
    }
    const albaniaTypes = albania.institutionTypes.map((type) => type.code);
    for (const code of ['SSS', 'NJVNR', 'NJMF', 'DV-COORD', 'ZVP', 'KB', 'MSHMS', 'NGO-AL']) {
      expect(albaniaTypes, code).toContain(code);
    }
  });

  it('has the roles other code refers to', () => {
    expect(kosovo.roles.map((role) => role.code).sort()).toEqual(
      [
        'admin',
        'auditor',
        'zkkk_officer',
        'qps_social_worker',
        'case_manager',
        'kkr_member',
        'appeals_member',
        'drpr_central',
        'drpr_regional_coordinator',
        'institution_officer',
        'plan_coordinator',
      ].sort(),
    );
    expect(albania.roles.map((role) => role.code).sort()).toEqual(
      [
        'admin',
        'auditor',
        'social_services_officer',
        'njvnr_worker',
        'child_protection_worker',
        'dv_coordinator',
        'employment_officer',
        'plan_coordinator',
      ].sort(),
    );
  });

  it.each(Object.entries(countries))('%s: every role hint names an institution type of the country', (_name, config) => {
    const types = new Set(config.institutionTypes.map((type) => type.code));
    for (const role of config.roles) {
      for (const hint of role.institutionTypes) expect(types.has(hint), `${role.code} → ${hint}`).toBe(true);
    }
  });

  it.each(Object.entries(countries))('%s: no name is empty, sr is Latin, text is NFC', (_name, config) => {
    for (const [where, text] of allTexts(config)) {
      for (const locale of ['sq', 'sr', 'en'] as const) {
        expect(text[locale].trim(), `${where}.${locale}`).not.toBe('');
        expect(text[locale], `${where}.${locale}`).toBe(text[locale].normalize('NFC'));
      }
      expect(/\p{Script=Cyrillic}/u.test(text.sr), `${where}.sr: ${text.sr}`).toBe(false);
    }
  });
});

describe('the service catalogue', () => {
  it('offers Kosovo a service for every need domain, each from an existing institution type', () => {
    const types = new Set(kosovo.institutionTypes.map((type) => type.code));
    for (const service of kosovo.services) expect(types, service.code).toContain(service.responsibleInstitutionType);
    const domains = new Set(kosovo.services.map((service) => service.domain));
    for (const domain of NEED_DOMAINS) expect(domains, domain).toContain(domain);
    expect(new Set(kosovo.services.map((service) => service.code)).size).toBe(kosovo.services.length);
  });
});

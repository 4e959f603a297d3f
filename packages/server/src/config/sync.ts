import { createHash } from 'node:crypto';
import type { CountryConfig, JurisdictionLevel, LocalizedText } from '@vatra/core';
import type { Transaction } from 'kysely';
import type { Db } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { syncShippedRoles } from './sync-roles.js';

interface JurisdictionSeed {
  code: string;
  level: JurisdictionLevel;
  parentCode: string | null;
  countryCode: string;
  name: LocalizedText;
}

function flatten(config: CountryConfig): JurisdictionSeed[] {
  const country = config.country.code;
  const rows: JurisdictionSeed[] = [
    { code: country, level: 'country', parentCode: null, countryCode: country, name: config.country.name },
  ];
  for (const region of config.regions) {
    rows.push({ code: region.code, level: 'region', parentCode: country, countryCode: country, name: region.name });
    for (const municipality of region.municipalities) {
      rows.push({
        code: municipality.code,
        level: 'municipality',
        parentCode: region.code,
        countryCode: country,
        name: municipality.name,
      });
      for (const unit of municipality.adminUnits) {
        rows.push({ code: unit.code, level: 'unit', parentCode: municipality.code, countryCode: country, name: unit.name });
      }
    }
  }
  return rows;
}

const LEVELS: JurisdictionLevel[] = ['country', 'region', 'municipality', 'unit'];

/**
 * Brings the database in line with the country configuration, idempotently: jurisdictions and
 * institution types follow the files; one institution per jurisdiction is created for types
 * that have one everywhere; shipped roles are created when missing and follow a release's scopes
 * without undoing an administrator's edits (sync-roles.ts).
 */
export async function syncCountryConfig(db: Db, configs: CountryConfig[]): Promise<boolean> {
  // Unchanged configuration (the usual restart) costs one lookup instead of a few thousand upserts.
  const fingerprint = createHash('sha256').update(JSON.stringify(configs)).digest('hex');
  return db.kysely.transaction().execute(async (trx) => {
    const stored = await trx.selectFrom('app_meta').select('value').where('key', '=', SYNC_KEY).executeTakeFirst();
    if (stored?.value === fingerprint) return false;
    for (const config of configs) await syncOne(trx, config);
    await trx
      .insertInto('app_meta')
      .values({ key: SYNC_KEY, value: JSON.stringify(fingerprint) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(fingerprint) }))
      .execute();
    return true;
  });
}

const SYNC_KEY = 'config_fingerprint';

async function syncOne(trx: Transaction<Database>, config: CountryConfig): Promise<void> {
  const seeds = flatten(config);
  const paths = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const level of LEVELS) {
    const rows = seeds.filter((seed) => seed.level === level);
    if (rows.length === 0) continue;
    const values = rows.map((seed) => {
      const parentPath = seed.parentCode ? (paths.get(seed.parentCode) ?? '/') : '/';
      const path = `${parentPath}${seed.code}/`;
      paths.set(seed.code, path);
      return {
        code: seed.code,
        level: seed.level,
        parent_id: seed.parentCode ? (ids.get(seed.parentCode) ?? null) : null,
        path,
        country_code: seed.countryCode,
        name: JSON.stringify(seed.name),
      };
    });
    const inserted = await trx
      .insertInto('jurisdictions')
      .values(values)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          parent_id: eb.ref('excluded.parent_id'),
          path: eb.ref('excluded.path'),
        })),
      )
      .returning(['id', 'code'])
      .execute();
    for (const row of inserted) ids.set(row.code, row.id);
  }

  await trx
    .insertInto('institution_types')
    .values(
      config.institutionTypes.map((type) => ({
        code: type.code,
        country_code: config.country.code,
        level: type.level,
        per_jurisdiction: type.perJurisdiction,
        name: JSON.stringify(type.name),
        abbreviation: JSON.stringify(type.abbreviation),
      })),
    )
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        level: eb.ref('excluded.level'),
        per_jurisdiction: eb.ref('excluded.per_jurisdiction'),
        name: eb.ref('excluded.name'),
        abbreviation: eb.ref('excluded.abbreviation'),
      })),
    )
    .execute();

  const standing = config.institutionTypes.filter((type) => type.perJurisdiction);
  const institutions = standing.flatMap((type) =>
    seeds
      .filter((seed) => seed.level === type.level)
      .map((seed) => ({
        code: `${type.code}-${seed.code}`,
        type_code: type.code,
        name: JSON.stringify(institutionName(type.abbreviation, seed.name)),
        jurisdiction_id: ids.get(seed.code) ?? '',
      })),
  );
  if (institutions.length) {
    await trx
      .insertInto('institutions')
      .values(institutions)
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }

  await syncShippedRoles(trx, config);
}

/** "ZKKK Pejë" / "OKZP Peć" / "MOCR Peja": the type's abbreviation and the place, per language. */
export function institutionName(abbreviation: LocalizedText, place: LocalizedText): LocalizedText {
  return {
    sq: `${abbreviation.sq} ${place.sq}`,
    sr: `${abbreviation.sr} ${place.sr}`,
    en: `${abbreviation.en} ${place.en}`,
  };
}

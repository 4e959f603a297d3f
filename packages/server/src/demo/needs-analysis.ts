import { NEEDS_IMPORT_KINDS, type CountryConfig } from '@vatra/core';
import type { Db } from '../db/open.js';
import { AccessContext } from '../services/access/context.js';
import { importNeedsFile } from '../services/needs-analysis/import.js';
import { sampleCsv } from '../services/needs-analysis/templates.js';

// Pukë's tables from its Social Plan 2021–2023 (population by unit and age band, economic
// assistance, disability, job seekers, children, DV, elderly, housing, staff), imported at demo
// seed through the same import function a user's file goes through, by Pukë's plan coordinator.
// Runs once (its own app_meta marker); each file is one import transaction.

const SEEDED_KEY = 'demo_needs_analysis_at';
const MUNICIPALITY = 'AL-PUK';
const IMPORTER = 'plan.puke';

export async function seedDemoNeedsAnalysis(db: Db, countries: readonly CountryConfig[]): Promise<number> {
  const done = await db.kysely
    .selectFrom('app_meta')
    .select('key')
    .where('key', '=', SEEDED_KEY)
    .executeTakeFirst();
  if (done) return 0;
  const user = await db.kysely
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['u.id', 'u.username', 'u.full_name', 'i.id as institution_id', 'i.code as institution_code'])
    .where('u.username', '=', IMPORTER)
    .executeTakeFirst();
  const municipality = await db.kysely
    .selectFrom('jurisdictions')
    .select('path')
    .where('code', '=', MUNICIPALITY)
    .executeTakeFirst();
  if (!user || !municipality || !countries.some((country) => country.country.code === 'AL')) return 0;
  const access = new AccessContext(
    db.kysely,
    {
      sessionId: 'demo-seed',
      csrfToken: '',
      expiresAt: new Date(),
      userId: user.id,
      username: user.username,
      fullName: user.full_name,
      locale: 'sq',
      mustChangePassword: false,
      institutionId: user.institution_id,
      institutionCode: user.institution_code,
      countryCode: 'AL',
      scopes: new Set(['plan.read', 'plan.edit']),
      paths: [municipality.path],
    },
    null,
    'sq',
    'importNeedsFigures',
  );
  let imported = 0;
  for (const kind of NEEDS_IMPORT_KINDS) {
    const content = sampleCsv(MUNICIPALITY, kind);
    if (content === undefined) continue;
    await importNeedsFile(access, countries, {
      municipality: MUNICIPALITY,
      kind,
      format: 'csv',
      fileName: `${MUNICIPALITY}-${kind}.csv`,
      content,
    });
    imported++;
  }
  await db.kysely
    .insertInto('app_meta')
    .values({ key: SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return imported;
}

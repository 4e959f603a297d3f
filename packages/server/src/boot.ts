import { join } from 'node:path';
import type { CountryConfig, FormDefinition, PlanFile } from '@vatra/core';
import { loadForms } from './config/forms.js';
import { loadCountries } from './config/load.js';
import { loadPlans } from './config/plans.js';
import { syncCountryConfig } from './config/sync.js';
import { migrate } from './db/migrate.js';
import { SHIPPED_INDICATOR_LINKS } from './services/action-plans/shipped-links.js';
import { syncShippedPlans } from './services/action-plans/sync.js';
import { openDatabase, type Db } from './db/open.js';
import { retireDemoUsers, seedDemo } from './demo/seed.js';
import type { Settings } from './settings.js';

export interface Booted {
  db: Db;
  countries: CountryConfig[];
  forms: FormDefinition[];
  /** The municipal action plans shipped in plans/, validated. */
  plans: PlanFile[];
}

/** Everything before serving: configuration validated, database opened and migrated, demo seeded once. */
export async function boot(settings: Settings): Promise<Booted> {
  const countries = loadCountries(settings.countries);
  const forms = loadForms(settings.countries);
  const plans = loadPlans();
  const db = await openDatabase(settings);
  try {
    await migrate(db);
    await syncCountryConfig(db, countries);
    await syncShippedPlans(db.kysely, plans, SHIPPED_INDICATOR_LINKS);
    // The demo's cases (on unless VATRA_DEMO_CASES=0) keep their documents where the server does.
    if (settings.demo)
      await seedDemo(db, { countries, forms, documentsDir: join(settings.dataDir, 'documents') });
    else await retireDemoUsers(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, countries, forms, plans };
}

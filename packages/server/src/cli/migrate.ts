import { loadCountries } from '../config/load.js';
import { syncCountryConfig } from '../config/sync.js';
import { migrate, readMigrations } from '../db/migrate.js';
import type { Db } from '../db/open.js';
import { isDemoSeeded, seedDemo } from '../demo/seed.js';
import { DEMO_PASSWORD } from '../demo/users.js';
import type { Settings } from '../settings.js';
import { migrationName } from './database.js';
import { CliError, EXIT_OK } from './errors.js';
import type { Io } from './io.js';

function describeApplied(applied: number[]): string {
  const names = new Map(readMigrations().map((m) => [m.version, migrationName(m)]));
  const list = applied.map((v) => names.get(v) ?? String(v)).join(', ');
  return `applied ${applied.length} migration${applied.length === 1 ? '' : 's'}: ${list}`;
}

/** `vatra migrate` */
export async function migrateCommand(db: Db, io: Io): Promise<number> {
  const applied = await migrate(db);
  io.out(applied.length > 0 ? describeApplied(applied) : 'database schema is up to date');
  return EXIT_OK;
}

/** `vatra seed-demo`: migrations, country configuration, then the demo (once). */
export async function seedDemoCommand(db: Db, settings: Settings, io: Io): Promise<number> {
  // Demo users share a published password: never on a database where the server would not
  // seed them itself (PostgreSQL, unless VATRA_DEMO=1).
  if (!settings.demo) {
    throw new CliError(
      'demo data is off for this database (VATRA_DEMO, off by default on PostgreSQL); ' +
        'demo users share a published password, so set VATRA_DEMO=1 only where that is acceptable',
    );
  }
  const countries = loadCountries(settings.countries);
  const applied = await migrate(db);
  if (applied.length > 0) io.out(describeApplied(applied));
  await syncCountryConfig(db, countries);
  if (await isDemoSeeded(db)) {
    io.out('demo data is already there: nothing seeded');
    return EXIT_OK;
  }
  // The users only, as before: the demo's cases come with the server's next start in demo mode
  // (boot.ts, once; not with VATRA_DEMO_CASES=0).
  const { users } = await seedDemo(db, { cases: false });
  io.out(`demo data seeded: ${users} users, all with the password ${DEMO_PASSWORD}`);
  return EXIT_OK;
}

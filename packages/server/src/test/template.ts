import { PGlite } from '@electric-sql/pglite';
import { loadCountries } from '../config/load.js';
import { syncCountryConfig } from '../config/sync.js';
import { loadPlans } from '../config/plans.js';
import { migrate } from '../db/migrate.js';
import { SHIPPED_INDICATOR_LINKS } from '../services/action-plans/shipped-links.js';
import { syncShippedPlans } from '../services/action-plans/sync.js';
import { openPGliteFrom, openPostgres } from '../db/open.js';
import { seedDemo } from '../demo/seed.js';
import type { Db } from '../db/open.js';

export const TEMPLATE_FILE = new URL('../../../../.tmp/test-template.tar', import.meta.url);
export const PG_TEMPLATE_DB = 'vatra_test_template';

/**
 * Migrated, configured, with the shipped action plans, and demo-seeded: the state every API test starts from. The demo users,
 * not the demo cases: tests expect an empty case table (demo/cases seeds them in its own test).
 */
export async function prepare(db: Db): Promise<void> {
  await migrate(db);
  await syncCountryConfig(db, loadCountries(['kosovo', 'albania']));
  await syncShippedPlans(db.kysely, loadPlans(), SHIPPED_INDICATOR_LINKS);
  await seedDemo(db, { cases: false });
}

export async function buildPGliteTemplate(): Promise<Blob> {
  const pglite = new PGlite();
  const db = openPGliteFrom(pglite);
  await prepare(db);
  const dump = await pglite.dumpDataDir('none');
  await db.close();
  return dump;
}

/** On PostgreSQL: a template database that each test copies with CREATE DATABASE … TEMPLATE. */
export async function buildPostgresTemplate(adminUrl: string): Promise<void> {
  const admin = openPostgres(adminUrl, 1);
  const { sql } = await import('kysely');
  await sql.raw(`drop database if exists ${PG_TEMPLATE_DB}`).execute(admin.kysely);
  await sql.raw(`create database ${PG_TEMPLATE_DB}`).execute(admin.kysely);
  await admin.close();
  const db = openPostgres(withDatabase(adminUrl, PG_TEMPLATE_DB), 2);
  await prepare(db);
  await db.close();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

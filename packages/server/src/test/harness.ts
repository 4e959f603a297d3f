import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CountryConfig } from '@vatra/core';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { loadForms } from '../config/forms.js';
import { loadPlans } from '../config/plans.js';
import { loadCountries } from '../config/load.js';
import { openPGlite, openPostgres, type Db } from '../db/open.js';
import { buildApp } from '../http/app.js';
import { readSettings } from '../settings.js';
import { DEMO_PASSWORD } from '../demo/users.js';
import { PG_TEMPLATE_DB, TEMPLATE_FILE, withDatabase } from './template.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

let template: Blob | undefined;

/** A fresh database copied from the template (per test: tests never see each other's writes). */
export async function freshDb(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `vatra_t_${randomUUID().replace(/-/g, '')}`;
    const admin = openPostgres(url, 1);
    await sql.raw(`create database ${name} template ${PG_TEMPLATE_DB}`).execute(admin.kysely);
    const db = openPostgres(withDatabase(url, name), 4);
    return {
      db,
      drop: async () => {
        // The pool's close returns before its backends have exited; forcing the drop while one is
        // still exiting sends its client a FATAL 57P01 that nobody listens for any more.
        for (let i = 0; i < 100; i++) {
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from pg_stat_activity where datname = ${name}
          `.execute(admin.kysely);
          if (rows[0]?.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.kysely);
        await admin.close();
      },
    };
  }
  template ??= new Blob([readFileSync(fileURLToPath(TEMPLATE_FILE))]);
  const db = await openPGlite({ loadDataDir: template });
  return { db, drop: async () => undefined };
}

/** `countries`: the configuration to run with instead of config/ (a municipality's own terms). */
export async function testApp(
  env: Record<string, string> = {},
  options: { countries?: CountryConfig[] } = {},
): Promise<TestApp> {
  const { db, drop } = await freshDb();
  const settings = { ...readSettings({ LOG_LEVEL: 'silent', ...env }), demo: true };
  const app = await buildApp({
    db,
    settings,
    countries: options.countries ?? loadCountries(settings.countries),
    forms: loadForms(settings.countries),
    plans: loadPlans(),
  });
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.close();
      await drop();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  /** inject() with this session's cookie and CSRF header. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function loginAs(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'vatra_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf = (response.json() as { csrfToken: string }).csrfToken;
  return {
    cookie: cookie.value,
    csrf,
    request: (options) =>
      app.inject({
        ...options,
        cookies: { vatra_session: cookie.value },
        headers: { 'x-csrf-token': csrf, ...(options.headers ?? {}) },
      } as InjectOptions),
  };
}

import { resolve } from 'node:path';

/** Everything the server reads from the environment, parsed once. README lists these. */
export interface Settings {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Connections per process to PostgreSQL: a request's queries run in parallel on several. */
  dbPoolSize: number;
  dataDir: string;
  /** Demo users and data: on by default with the embedded database, off on PostgreSQL. */
  demo: boolean;
  countries: string[];
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Behind a TLS-terminating reverse proxy: trust X-Forwarded-* and mark cookies Secure. */
  trustProxy: boolean;
  cookieSecure: boolean | 'auto';
  logLevel: string;
  /** Largest uploaded document (scan) accepted, in megabytes. */
  uploadMaxMb: number;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return parsed;
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const databaseUrl = env.DATABASE_URL || undefined;
  const cookieSecure = flag(env.VATRA_COOKIE_SECURE);
  return {
    port: integer('PORT', env.PORT, 8080),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dbPoolSize: integer('VATRA_DB_POOL', env.VATRA_DB_POOL, 20),
    dataDir: resolve(env.VATRA_DATA_DIR || '.vatra'),
    demo: flag(env.VATRA_DEMO) ?? !databaseUrl,
    countries: (env.VATRA_COUNTRIES || 'kosovo,albania')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    sessionIdleMinutes: integer('VATRA_SESSION_IDLE_MINUTES', env.VATRA_SESSION_IDLE_MINUTES, 60),
    sessionMaxHours: integer('VATRA_SESSION_MAX_HOURS', env.VATRA_SESSION_MAX_HOURS, 12),
    trustProxy: flag(env.VATRA_TRUST_PROXY) ?? false,
    cookieSecure: cookieSecure ?? 'auto',
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    uploadMaxMb: integer('VATRA_UPLOAD_MAX_MB', env.VATRA_UPLOAD_MAX_MB, 20),
  };
}

import { ConfigError } from '../config/load.js';
import { MigrationError } from '../db/migrate.js';
import { BackupError } from '../services/backup/format.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
/** `vatra audit verify` found the chain broken. */
export const EXIT_AUDIT_BROKEN = 2;

/** A failure the administrator can act on; its message is the whole story. */
export class CliError extends Error {}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ECONNRESET',
  'EAI_AGAIN',
]);

/** One line for stderr, without a stack trace: the message, named after what failed. */
export function describeError(error: unknown): string {
  if (error instanceof CliError || error instanceof BackupError || error instanceof ConfigError) {
    return error.message;
  }
  if (error instanceof MigrationError) return `migration failed: ${error.message}`;
  if (error instanceof AggregateError) {
    // node-postgres reports a refused connection to "localhost" (::1 and 127.0.0.1) as one of these.
    const inner = error.errors.map((e: unknown) => describeError(e));
    return [...new Set(inner)].join('; ') || error.message;
  }
  if (error instanceof Error) {
    const err = error as Error & { code?: string; severity?: string; detail?: string };
    if (err.code && CONNECTION_CODES.has(err.code)) {
      return `cannot connect to the database (DATABASE_URL): ${err.message || err.code}`;
    }
    if (err.severity) return `database error: ${err.message}${err.detail ? ` (${err.detail})` : ''}`;
    return err.message || String(error);
  }
  return String(error);
}

export function debugging(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.VATRA_DEBUG === '1' || env.VATRA_DEBUG === 'true';
}

/** Errors whose message says all there is to say: no hint about VATRA_DEBUG after them. */
function explained(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.every(explained);
  const err = (error ?? {}) as { code?: unknown; severity?: unknown };
  return (
    error instanceof CliError ||
    error instanceof BackupError ||
    error instanceof ConfigError ||
    error instanceof MigrationError ||
    (typeof err.code === 'string' && CONNECTION_CODES.has(err.code)) ||
    typeof err.severity === 'string'
  );
}

/**
 * Runs one command: its exit code, or on failure a one-line message on stderr and exit 1. The
 * stack trace only with VATRA_DEBUG=1: administrators need the what, developers the where.
 */
export async function run(
  io: { err(line: string): void },
  task: () => Promise<number>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  try {
    return await task();
  } catch (error) {
    io.err(`error: ${describeError(error)}`);
    if (debugging(env)) {
      if (error instanceof Error && error.stack) io.err(error.stack);
    } else if (!explained(error)) {
      io.err('(set VATRA_DEBUG=1 to see where it failed)');
    }
    return EXIT_FAILED;
  }
}

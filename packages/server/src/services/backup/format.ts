import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Engine } from '../../db/open.js';
import type { SequenceState, TableFingerprint } from './tables.js';

// A backup file is gzip'd JSON lines:
//   line 1: the header (BackupHeader below);
//   then, for each table of header.tables in that order, exactly `rows` lines, each one row as
//   PostgreSQL's row_to_json text, in primary-key order.
// A row text holds a raw newline only when a json (not jsonb) column kept one as whitespace;
// such a row is written as a JSON string instead (its line starts with a quote), so that every
// line is one row and the text round-trips byte for byte.

export const BACKUP_FORMAT = 'vatra-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  engine: Engine;
  /** The schema_migrations rows of the source: a restore builds the same schema first. */
  migrations: { version: number; name: string; checksum: string }[];
  tables: TableFingerprint[];
  sequences: SequenceState[];
}

/** A backup that cannot be written or restored; the message says why, for an administrator. */
export class BackupError extends Error {}

export function encodeRow(text: string): string {
  return text.includes('\n') ? JSON.stringify(text) : text;
}

export function decodeRow(line: string): string {
  return line.startsWith('"') ? (JSON.parse(line) as string) : line;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseHeader(line: string | undefined, file: string): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(line ?? '');
  } catch {
    throw new BackupError(`${file} is not a Vatra backup (its first line is not a backup header)`);
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT) {
    throw new BackupError(`${file} is not a Vatra backup (its first line is not a backup header)`);
  }
  if (value.version !== BACKUP_VERSION) {
    throw new BackupError(
      `${file} is a backup in format version ${String(value.version)}; this Vatra reads version ${BACKUP_VERSION}`,
    );
  }
  const migrationsOk =
    Array.isArray(value.migrations) &&
    value.migrations.every(
      (m) =>
        isObject(m) &&
        Number.isInteger(m.version) &&
        typeof m.name === 'string' &&
        typeof m.checksum === 'string',
    );
  const tablesOk =
    Array.isArray(value.tables) &&
    value.tables.every(
      (t) =>
        isObject(t) &&
        typeof t.name === 'string' &&
        Number.isInteger(t.rows) &&
        (t.rows as number) >= 0 &&
        typeof t.checksum === 'string',
    );
  const sequencesOk =
    Array.isArray(value.sequences) &&
    value.sequences.every(
      (s) =>
        isObject(s) &&
        typeof s.name === 'string' &&
        typeof s.lastValue === 'string' &&
        /^-?\d+$/.test(s.lastValue) &&
        typeof s.isCalled === 'boolean',
    );
  if (!migrationsOk || !tablesOk || !sequencesOk || typeof value.createdAt !== 'string') {
    throw new BackupError(`${file}: the backup header is damaged (fields missing or of the wrong type)`);
  }
  return value as unknown as BackupHeader;
}

/**
 * The lines of a gzip'd file, one at a time, without holding more than a chunk in memory.
 * A damaged or cut-off file fails here with a BackupError that says so.
 */
export async function* readLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const piping = pipeline(createReadStream(file), gunzip);
  piping.catch(() => undefined); // the same error surfaces below, through the iteration
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const lines = (pending + decoder.write(chunk)).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) yield line;
    }
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new BackupError(`${file}: no such file`);
    if (err.code === 'EACCES') throw new BackupError(`${file}: permission denied`);
    if (err.code === 'EISDIR') throw new BackupError(`${file} is a directory, not a backup file`);
    if (err.code === 'Z_DATA_ERROR' && /header/i.test(err.message)) {
      throw new BackupError(`${file} is not a Vatra backup (not a gzip file)`);
    }
    throw new BackupError(`${file} is damaged or incomplete: ${err.message}`);
  } finally {
    gunzip.destroy();
  }
  pending += decoder.end();
  if (pending !== '') yield pending;
}

import { once } from 'node:events';
import { createWriteStream, existsSync, openSync, renameSync, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/open.js';
import type { Database } from '../../db/schema.js';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, encodeRow, type BackupHeader } from './format.js';
import {
  RowChecksum,
  listSequences,
  listTables,
  rowsQuery,
  schemaExists,
  setStableOutput,
  tableFingerprints,
  type TableInfo,
} from './tables.js';

export interface BackupOptions {
  /** Replace an existing file; without it an existing file is refused. */
  overwrite?: boolean;
  /** Rows fetched from the database at a time. */
  batchRows?: number;
}

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
  header: BackupHeader;
}

const CURSOR = 'vatra_backup_rows';

/**
 * Writes every row of every table to `file` (see format.ts), from one consistent snapshot: the
 * server may keep running. The file appears only when complete (written aside, then renamed),
 * and is readable by its owner only: it holds personal data and password hashes.
 */
export async function writeBackup(db: Db, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  if (!options.overwrite && existsSync(file)) {
    throw new BackupError(`${file} already exists; choose another name (or overwrite it with --force)`);
  }
  const partial = `${file}.partial-${process.pid}`;
  let fd: number;
  try {
    // Opened here, so that a missing directory or a permission fails before any reading.
    fd = openSync(partial, 'w', 0o600);
  } catch (error) {
    throw new BackupError(`cannot write ${file}: ${(error as Error).message}`);
  }
  const gzip = createGzip();
  const piping = pipeline(gzip, createWriteStream(partial, { fd }));
  let writeError: unknown;
  piping.catch((error: unknown) => (writeError = error)); // awaited below, and raced in write()
  const write = async (text: string) => {
    if (!gzip.write(text)) await Promise.race([once(gzip, 'drain'), piping]);
  };
  try {
    const header = await db.kysely
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        if (!(await schemaExists(trx))) {
          throw new BackupError('the database has no Vatra schema yet: there is nothing to back up');
        }
        await setStableOutput(trx);
        const tables = await listTables(trx);
        const fingerprints = new Map((await tableFingerprints(trx)).map((f) => [f.name, f]));
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          engine: db.engine,
          migrations: await trx
            .selectFrom('schema_migrations')
            .select(['version', 'name', 'checksum'])
            .orderBy('version')
            .execute(),
          // In the order the rows follow in the file: referenced tables first.
          tables: tables.map((t) => fingerprints.get(t.name) ?? { name: t.name, rows: -1, checksum: '' }),
          sequences: await listSequences(trx),
        };
        await write(`${JSON.stringify(header)}\n`);
        for (const table of tables) {
          const expected = header.tables.find((t) => t.name === table.name);
          const written = await copyTable(trx, table, write, options.batchRows ?? 500);
          // Same snapshot, same text: a difference would mean the file does not match its header.
          if (written.rows !== expected?.rows || written.checksum !== expected.checksum) {
            throw new BackupError(`table ${table.name} changed while it was being written; backup abandoned`);
          }
        }
        return header;
      });
    gzip.end();
    await piping;
    renameSync(partial, file);
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    return { file, tables: header.tables.length, rows, header };
  } catch (error) {
    gzip.destroy();
    await piping.catch(() => undefined);
    rmSync(partial, { force: true });
    if (error !== undefined && error === writeError) {
      throw new BackupError(`cannot write ${file}: ${(error as Error).message}`);
    }
    throw error;
  }
}

/** Streams one table's rows through a cursor, a batch at a time; returns what it wrote. */
async function copyTable(
  trx: Transaction<Database>,
  table: TableInfo,
  write: (text: string) => Promise<void>,
  batchRows: number,
): Promise<{ rows: number; checksum: string }> {
  // A cursor rather than keyset or offset pagination: one pass in key order whatever the key
  // (composite, text, none at all), inside the snapshot the whole backup reads from.
  await sql.raw(`declare ${CURSOR} no scroll cursor for ${rowsQuery(table)}`).execute(trx);
  const checksum = new RowChecksum();
  for (;;) {
    const { rows } = await sql<{
      doc: string;
    }>`fetch forward ${sql.raw(String(batchRows))} from ${sql.raw(CURSOR)}`.execute(trx);
    if (rows.length === 0) break;
    let chunk = '';
    for (const { doc } of rows) {
      checksum.add(doc);
      chunk += `${encodeRow(doc)}\n`;
    }
    await write(chunk);
  }
  await sql.raw(`close ${CURSOR}`).execute(trx);
  return { rows: checksum.rows, checksum: checksum.digest() };
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from '../db/open.js';
import { verifyAuditChain } from '../services/audit/trail.js';
import { writeBackup } from '../services/backup/backup.js';
import { restoreBackup } from '../services/backup/restore.js';
import { migrationName } from './database.js';
import { CliError, EXIT_OK } from './errors.js';
import type { Io } from './io.js';

/** Checked before the database is opened, so that a taken name fails at once. */
export function refuseExisting(file: string, options: { force?: boolean }): void {
  if (!options.force && existsSync(file)) {
    throw new CliError(`${resolve(file)} already exists; choose another name (or overwrite it with --force)`);
  }
}

/** `vatra backup <file>` */
export async function backupCommand(
  db: Db,
  file: string,
  options: { force?: boolean },
  io: Io,
): Promise<number> {
  const summary = await writeBackup(db, resolve(file), { overwrite: options.force === true });
  io.out(
    `backup written to ${summary.file}: ${summary.tables} tables, ${summary.rows} rows (from ${db.engine})`,
  );
  return EXIT_OK;
}

/** `vatra restore <file>`: into an empty database only. */
export async function restoreCommand(db: Db, file: string, io: Io): Promise<number> {
  const summary = await restoreBackup(db, resolve(file));
  io.out(
    `restored ${summary.tables} tables, ${summary.rows} rows from a ${summary.header.engine} backup of ${summary.header.createdAt}; every table matches its checksum`,
  );
  const chain = await verifyAuditChain(db.kysely);
  io.out(
    chain.ok
      ? `audit chain intact: ${chain.checked} entries`
      : `warning: the restored audit chain is broken at entry ${chain.firstBrokenId} (${chain.reason}), as it was in the backup`,
  );
  if (summary.pendingMigrations.length > 0) {
    const names = summary.pendingMigrations.map(migrationName);
    io.out(
      `newer migrations (${names.join(', ')}) will be applied by \`vatra migrate\` or the next server start`,
    );
  }
  return EXIT_OK;
}

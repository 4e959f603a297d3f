import { sql, type Transaction } from 'kysely';
import { migrate, readMigrations, type Migration } from '../../db/migrate.js';
import type { Db } from '../../db/open.js';
import type { Database } from '../../db/schema.js';
import { BackupError, decodeRow, parseHeader, readLines, type BackupHeader } from './format.js';
import {
  RowChecksum,
  listSequences,
  listTables,
  ownedSequences,
  quoteIdent,
  schemaExists,
  setStableOutput,
  tableFingerprints,
  type TableFingerprint,
  type TableInfo,
} from './tables.js';

export interface RestoreOptions {
  /** Rows sent to the database in one statement. */
  batchRows?: number;
  /** …or fewer, when their text reaches this many characters. */
  batchChars?: number;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  header: BackupHeader;
  /** Migrations this Vatra has beyond the backup's: the next `vatra migrate` or start applies them. */
  pendingMigrations: { version: number; name: string }[];
}

// The same lock number db/migrate.ts takes: a server starting on the same PostgreSQL database
// waits until the restore has committed instead of migrating an empty schema beside it.
const MIGRATION_LOCK = 727274;
const STAGING = 'vatra_restore_rows';

type Lines = AsyncGenerator<string>;

/**
 * Restores a backup into an empty database: the backup's migrations, then every row of every
 * table, then the sequences, all in one transaction; before committing, every table's row count
 * and checksum must equal the header's. Anything wrong leaves the database as it was.
 */
export async function restoreBackup(
  db: Db,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const lines = readLines(file);
  try {
    const first = await lines.next();
    const header = parseHeader(first.done ? undefined : first.value, file);
    const migrations = migrationsOf(header);
    const applied = await requireEmptyTarget(db, header);
    // Creates only the (empty) schema_migrations table if it is missing: the backup's own
    // schema_migrations rows are restored below like any other table's.
    await migrate(db, []);
    await db.kysely.transaction().execute(async (trx) => {
      if (db.engine === 'postgres') await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      await setStableOutput(trx);
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        try {
          await sql.raw(migration.sql).execute(trx);
        } catch (error) {
          throw new BackupError(
            `migration ${migration.version}_${migration.name} failed during the restore: ${(error as Error).message}`,
          );
        }
      }
      const tables = await listTables(trx);
      requireSameTables(header, tables);
      // Migrations may fill reference tables; the backup has those rows too, as they were.
      // audit_log refuses deletes, but it is empty here: only a row-level trigger guards it.
      for (const table of [...tables].reverse()) {
        await sql.raw(`delete from ${quoteIdent(table.name)}`).execute(trx);
      }
      await sql
        .raw(`create temporary table ${STAGING} (n bigint not null, doc json not null) on commit drop`)
        .execute(trx);
      const byName = new Map(tables.map((t) => [t.name, t]));
      for (const expected of header.tables) {
        const table = byName.get(expected.name);
        if (!table) throw new BackupError(`table ${expected.name} is missing from the schema`);
        await restoreTable(trx, table, expected, lines, file, options);
      }
      for (;;) {
        const extra = await lines.next();
        if (extra.done) break;
        if (extra.value !== '') {
          throw new BackupError(`${file} has more rows than its header lists; the file is damaged`);
        }
      }
      await restoreSequences(trx, header);
      await verify(trx, header);
    });
    const restoredVersions = new Set(header.migrations.map((m) => m.version));
    return {
      tables: header.tables.length,
      rows: header.tables.reduce((sum, t) => sum + t.rows, 0),
      header,
      pendingMigrations: readMigrations()
        .filter((m) => !restoredVersions.has(m.version))
        .map(({ version, name }) => ({ version, name })),
    };
  } finally {
    await lines.return(undefined);
  }
}

/** The migration files the backup was made with; this Vatra must have each, unchanged. */
function migrationsOf(header: BackupHeader): Migration[] {
  const known = new Map(readMigrations().map((m) => [m.version, m]));
  return [...header.migrations]
    .sort((a, b) => a.version - b.version)
    .map((m) => {
      const code = known.get(m.version);
      if (!code) {
        throw new BackupError(
          `the backup needs migration ${m.version}_${m.name}, which this Vatra version does not have; restore it with the Vatra version that made it, or a newer one`,
        );
      }
      if (code.checksum !== m.checksum) {
        throw new BackupError(
          `migration ${m.version}_${m.name} of the backup differs from this Vatra's ${code.version}_${code.name}; restore it with the Vatra version that made it`,
        );
      }
      return code;
    });
}

/**
 * The target must hold no data: no rows in any table (schema_migrations aside), and no
 * migration the backup does not have. Returns the versions already applied.
 */
async function requireEmptyTarget(db: Db, header: BackupHeader): Promise<Set<number>> {
  const tables = await listTables(db.kysely);
  for (const table of tables) {
    if (table.name === 'schema_migrations') continue;
    const { rows } = await sql<{
      present: boolean;
    }>`select exists (select from ${sql.raw(quoteIdent(table.name))}) as present`.execute(db.kysely);
    if (rows[0]?.present) {
      throw new BackupError(
        `the target database is not empty (table ${table.name} has rows); restore only into a new, empty database: ` +
          'a fresh VATRA_DATA_DIR, or an empty PostgreSQL database on which no Vatra server has started',
      );
    }
  }
  if (!(await schemaExists(db.kysely))) return new Set();
  const applied = await db.kysely.selectFrom('schema_migrations').select('version').execute();
  const inBackup = new Set(header.migrations.map((m) => m.version));
  const extra = applied.map((m) => m.version).filter((v) => !inBackup.has(v));
  if (extra.length > 0) {
    throw new BackupError(
      `the target database already has migration(s) ${extra.join(', ')}, which the backup does not; restore into a new, empty database`,
    );
  }
  return new Set(applied.map((m) => m.version));
}

function requireSameTables(header: BackupHeader, tables: TableInfo[]): void {
  const inSchema = new Set(tables.map((t) => t.name));
  const inBackup = new Set(header.tables.map((t) => t.name));
  const missing = [...inBackup].filter((name) => !inSchema.has(name));
  const unknown = [...inSchema].filter((name) => !inBackup.has(name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new BackupError(
      `the backup's tables do not match its schema (${[
        ...missing.map((n) => `${n} only in the backup`),
        ...unknown.map((n) => `${n} only in the schema`),
      ].join(', ')}); the file is damaged`,
    );
  }
}

/**
 * One table: its rows go to a staging table in batches, then into the table in ONE statement.
 * Foreign keys that are not deferrable are checked at the end of each statement, so a table
 * that references itself (jurisdictions.parent_id) restores whatever order its rows come in.
 * (session_replication_role = replica would skip the checks instead, but on PostgreSQL only a
 * superuser may set it, and a hosted database seldom gives one; this way needs no privilege and
 * runs the same on PGlite. Triggers stay on: insert triggers that changed rows would show up as
 * a checksum mismatch below, not as a silently different copy.)
 */
async function restoreTable(
  trx: Transaction<Database>,
  table: TableInfo,
  expected: TableFingerprint,
  lines: Lines,
  file: string,
  options: RestoreOptions,
): Promise<void> {
  const batchRows = options.batchRows ?? 1000;
  const batchChars = options.batchChars ?? 4_000_000;
  const checksum = new RowChecksum();
  let batch: string[] = [];
  let chars = 0;
  let staged = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    try {
      await sql`insert into ${sql.raw(STAGING)} (n, doc)
        select ${staged}::bigint + e.ord, e.value
        from json_array_elements(${`[${batch.join(',')}]`}::json) with ordinality as e(value, ord)`.execute(
        trx,
      );
    } catch (error) {
      throw new BackupError(
        `table ${table.name}: the rows in ${file} are not valid (${(error as Error).message}); the file is damaged`,
      );
    }
    staged += batch.length;
    batch = [];
    chars = 0;
  };
  for (let i = 0; i < expected.rows; i++) {
    const next = await lines.next();
    if (next.done) {
      throw new BackupError(
        `${file} ends early: table ${table.name} should have ${expected.rows} rows, the file has ${i}`,
      );
    }
    let text: string;
    try {
      text = decodeRow(next.value);
    } catch {
      throw new BackupError(`table ${table.name}: row ${i + 1} in ${file} is not valid; the file is damaged`);
    }
    checksum.add(text);
    batch.push(text);
    chars += text.length;
    if (batch.length >= batchRows || chars >= batchChars) await flush();
  }
  await flush();
  if (checksum.digest() !== expected.checksum) {
    throw new BackupError(
      `table ${table.name}: its rows in ${file} do not match the header's checksum; the file is damaged`,
    );
  }
  const name = quoteIdent(table.name);
  const columns = table.insertColumns.map(quoteIdent);
  try {
    // OVERRIDING SYSTEM VALUE: identity columns keep the backup's values (ids must not change:
    // the audit chain and every reference depend on them).
    await sql
      .raw(
        `insert into ${name} (${columns.join(', ')}) overriding system value
         select ${columns.map((c) => `r.${c}`).join(', ')}
         from ${STAGING} s cross join lateral json_populate_record(null::${name}, s.doc) r order by s.n`,
      )
      .execute(trx);
  } catch (error) {
    throw new BackupError(`table ${table.name} could not be restored: ${(error as Error).message}`);
  }
  await sql.raw(`truncate ${STAGING}`).execute(trx);
}

/** Sequences as they were; a numbering column's sequence at least at its highest value. */
async function restoreSequences(trx: Transaction<Database>, header: BackupHeader): Promise<void> {
  const present = new Set((await listSequences(trx)).map((s) => s.name));
  for (const state of header.sequences) {
    if (!present.has(state.name)) continue;
    await sql`select setval(${`public.${quoteIdent(state.name)}`}::regclass, ${state.lastValue}::bigint, ${sql.raw(
      state.isCalled ? 'true' : 'false',
    )})`.execute(trx);
  }
  for (const owned of await ownedSequences(trx)) {
    const sequence = `public.${quoteIdent(owned.sequence)}`;
    await sql
      .raw(
        `select setval('${sequence.replace(/'/g, "''")}'::regclass, m.max)
         from (select max(${quoteIdent(owned.column)})::bigint as max from ${quoteIdent(owned.table)}) m, ${sequence} s
         where m.max is not null and m.max > case when s.is_called then s.last_value else s.last_value - 1 end`,
      )
      .execute(trx);
  }
}

async function verify(trx: Transaction<Database>, header: BackupHeader): Promise<void> {
  const restored = new Map((await tableFingerprints(trx)).map((f) => [f.name, f]));
  for (const expected of header.tables) {
    const actual = restored.get(expected.name);
    if (actual?.rows !== expected.rows || actual.checksum !== expected.checksum) {
      throw new BackupError(
        `verification failed for table ${expected.name}: the backup has ${expected.rows} rows (checksum ${expected.checksum}), ` +
          `the restored table ${actual?.rows ?? 0} rows (checksum ${actual?.checksum ?? '-'}); nothing was restored`,
      );
    }
  }
}

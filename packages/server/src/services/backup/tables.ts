import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

// What a backup covers: every table of schema public, found in the catalog (so tables of later
// migrations are included without anyone remembering to list them), in an order where a table
// comes after every table it references.

export interface TableInfo {
  name: string;
  /** Columns a row can be inserted with: all but generated ones, in table order. */
  insertColumns: string[];
  /** ORDER BY over alias ROW: the primary key, or the whole row's JSON text when there is none. */
  orderBy: string;
  /** Other tables this one has foreign keys to (self-references left out). */
  references: string[];
}

export interface TableFingerprint {
  name: string;
  rows: number;
  checksum: string;
}

/** The alias every generated query gives the table, so row_to_json(ROW) means the whole row. */
export const ROW = '_vatra_row';

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Session settings that make row_to_json text the same on every server and engine: timestamps
 * in UTC (their text carries the session's offset), interval and float output fixed.
 */
export async function setStableOutput(trx: Kysely<Database>): Promise<void> {
  await sql
    .raw(
      `set local timezone = 'UTC'; set local datestyle = 'ISO, YMD'; set local intervalstyle = 'postgres';
       set local extra_float_digits = 1; set local bytea_output = 'hex'`,
    )
    .execute(trx);
}

export async function schemaExists(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{
    present: boolean;
  }>`select to_regclass('public.schema_migrations') is not null as present`.execute(db);
  return rows[0]?.present === true;
}

/** Tables of schema public, referenced tables first. */
export async function listTables(db: Kysely<Database>): Promise<TableInfo[]> {
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition`.execute(db);
  const columns = await sql<{ table: string; column: string; collatable: boolean; generated: boolean }>`
    select c.relname as "table", a.attname as "column", a.attcollation <> 0 as collatable,
      a.attgenerated <> '' as generated
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`.execute(db);
  const keys = await sql<{ table: string; column: string }>`
    select c.relname as "table", a.attname as "column"
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    cross join lateral unnest(i.indkey::int2[]) with ordinality as k(attnum, ord)
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
    where i.indisprimary and n.nspname = 'public'
    order by c.relname, k.ord`.execute(db);
  const foreign = await sql<{ table: string; referenced: string }>`
    select distinct c.relname as "table", r.relname as referenced
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace join pg_namespace rn on rn.oid = r.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and rn.nspname = 'public'`.execute(db);

  const infos = tables.rows.map(({ name }): TableInfo => {
    const own = columns.rows.filter((c) => c.table === name);
    const key = keys.rows
      .filter((k) => k.table === name)
      .map((k) => {
        const collatable = own.find((c) => c.column === k.column)?.collatable ?? false;
        // Text keys sort bytewise: the order (and so the checksum) must not depend on a locale.
        return `${ROW}.${quoteIdent(k.column)}${collatable ? ' collate "C"' : ''}`;
      });
    return {
      name,
      insertColumns: own.filter((c) => !c.generated).map((c) => c.column),
      orderBy: key.length > 0 ? key.join(', ') : `row_to_json(${ROW})::text collate "C"`,
      references: [
        ...new Set(
          foreign.rows.filter((f) => f.table === name && f.referenced !== name).map((f) => f.referenced),
        ),
      ],
    };
  });
  return orderByReferences(infos);
}

/**
 * Topological order: a table after the tables it references, ties by name. A reference cycle
 * between tables (none exists today) cannot be ordered: the first of its tables by name is
 * placed anyway, and a restore then fails on the foreign key, loudly, rather than restoring
 * something incomplete.
 */
export function orderByReferences(tables: TableInfo[]): TableInfo[] {
  const remaining = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const known = new Set(remaining.map((t) => t.name));
  const placed = new Set<string>();
  const ordered: TableInfo[] = [];
  while (remaining.length > 0) {
    const index = remaining.findIndex((t) => t.references.every((r) => placed.has(r) || !known.has(r)));
    const [next] = remaining.splice(index === -1 ? 0 : index, 1);
    if (!next) break;
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}

/** The SQL text whose rows a backup holds: one row_to_json text per row, in key order. */
export function rowsQuery(table: TableInfo): string {
  return `select row_to_json(${ROW})::text as doc from ${quoteIdent(table.name)} ${ROW} order by ${table.orderBy}`;
}

/**
 * The checksum of a table: md5 over the md5 of each row's row_to_json text, in key order. Built
 * from per-row digests so that the database never holds more than 32 bytes a row to compute it,
 * and so that a reader of a backup file can compute the same value row by row (RowChecksum).
 */
export class RowChecksum {
  private readonly hash = createHash('md5');
  rows = 0;
  add(text: string): void {
    this.hash.update(createHash('md5').update(text, 'utf8').digest('hex'));
    this.rows++;
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

async function fingerprintOf(trx: Kysely<Database>, table: TableInfo): Promise<TableFingerprint> {
  const { rows } = await sql<{ rows: string; checksum: string }>`
    select count(*)::text as rows,
      md5(coalesce(string_agg(md5(row_to_json(${sql.raw(ROW)})::text), '' order by ${sql.raw(table.orderBy)}), ''))
        as checksum
    from ${sql.raw(quoteIdent(table.name))} ${sql.raw(ROW)}`.execute(trx);
  const row = rows[0];
  return { name: table.name, rows: Number(row?.rows ?? 0), checksum: row?.checksum ?? '' };
}

/**
 * Row count and checksum of every table, in reference order, read in one snapshot. Equal
 * fingerprints on two databases mean equal contents, whichever engine each one runs on.
 */
export async function tableFingerprints(db: Kysely<Database>): Promise<TableFingerprint[]> {
  if (!db.isTransaction) {
    return db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((trx) => tableFingerprints(trx));
  }
  await setStableOutput(db);
  const result: TableFingerprint[] = [];
  for (const table of await listTables(db)) result.push(await fingerprintOf(db, table));
  return result;
}

export interface SequenceState {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export async function listSequences(db: Kysely<Database>): Promise<SequenceState[]> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'S' order by c.relname`.execute(db);
  const states: SequenceState[] = [];
  for (const { name } of rows) {
    const { rows: state } = await sql<{ last_value: string; is_called: boolean }>`
      select last_value::text as last_value, is_called from ${sql.raw(`public.${quoteIdent(name)}`)}`.execute(
      db,
    );
    states.push({ name, lastValue: state[0]?.last_value ?? '1', isCalled: state[0]?.is_called ?? false });
  }
  return states;
}

/** Sequences that number a column (serial, bigserial, identity), with that column. */
export async function ownedSequences(
  db: Kysely<Database>,
): Promise<{ sequence: string; table: string; column: string }[]> {
  const { rows } = await sql<{ sequence: string; table: string; column: string }>`
    select s.relname as sequence, t.relname as "table", a.attname as "column"
    from pg_depend d
    join pg_class s on s.oid = d.objid join pg_namespace n on n.oid = s.relnamespace
    join pg_class t on t.oid = d.refobjid
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where s.relkind = 'S' and n.nspname = 'public' and d.deptype in ('a', 'i')
      and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
    order by s.relname`.execute(db);
  return rows;
}

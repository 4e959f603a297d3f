import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * The next number of a series in a year (cases, certificates, decisions), taken inside the
 * caller's transaction: the row lock serialises concurrent takers, and a rolled-back
 * transaction gives its number back.
 */
export async function nextNumber(trx: Kysely<Database>, series: string, year: number): Promise<number> {
  const result = await sql<{ last_value: number }>`
    insert into number_sequences (series, year, last_value) values (${series}, ${year}, 1)
    on conflict (series, year) do update set last_value = number_sequences.last_value + 1
    returning last_value`.execute(trx);
  const row = result.rows[0];
  if (!row) throw new Error(`no number taken for ${series}/${year}`);
  return Number(row.last_value);
}

/** "XK-PEJ" → "PEJ": the municipality part of a jurisdiction code, for printed numbers. */
export function localCode(jurisdictionCode: string): string {
  return jurisdictionCode.replace(/^[A-Z]{2}-/, '');
}

/** "PEJ-2026-0017": a number as printed, zero-padded to four digits. */
export function formatNumber(prefix: string, year: number, value: number): string {
  return `${prefix}-${year}-${String(value).padStart(4, '0')}`;
}

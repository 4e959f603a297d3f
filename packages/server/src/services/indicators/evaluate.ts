import {
  INDICATOR_SOURCES,
  findIndicatorDefinition,
  indicatorPercent,
  type IndicatorCondition,
  type IndicatorCountSide,
  type IndicatorDefinition,
  type IndicatorSourceKey,
} from '@vatra/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseDb } from '../../storage/cases/tables.js';
import { SOURCE_QUERIES, type SourceBounds } from './sources.js';

// Evaluates computed indicators: every definition goes through the same generic compiler (its
// conditions become a FILTER on the source's fact columns), so a new indicator is a new
// definition, never a new code path. Several definitions over one scope cost one query per
// source they count.

export interface IndicatorScope {
  /** "/XK/XK-PE/XK-PEJ/": the municipality (or any subtree) whose rows are counted. */
  jurisdictionPath: string;
  /** Inclusive period, YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface IndicatorValue {
  definitionKey: string;
  from: string;
  to: string;
  numerator: number;
  denominator: number | null;
  /** Percent (one decimal) or count; null when the denominator is 0. */
  value: number | null;
}

/** A key that names no definition: the caller answers 422. */
export class UnknownIndicatorError extends Error {
  constructor(readonly key: string) {
    super(`Unknown indicator definition "${key}"`);
    this.name = 'UnknownIndicatorError';
  }
}

/** A period or jurisdiction path that cannot be evaluated: the caller answers 422. */
export class IndicatorScopeError extends Error {
  constructor(
    readonly field: 'from' | 'to' | 'jurisdictionPath',
    message: string,
  ) {
    super(message);
    this.name = 'IndicatorScopeError';
  }
}

const DAY_MS = 86_400_000;

function day(value: string, field: 'from' | 'to'): Date {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    throw new IndicatorScopeError(field, `${field}: "${value}" is not a date (YYYY-MM-DD)`);
  return parsed;
}

/** Checks the scope and turns it into the bounds the source queries use. */
export function sourceBounds(scope: IndicatorScope): SourceBounds {
  // Codes are upper-case letters, digits and hyphens: nothing that LIKE would read as a wildcard.
  if (!/^\/(?:[A-Z0-9][A-Z0-9-]*\/)+$/.test(scope.jurisdictionPath))
    throw new IndicatorScopeError(
      'jurisdictionPath',
      `jurisdictionPath: "${scope.jurisdictionPath}" is not a path`,
    );
  const start = day(scope.from, 'from');
  const last = day(scope.to, 'to');
  if (last < start) throw new IndicatorScopeError('to', `to: ${scope.to} is before from: ${scope.from}`);
  return {
    path: scope.jurisdictionPath,
    start,
    end: new Date(last.getTime() + DAY_MS),
    fromDate: scope.from,
    toDate: scope.to,
    fromMonth: scope.from.slice(0, 7),
    toMonth: scope.to.slice(0, 7),
  };
}

function fieldRef(source: IndicatorSourceKey, field: string) {
  // Field names come from definitions; only the vocabulary's names ever reach the SQL.
  if (!(field in INDICATOR_SOURCES[source].fields)) throw new Error(`${source} has no field "${field}"`);
  return sql.ref(`f.${field}`);
}

function conditionSql(source: IndicatorSourceKey, condition: IndicatorCondition): RawBuilder<boolean> {
  const ref = fieldRef(source, condition.field);
  switch (condition.op) {
    case 'is':
      return condition.value ? sql<boolean>`${ref} is true` : sql<boolean>`${ref} is not true`;
    case 'eq':
      return sql<boolean>`${ref} = ${condition.value}`;
    case 'in':
      return sql<boolean>`${ref} in (${sql.join(condition.values)})`;
  }
}

function countSql(side: IndicatorCountSide): RawBuilder<number> {
  const counted = side.distinct
    ? sql`count(distinct ${fieldRef(side.source, side.distinct)})`
    : sql`count(*)`;
  if (!side.where.length) return sql<number>`${counted}::int`;
  const where = sql.join(
    side.where.map((condition) => conditionSql(side.source, condition)),
    sql` and `,
  );
  return sql<number>`(${counted} filter (where ${where}))::int`;
}

function definitionOf(key: string): IndicatorDefinition {
  const definition = findIndicatorDefinition(key);
  if (!definition) throw new UnknownIndicatorError(key);
  return definition;
}

/**
 * Evaluates several definitions for one scope, one query per source counted; the values by
 * definition key (in the order of `keys`, duplicates once).
 */
export async function evaluateMany(
  db: Kysely<Database>,
  keys: readonly string[],
  scope: IndicatorScope,
): Promise<Map<string, IndicatorValue>> {
  const definitions = [...new Set(keys)].map(definitionOf);
  const bounds = sourceBounds(scope);
  const bySource = new Map<IndicatorSourceKey, IndicatorCountSide[]>();
  for (const definition of definitions)
    for (const side of [definition.numerator, definition.denominator])
      if (side) bySource.set(side.source, [...(bySource.get(side.source) ?? []), side]);

  const counts = new Map<IndicatorCountSide, number>();
  const k = caseDb(db);
  for (const [source, sides] of bySource) {
    const columns = sides.map((side, index) => sql`${countSql(side)} as ${sql.raw(`n${index}`)}`);
    const result = await sql<Record<string, number>>`
      select ${sql.join(columns)} from (${SOURCE_QUERIES[source](k, bounds)}) as f`.execute(k);
    const row = result.rows[0] ?? {};
    sides.forEach((side, index) => counts.set(side, Number(row[`n${index}`] ?? 0)));
  }

  const values = new Map<string, IndicatorValue>();
  for (const definition of definitions) {
    const numerator = counts.get(definition.numerator) ?? 0;
    const denominator = definition.denominator ? (counts.get(definition.denominator) ?? 0) : null;
    values.set(definition.key, {
      definitionKey: definition.key,
      from: scope.from,
      to: scope.to,
      numerator,
      denominator,
      value: denominator === null ? numerator : indicatorPercent(numerator, denominator),
    });
  }
  return values;
}

export async function evaluateIndicator(
  db: Kysely<Database>,
  key: string,
  scope: IndicatorScope,
): Promise<IndicatorValue> {
  const value = (await evaluateMany(db, [key], scope)).get(key);
  if (!value) throw new UnknownIndicatorError(key);
  return value;
}

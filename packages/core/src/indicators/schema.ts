import { z } from 'zod';
import { localizedText } from '../config/schema.js';
import {
  INDICATOR_SOURCES,
  INDICATOR_SOURCE_KEYS,
  type IndicatorFieldSpec,
  type IndicatorSourceKey,
} from './sources.js';

// The vocabulary of computed indicators. A definition is data: which source of facts it counts,
// under which conditions, over which denominator. Adding an indicator means adding a definition,
// never a new code path; the server compiles every definition through the same few queries.

/** One condition on a fact field: a flag is true/false, a value equals one or one of several. */
export const indicatorConditionSchema = z.discriminatedUnion('op', [
  z.strictObject({ field: z.string().min(1), op: z.literal('is'), value: z.boolean() }),
  z.strictObject({ field: z.string().min(1), op: z.literal('eq'), value: z.string().min(1) }),
  z.strictObject({
    field: z.string().min(1),
    op: z.literal('in'),
    values: z.array(z.string().min(1)).min(1),
  }),
]);
export type IndicatorCondition = z.infer<typeof indicatorConditionSchema>;

/** What is counted: rows of a source that meet every condition (or distinct values of an id field). */
export const indicatorCountSideSchema = z.strictObject({
  label: localizedText,
  source: z.enum(INDICATOR_SOURCE_KEYS as [IndicatorSourceKey, ...IndicatorSourceKey[]]),
  where: z.array(indicatorConditionSchema).default([]),
  /** Count distinct values of this id field (persons, cases) instead of rows. */
  distinct: z.string().min(1).optional(),
});
export type IndicatorCountSide = z.infer<typeof indicatorCountSideSchema>;

export const INDICATOR_DEFINITION_UNITS = ['percent', 'count'] as const;

export const indicatorDefinitionSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, 'lower-case words joined by dots'),
  title: localizedText,
  /** The sentence a reader sees: what is counted, over what, in which period. */
  definition: localizedText,
  unit: z.enum(INDICATOR_DEFINITION_UNITS),
  numerator: indicatorCountSideSchema,
  denominator: indicatorCountSideSchema.nullable(),
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;
/** The input form (before defaults), as definitions are written. */
export type IndicatorDefinitionInput = z.input<typeof indicatorDefinitionSchema>;

function sameCondition(a: IndicatorCondition, b: IndicatorCondition): boolean {
  if (a.field !== b.field || a.op !== b.op) return false;
  if (a.op === 'in' && b.op === 'in')
    return [...a.values].sort().join('\u0000') === [...b.values].sort().join('\u0000');
  return 'value' in a && 'value' in b && a.value === b.value;
}

function conditionProblems(side: IndicatorCountSide, where: string): string[] {
  const fields: Record<string, IndicatorFieldSpec> = INDICATOR_SOURCES[side.source].fields;
  const problems: string[] = [];
  if (side.distinct !== undefined && fields[side.distinct]?.type !== 'id')
    problems.push(`${where}.distinct: "${side.distinct}" is not an id field of ${side.source}`);
  for (const condition of side.where) {
    const spec = fields[condition.field];
    if (!spec) {
      problems.push(`${where}: ${side.source} has no field "${condition.field}"`);
      continue;
    }
    if (condition.op === 'is' && spec.type !== 'boolean')
      problems.push(`${where}: "${condition.field}" is not a yes/no field`);
    if (condition.op !== 'is') {
      if (spec.type !== 'enum') {
        problems.push(`${where}: "${condition.field}" takes no values`);
        continue;
      }
      const values = condition.op === 'eq' ? [condition.value] : condition.values;
      for (const value of values)
        if (!spec.values.includes(value))
          problems.push(`${where}: "${value}" is not a value of ${condition.field}`);
    }
  }
  return problems;
}

/**
 * What is wrong with a definition against the vocabulary: unknown fields or values, a percent
 * without denominator, a numerator that is not a subset of its denominator. Empty when valid.
 */
export function indicatorDefinitionProblems(definition: IndicatorDefinition): string[] {
  const problems = [
    ...conditionProblems(definition.numerator, 'numerator'),
    ...(definition.denominator ? conditionProblems(definition.denominator, 'denominator') : []),
  ];
  const { numerator, denominator } = definition;
  if (definition.unit === 'percent' && !denominator) problems.push('a percent needs a denominator');
  if (definition.unit === 'count' && denominator) problems.push('a count has no denominator');
  if (denominator) {
    if (numerator.source !== denominator.source)
      problems.push('numerator and denominator count different sources');
    else {
      // Every row counted above the line must also be counted below it.
      for (const condition of denominator.where)
        if (!numerator.where.some((other) => sameCondition(other, condition)))
          problems.push(`numerator lacks the denominator's condition on "${condition.field}"`);
      if (numerator.distinct !== denominator.distinct)
        problems.push('numerator and denominator count differently');
    }
  }
  return problems.map((problem) => `${definition.key}: ${problem}`);
}

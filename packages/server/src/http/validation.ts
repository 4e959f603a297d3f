import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FieldProblem } from './errors.js';

// Turns zod issues (as fastify-type-provider-zod reports them) into field problems with
// catalog keys, so the user reads "At least 10 characters." in their own language.

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  expected?: string;
  input?: unknown;
  message?: string;
  keys?: string[];
  params?: Record<string, unknown>;
}

const NUL_REFUSAL = 'nul_character';

/** Where a value holds a NUL character: in a string, or in an object's key. */
export function nulPaths(
  value: unknown,
  path: PropertyKey[] = [],
  found: PropertyKey[][] = [],
): PropertyKey[][] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nulPaths(item, [...path, i], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) found.push([...path, key]);
      else nulPaths(item, [...path, key], found);
    }
  }
  return found;
}

/** The issues of a failed validation: fastify-type-provider-zod reports them as an array. */
function issuesOf(result: unknown): unknown[] {
  const error = (result as { error?: unknown } | null)?.error;
  return Array.isArray(error) ? (error as unknown[]) : [];
}

/**
 * The zod validator, refusing NUL characters first in every body, query and path: PostgreSQL
 * cannot store them in text or jsonb, and a request holding one failed with a 500 wherever a
 * string reached the database (a search, a note, a login name). One check for every route
 * rather than a refinement on each of the API's strings.
 */
export const validatorCompiler: typeof zodValidatorCompiler = (route) => {
  const validate = zodValidatorCompiler(route);
  return (data) => {
    const paths = nulPaths(data);
    const result = validate(data);
    if (!paths.length) return result;
    const refusal = z.unknown().superRefine((_, ctx) => {
      for (const path of paths) {
        ctx.addIssue({ code: 'custom', path, message: 'NUL character', params: { refusal: NUL_REFUSAL } });
      }
    });
    const refused = zodValidatorCompiler({ ...route, schema: refusal })(data);
    // The NUL problems first (a field gets its first problem), then the schema's own ones.
    const own = issuesOf(result);
    if (!own.length) return refused;
    return { error: [...issuesOf(refused), ...own] as unknown as Error };
  };
};

export function fieldProblem(issue: ZodIssueLike): FieldProblem {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined && /received undefined/.test(issue.message ?? '')) {
        return { key: 'server.fields.required' };
      }
      return issue.expected === 'number'
        ? { key: 'server.fields.notNumber' }
        : { key: 'server.fields.invalid' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { key: 'server.fields.required' }
          : { key: 'server.fields.tooShort', values: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { key: 'server.fields.tooFew', values: { min: Number(issue.minimum) } };
      }
      return { key: 'server.fields.tooSmall', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'server.fields.tooLong', values: { max: Number(issue.maximum) } }
        : { key: 'server.fields.tooBig', values: { max: Number(issue.maximum) } };
    case 'invalid_value':
    case 'invalid_enum_value':
      return { key: 'server.fields.invalidOption' };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'server.fields.invalidEmail' };
      if (issue.format === 'datetime' || issue.format === 'date') return { key: 'server.fields.invalidDate' };
      return { key: 'server.fields.invalidFormat' };
    case 'unrecognized_keys':
      return { key: 'server.fields.unknownField' };
    case 'custom':
      if (issue.params?.refusal === NUL_REFUSAL) return { key: 'server.fields.nulCharacter' };
      return { key: 'server.fields.invalid' };
    default:
      return { key: 'server.fields.invalid' };
  }
}

export function fieldName(path: PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '_';
}

export function fieldProblems(issues: ZodIssueLike[]): Record<string, FieldProblem> {
  const result: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const name = fieldName(issue.path);
    result[name] ??= fieldProblem(issue);
  }
  return result;
}

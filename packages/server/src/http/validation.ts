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
}

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

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldProblems, nulPaths, validatorCompiler } from './validation.js';

// PostgreSQL refuses NUL characters in text and jsonb: a request holding one used to fail with a
// 500 wherever the string reached the database. The validator refuses them for every route.

describe('NUL characters', () => {
  it('are found in strings at any depth and in object keys', () => {
    expect(nulPaths({ a: ['ok', 'b\u0000'], 'k\u0000': 1, c: { d: 'e\u0000f' }, n: 5 })).toEqual([
      ['a', 1],
      ['k\u0000'],
      ['c', 'd'],
    ]);
    expect(nulPaths('\u0000')).toEqual([[]]);
    expect(nulPaths({ a: 'plain', b: null, c: [1, true] })).toEqual([]);
  });

  it('are refused before the schema runs, with the schema’s own problems after them', () => {
    const validate = validatorCompiler({
      schema: z.object({ note: z.string().max(4000), version: z.number().int() }),
      method: 'POST',
      url: '/api/test',
      httpPart: 'body',
    });
    expect(validate({ note: 'fine', version: 1 })).toEqual({ value: { note: 'fine', version: 1 } });
    const result = validate({ note: 'a\u0000b' }) as { error?: unknown };
    // As the error handler (http/app.ts) reads fastify-type-provider-zod's report.
    type Reported = { keyword: string; instancePath: string; message: string; params: object };
    const issues = (result.error as unknown as Reported[]).map((v) => ({
      ...v.params,
      code: v.keyword,
      message: v.message,
      path: v.instancePath.split('/').filter(Boolean),
    }));
    expect(fieldProblems(issues)).toEqual({
      note: { key: 'server.fields.nulCharacter' },
      version: { key: 'server.fields.required' },
    });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanFile, type PlanFile } from '@vatra/core';
import { planFromJson, planToJson } from './json.js';
import { scanForError } from './json-position.js';
import { problemsToFields, type ImportProblem } from './problems.js';

const PLANS_DIR = new URL('../../../../../../plans/', import.meta.url);
const shipped = readdirSync(PLANS_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const text = readFileSync(new URL(name, PLANS_DIR), 'utf8');
    return { name, text, plan: loadPlanFile(JSON.parse(text) as unknown, `plans/${name}`) };
  });

function imported(text: string): PlanFile {
  const result = planFromJson(text);
  if (!('plan' in result)) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.plan;
}

function problems(text: string): ImportProblem[] {
  const result = planFromJson(text);
  if ('plan' in result) throw new Error('the import was expected to fail');
  return result.problems;
}

/** A copy of a shipped plan to break. */
function copy(plan: PlanFile): PlanFile {
  return structuredClone(plan);
}

describe('plan JSON export and import', () => {
  it('finds the five shipped plans', () => {
    expect(shipped).toHaveLength(5);
  });

  it.each(shipped.map((entry) => [entry.name, entry] as const))(
    '%s: export → import → export is byte-identical',
    (_name, { plan }) => {
      const exported = planToJson(plan);
      const back = imported(exported);
      expect(planToJson(back)).toBe(exported);
      expect(back).toEqual(plan);
    },
  );

  it.each(shipped.map((entry) => [entry.name, entry] as const))(
    '%s: the export is the shipped file, canonical (defaults written out, schema key order)',
    (_name, { text, plan }) => {
      const exported = planToJson(plan);
      expect(exported.endsWith('}\n')).toBe(true);
      expect(exported).toBe(`${JSON.stringify(JSON.parse(exported), null, 2)}\n`);
      // The shipped files are kept canonical: byte for byte what an export writes.
      expect(exported).toBe(text);
      // The canonical text is a fixed point.
      expect(planToJson(imported(text))).toBe(exported);
    },
  );

  it('gives the line and column of a syntax error', () => {
    const text = '{\n  "key": "x",\n  "kind": ,\n}';
    expect(problems(text)).toEqual([
      expect.objectContaining({
        line: 3,
        lineColumn: 11,
        message: expect.stringContaining('not valid JSON'),
      }),
    ]);
    // V8 gives no position for this one; the scanner finds it.
    expect(problems('{\n  "a": tru }')).toEqual([expect.objectContaining({ line: 2, lineColumn: 11 })]);
    expect(problems('{\n  "a": 1')).toEqual([expect.objectContaining({ line: 2, lineColumn: 9 })]);
    expect(problems('\uFEFF[1,]')).toEqual([expect.objectContaining({ line: 1, lineColumn: 5 })]);
  });

  it('scans JSON like JSON.parse', () => {
    for (const valid of ['{}', '[]', ' {"a": [1, -2.5e+3, "x\\u00e9\\n", true, false, null]} ', '"s"', '0'])
      expect(scanForError(valid)).toBeUndefined();
    expect(scanForError('{"a": 01}')).toBe(7);
    expect(scanForError('{"a": "\\x"}')).toBe(8);
    expect(scanForError('[1 2]')).toBe(3);
    expect(scanForError('{"a" 1}')).toBe(5);
  });

  it('names the path of each schema problem', () => {
    const plan = copy(shipped[0]!.plan);
    const measure = plan.objectives[2]!.measures[0]!;
    measure.costs = [
      { kind: 'none' },
      { kind: 'amount', amount: -5, currency: 'EUR' },
      { kind: 'amount', amount: 'a lot' as unknown as number, currency: 'EUR' },
    ];
    const text = JSON.stringify(plan, null, 2);
    const found = problems(text.replace(/"unit": "percent"/, '"unit": "per cent"'));
    expect(found.map((problem) => problem.path)).toEqual(
      expect.arrayContaining([
        'objectives[2].measures[0].costs[1].amount',
        'objectives[2].measures[0].costs[2].amount',
        expect.stringMatching(/^objectives\[\d+\]\..*indicators\[\d+\]\.unit$/),
      ]),
    );
    for (const problem of found) expect(problem.message).not.toBe('');
  });

  it('reports a field that does not belong, at its own path', () => {
    const plan = copy(shipped[0]!.plan);
    const json = JSON.parse(planToJson(plan)) as { objectives: Record<string, unknown>[] };
    json.objectives[1]!.colour = 'red';
    expect(problems(JSON.stringify(json))).toEqual([
      { path: 'objectives[1].colour', message: 'unexpected field "colour"' },
    ]);
  });

  it('reports the cross-row problems at the field', () => {
    const plan = copy(shipped[4]!.plan);
    plan.objectives[1]!.id = plan.objectives[0]!.id;
    const measure = plan.objectives[0]!.measures[0]!;
    measure.costs = [{ kind: 'none' }, { kind: 'shared', with: 'nowhere' }];
    plan.objectives[0]!.goal = 'g9';
    const found = problems(JSON.stringify(plan));
    expect(found).toEqual(
      expect.arrayContaining([
        { path: 'objectives[1].id', message: expect.stringContaining('is also used at objectives[0]') },
        {
          path: 'objectives[0].measures[0].costs[1].with',
          message: 'cost shared with unknown row "nowhere"',
        },
        { path: 'objectives[0].goal', message: 'no goal "g9"' },
      ]),
    );
  });

  it('maps problems to error fields', () => {
    expect(
      problemsToFields([
        { line: 5, lineColumn: 12, message: 'not valid JSON' },
        { path: 'objectives[2].title', message: 'required' },
        { sheet: 'indicators', row: 7, column: 'D', message: 'bad unit' },
        { sheet: 'indicators', row: 7, column: 'D', message: 'and more' },
        { sheet: 'measures', row: 3, message: 'row' },
        { sheet: 'measures', message: 'no sheet' },
        { message: 'not a workbook' },
      ]),
    ).toEqual({
      'line 5, column 12': 'not valid JSON',
      'objectives[2].title': 'required',
      'indicators!D7': 'bad unit; and more',
      'measures!3:3': 'row',
      measures: 'no sheet',
      file: 'not a workbook',
    });
  });
});

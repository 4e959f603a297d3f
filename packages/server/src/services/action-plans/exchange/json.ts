import { planFileSchema, type PlanFile } from '@vatra/core';
import { jsonErrorOffset, lineAndColumn } from './json-position.js';
import { formatPath, type PlanImport } from './problems.js';
import { validatePlan } from './validate.js';

// A plan as JSON, the format of plans/<key>.json. The export is canonical — the plan re-parsed
// through the schema (defaults written out, keys in schema order), two-space indentation, a
// trailing newline — so exporting an imported export gives the same bytes.

export function planToJson(plan: PlanFile): string {
  return `${JSON.stringify(planFileSchema.parse(plan), null, 2)}\n`;
}

/** Parses and validates a plan; a syntax error gives its line and column, a content error its path. */
export function planFromJson(text: string): PlanImport {
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  let json: unknown;
  try {
    json = JSON.parse(text.slice(bom));
  } catch (error) {
    const { line, column } = lineAndColumn(text, bom + jsonErrorOffset(text.slice(bom), error));
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [{ line, lineColumn: column, message: `not valid JSON: ${reason}` }] };
  }
  const validated = validatePlan(json);
  if ('plan' in validated) return validated;
  return {
    problems: validated.issues.map((issue) => ({
      path: formatPath(issue.path) || '(top level)',
      message: issue.message,
    })),
  };
}

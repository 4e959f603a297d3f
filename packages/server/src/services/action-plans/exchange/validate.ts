import { planFileSchema, planProblems, type PlanFile } from '@vatra/core';
import { parsePath, type PlanPath } from './problems.js';

// The checks of loadPlanFile (schema, then the cross-row checks of planProblems) for an imported
// plan, each problem with the path of the field it is about, so that the JSON import can name
// the path and the workbook import the cell. The file-name check of loadPlanFile does not apply:
// an upload has no plans/<key>.json name.

export interface PathIssue {
  path: PlanPath;
  message: string;
}

export type Validated = { plan: PlanFile } | { issues: PathIssue[] };

export function validatePlan(input: unknown): Validated {
  const parsed = planFileSchema.safeParse(input);
  if (!parsed.success)
    return {
      issues: parsed.error.issues.flatMap((issue) =>
        // One issue per unexpected key, so that each can point at its own column.
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({
              path: [...pathOf(issue.path), key],
              message: `unexpected field "${key}"`,
            }))
          : [{ path: pathOf(issue.path), message: issue.message }],
      ),
    };
  const issues = planProblems(parsed.data).map((problem) => crossRowIssue(parsed.data, problem));
  return issues.length ? { issues } : { plan: parsed.data };
}

function pathOf(path: readonly PropertyKey[]): PlanPath {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

/**
 * planProblems says "<where>: <what>", <where> a path ("objectives[0].measures[1]",
 * "statedTotals[2].covers") or a row id (a shared cost). Point at the field: the id of a row
 * whose id is taken again, the `with` of the shared cost that names an unknown row.
 */
function crossRowIssue(plan: PlanFile, problem: string): PathIssue {
  const split = problem.indexOf(': ');
  if (split < 0) return { path: [], message: problem };
  const where = problem.slice(0, split);
  const message = problem.slice(split + 2);
  const path = where.includes('[') ? parsePath(where) : undefined;
  if (path) return { path: message.startsWith('id "') ? [...path, 'id'] : path, message };
  const rowPath = pathOfRow(plan, where);
  const unknown = /unknown row "([^"]*)"/.exec(message)?.[1];
  if (rowPath && unknown !== undefined) {
    const row = rowAt(plan, rowPath);
    const index = row?.costs.findIndex((cost) => cost.kind === 'shared' && cost.with === unknown) ?? -1;
    if (index >= 0) return { path: [...rowPath, 'costs', index, 'with'], message };
  }
  return { path: rowPath ?? [], message: rowPath ? message : problem };
}

/** The path of the measure or action with this id (the rows that have costs). */
function pathOfRow(plan: PlanFile, id: string): PlanPath | undefined {
  for (const [o, objective] of plan.objectives.entries())
    for (const [m, measure] of objective.measures.entries()) {
      if (measure.id === id) return ['objectives', o, 'measures', m];
      const a = measure.actions.findIndex((action) => action.id === id);
      if (a >= 0) return ['objectives', o, 'measures', m, 'actions', a];
    }
  return undefined;
}

function rowAt(plan: PlanFile, path: PlanPath) {
  const measure = plan.objectives[Number(path[1])]?.measures[Number(path[3])];
  return path.length > 4 ? measure?.actions[Number(path[5])] : measure;
}

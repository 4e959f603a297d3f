import { planFileSchema, planProblems, type PlanFile } from './schema.js';

/** A plan file that does not validate; the message names the file and the field. */
export class PlanFileError extends Error {}

/** Validates one plans/<key>.json; throws PlanFileError naming the file, the path and the problem. */
export function loadPlanFile(json: unknown, file: string): PlanFile {
  const parsed = planFileSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `${file}: ${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`);
    throw new PlanFileError(lines.join('\n'));
  }
  const problems = planProblems(parsed.data);
  if (problems.length) throw new PlanFileError(problems.map((problem) => `${file}: ${problem}`).join('\n'));
  if (`${parsed.data.key}.json` !== file.split('/').at(-1))
    throw new PlanFileError(`${file}: key "${parsed.data.key}" does not match the file name`);
  return parsed.data;
}

/** Counts of a plan's rows, for the tests that compare a transcription with its source. */
export function planCounts(plan: PlanFile) {
  const measures = plan.objectives.flatMap((objective) => objective.measures);
  const actions = measures.flatMap((measure) => measure.actions);
  const indicators =
    plan.objectives.reduce((n, o) => n + o.indicators.length, 0) +
    measures.reduce((n, m) => n + m.indicators.length, 0) +
    actions.reduce((n, a) => n + a.indicators.length, 0);
  return { goals: plan.goals.length, objectives: plan.objectives.length, measures: measures.length, actions: actions.length, indicators };
}

/** Every row of a plan with an id, for lookups in tests and the indicator mapping. */
export function planRow(plan: PlanFile, id: string) {
  for (const objective of plan.objectives) {
    if (objective.id === id) return objective;
    for (const indicator of objective.indicators) if (indicator.id === id) return indicator;
    for (const measure of objective.measures) {
      if (measure.id === id) return measure;
      for (const indicator of measure.indicators) if (indicator.id === id) return indicator;
      for (const action of measure.actions) {
        if (action.id === id) return action;
        for (const indicator of action.indicators) if (indicator.id === id) return indicator;
      }
    }
  }
  return undefined;
}

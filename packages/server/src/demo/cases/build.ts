import type { BuildContext, DemoRows } from './build-context.js';
import type { CaseSpec } from './plan.js';
import { scheduleStory } from './story-schedule.js';
import { Workbench } from './workbench.js';

// The demo's cases as rows, built in memory before anything is written: every case's story (plan.ts)
// acted out step by step, in the order of all cases' steps by time, writing what the case services
// would write for that step — the same rows, the same timeline events with the same details, the
// same numbers per series and year — but dated on the day of the story. Pure and deterministic
// (seeded generators, ids included) given the demo's "now", the reference data and the numbers
// already taken; seed-cases.ts inserts the result in one transaction.
//
// story-schedule.ts says when each step happens; steps-*.ts write each step's rows (registration,
// assessment, plan, monitoring, referrals, documents, closure) on a shared workbench.ts.

export {
  PLACE,
  ageOn,
  demoActorNames,
  formMembers,
  type BuildContext,
  type DemoActor,
  type DemoDocument,
  type DemoRows,
} from './build-context.js';

/** Builds the rows of the demo's cases. */
export function buildDemoCases(specs: CaseSpec[], context: BuildContext): DemoRows {
  const workbench = new Workbench(context);
  for (const spec of specs) scheduleStory(workbench, spec);
  return workbench.run();
}

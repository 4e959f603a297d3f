import type { CaseStage } from '../../storage/cases/tables.js';

// A case moves forward through these stages; a step never moves it back (a late visit record
// on an assessed case leaves it assessed). Closing and reopening set the stage directly.
const ORDER: readonly CaseStage[] = ['registered', 'visited', 'assessed', 'planned', 'monitoring', 'closed'];

export function stageRank(stage: CaseStage): number {
  return ORDER.indexOf(stage);
}

/** The later of the two stages. */
export function advance(current: CaseStage, reached: CaseStage): CaseStage {
  return stageRank(reached) > stageRank(current) ? reached : current;
}

export function atLeast(current: CaseStage, stage: CaseStage): boolean {
  return stageRank(current) >= stageRank(stage);
}

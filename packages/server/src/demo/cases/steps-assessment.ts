import { advance } from '../../services/cases/stage.js';
import { anamnesisAnswers, fvnAnswers } from './answers.js';
import { PLACE, isoDate, type CaseState } from './build-context.js';
import type { Workbench } from './workbench.js';

// The home visit and the forms that assess a demo case (the FVN, the social anamnesis), as
// services/cases/visits.ts and services/cases/forms.ts write them.

/** services/cases/visits.ts recordVisit, by the QPS social worker with the ZKKK officer. */
export function recordVisit(
  w: Workbench,
  state: CaseState | undefined,
  outcome: 'completed' | 'not_found',
  at: Date,
  notes: string | null,
): void {
  if (!state) return;
  const place = PLACE[state.municipality];
  const zkkk = w.actor(`zkkk.${place}`);
  const qps = w.actor(`qps.${place}`);
  w.rows.visits.push({
    id: w.uuid(),
    case_id: state.row.id,
    visited_at: at,
    outcome,
    team: JSON.stringify([
      { institutionId: zkkk.institutionId, name: zkkk.fullName },
      { institutionId: qps.institutionId, name: qps.fullName },
    ]),
    notes,
    recorded_by: qps.id,
    created_at: at,
  });
  if (outcome === 'completed') w.touch(state, at, { stage: advance(state.stage, 'visited') });
  w.joinTeam(state, qps, 'visit', at);
  w.event(state, qps, at, 'visit.recorded', {
    outcome,
    visitedAt: at.toISOString(),
    onTime: at.getTime() <= new Date(state.row.visit_due_at ?? at).getTime(),
  });
}

/** services/cases/forms.ts submitCaseForm: the FVN moves the case to "assessed". */
export function submitFvn(w: Workbench, state: CaseState | undefined, at: Date): void {
  if (!state) return;
  if (state.stage === 'registered') throw new Error(`demo seed: FVN before the visit (${state.spec.key})`);
  const qps = w.actor(`qps.${PLACE[state.municipality]}`);
  const answers = fvnAnswers(state.spec, state.family, state.members, isoDate(at));
  const stored = w.submit(state, qps, 'fvn', answers, at);
  w.touch(state, at, { stage: advance(state.stage, 'assessed') });
  w.event(state, qps, at, 'form.submitted', {
    form: 'fvn',
    version: stored.definition.version,
    needs: stored.needs.length,
  });
  state.fvnId = stored.id;
  state.needs = stored.needs;
}

export function submitAnamnesis(w: Workbench, state: CaseState | undefined, at: Date): void {
  if (!state) return;
  const qps = w.actor(`qps.${PLACE[state.municipality]}`);
  const stored = w.submit(state, qps, 'anamnesis', anamnesisAnswers(state.spec, isoDate(at)), at);
  w.event(state, qps, at, 'form.submitted', {
    form: 'anamnesis',
    version: stored.definition.version,
    needs: stored.needs.length,
  });
}

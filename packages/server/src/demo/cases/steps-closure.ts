import { addDeadline } from '@vatra/core';
import { formatNumber, localCode } from '../../services/cases/numbering.js';
import type { ClosureRecord } from '../../storage/cases/tables.js';
import { COORDINATOR, PLACE, type CaseState, type DemoActor, type Row } from './build-context.js';
import type { Municipality } from './names.js';
import { OPENED } from './steps-registration.js';
import type { Workbench } from './workbench.js';

// The end of a demo case, as services/cases/closure.ts writes it: the closure with its final
// evaluation, the transfer when the household moved (a new case continues there) and the
// reopening of a closed case.

/**
 * services/cases/closure.ts closeCase, by ZKKK with the DRPR regional coordinator. "Moved":
 * the household moves and a new case continues in the other municipality; returns its state.
 */
export function closeCase(w: Workbench, state: CaseState | undefined, at: Date): CaseState | undefined {
  if (!state) return undefined;
  if (!state.approved) throw new Error(`demo seed: closing ${state.spec.key} without a plan`);
  const spec = state.spec;
  const zkkk = w.actor(`zkkk.${PLACE[state.municipality]}`);
  const outcome = spec.outcome ?? 'sustainable_reintegration';
  const coordinator = COORDINATOR[state.municipality];
  const texts = {
    sustainable_reintegration: [
      'fully',
      'Familja ka strehim, fëmijët vijojnë shkollën dhe kryefamiljari punon; plani është realizuar.',
    ],
    re_emigrated: [
      'partly',
      'Familja u largua sërish nga Kosova; fqinjët dhe të afërmit konfirmojnë se u kthyen në Evropën Perëndimore.',
    ],
    deceased: [
      'partly',
      'Personi për të cilin u hap rasti ka ndërruar jetë; anëtarët e tjerë i ndjek Qendra për Punë Sociale.',
    ],
    other: ['not', 'Familja nuk dëshiron më të marrë pjesë në plan dhe kërkoi mbylljen e rastit.'],
    moved: ['partly', 'Familja u zhvendos në një komunë tjetër; rasti vazhdon atje.'],
  } as const;
  const [planAchieved, evaluation] = texts[outcome];
  const movedTo = outcome === 'moved' && spec.movedTo ? spec.movedTo : undefined;
  const closure: ClosureRecord = {
    evaluation,
    planAchieved,
    coordinatorId: coordinator ? w.actor(coordinator).id : null,
    coordinatorName: coordinator ? null : 'Liridona Shabani',
    note: null,
    movedToJurisdictionId: movedTo ? w.jurisdiction(movedTo) : null,
  };
  const moved = movedTo ? transferCase(w, state, zkkk, movedTo, at) : undefined;
  w.touch(state, at, {
    status: 'closed',
    stage: 'closed',
    outcome,
    closed_at: at,
    closed_by: zkkk.id,
    closure: JSON.stringify(closure),
    ...(moved ? { transferred_to: moved.row.id } : {}),
  });
  state.closure = closure;
  w.event(state, zkkk, at, 'case.closed', {
    outcome,
    planAchieved,
    ...(moved ? { transferredTo: moved.row.id } : {}),
  });
  return moved;
}

/** closure.ts transfer: the household and its members move; a new case continues there. */
function transferCase(
  w: Workbench,
  state: CaseState,
  closer: DemoActor,
  to: Municipality,
  at: Date,
): CaseState {
  const target = w.jurisdiction(to);
  Object.assign(state.household, { jurisdiction_id: target, updated_at: at });
  for (const person of state.persons) Object.assign(person, { jurisdiction_id: target, updated_at: at });
  const year = at.getUTCFullYear();
  const number = formatNumber(localCode(to), year, w.take(`case:${to}`, year));
  const original = state.row;
  const row: Row<'cases'> = {
    ...original,
    id: w.uuid(),
    number,
    jurisdiction_id: target,
    clock_start: at,
    visit_due_at: addDeadline(at, w.context.country.country.deadlines.homeVisit),
    closure_due_on: original.closure_due_on,
    ...OPENED,
    transferred_from: original.id,
    registered_by: closer.id,
    created_at: at,
    updated_at: at,
  };
  w.rows.cases.push(row);
  const moved: CaseState = {
    ...state,
    spec: { ...state.spec, key: `${state.spec.key}-moved`, municipality: to },
    municipality: to,
    row,
    stage: 'registered',
    closure: null,
    fvnId: undefined,
    needs: [],
    plan: undefined,
    items: [],
    approved: false,
    periods: new Set(),
    fvnSeries: undefined,
  };
  w.event(moved, closer, at, 'case.transferred_in', { from: original.number, number }, original.person_id);
  return moved;
}

/** services/cases/closure.ts reopenCase: back to monitoring, the closure kept in the timeline. */
export function reopenCase(w: Workbench, state: CaseState | undefined, at: Date): void {
  if (!state) return;
  if (state.row.status !== 'closed' || state.row.transferred_to) throw new Error('demo seed: cannot reopen');
  const zkkk = w.actor(`zkkk.${PLACE[state.municipality]}`);
  const previousOutcome = state.row.outcome ?? null;
  const previousClosure = state.closure;
  w.touch(state, at, {
    status: 'open',
    stage: 'monitoring',
    outcome: null,
    closed_at: null,
    closed_by: null,
    closure: null,
    reopened_count: (state.row.reopened_count ?? 0) + 1,
  });
  state.closure = null;
  w.event(state, zkkk, at, 'case.reopened', {
    reason: 'Familja u kthye dhe kërkoi sërish mbështetje; plani vazhdon aty ku ishte ndalur.',
    previousOutcome,
    previousClosure,
  });
}

import { MONITORING_FORM, receivedNothing } from '../../services/cases/monitoring.js';
import { formatNumber, localCode } from '../../services/cases/numbering.js';
import { advance } from '../../services/cases/stage.js';
import { monitoringAnswers } from './answers.js';
import { PLACE, isoDate, type CaseState } from './build-context.js';
import type { Workbench } from './workbench.js';

// A demo case after its plan: the case manager appointed by a numbered decision, and the
// monthly monitoring entries (services/cases/manager.ts, services/cases/monitoring.ts).

/** services/cases/manager.ts appointCaseManager, by a numbered QPS decision. */
export function appointManager(w: Workbench, state: CaseState | undefined, at: Date): void {
  if (!state) return;
  const place = PLACE[state.municipality];
  const qps = w.actor(`qps.${place}`);
  const cm = w.actor(`cm.${place}`);
  const decisionDate = isoDate(at);
  const year = Number(decisionDate.slice(0, 4));
  const code = state.municipality;
  const decisionNumber = formatNumber(`QPS-${localCode(code)}`, year, w.take(`decision:QPS:${code}`, year));
  w.rows.assignments.push({
    id: w.uuid(),
    case_id: state.row.id,
    user_id: cm.id,
    decision_number: decisionNumber,
    decision_date: decisionDate,
    reason: null,
    appointed_by: qps.id,
    appointed_at: at,
    ended_at: null,
  });
  const previous = state.row.case_manager_id ?? null;
  w.touch(state, at, {
    case_manager_id: cm.id,
    ...(state.approved ? { stage: advance(state.stage, 'monitoring') } : {}),
  });
  w.joinTeam(state, cm, 'case_manager', at);
  w.event(state, qps, at, 'manager.appointed', { decisionNumber, manager: cm.id, previous });
}

/** services/cases/monitoring.ts addMonitoring: one entry a month, the form validated. */
export function addMonitoring(
  w: Workbench,
  state: CaseState | undefined,
  at: Date,
  month: number,
  nothing: boolean,
): void {
  if (!state) return;
  if (!state.approved) throw new Error(`demo seed: monitoring before the plan (${state.spec.key})`);
  const period = at.toISOString().slice(0, 7);
  if (state.periods.has(period)) throw new Error(`demo seed: ${state.spec.key} monitored twice in ${period}`);
  state.periods.add(period);
  const cm = w.actor(`cm.${PLACE[state.municipality]}`);
  const answers = monitoringAnswers(isoDate(at), month, nothing, state.members.children.length > 0);
  const stored = w.submit(state, cm, MONITORING_FORM, answers, at);
  const receivedNone = receivedNothing(stored.data);
  w.rows.monitoring.push({
    id: w.uuid(),
    case_id: state.row.id,
    period,
    submission_id: stored.id,
    received_nothing: receivedNone,
    created_by: cm.id,
    created_at: at,
  });
  w.touch(state, at, { stage: advance(state.stage, 'monitoring') });
  w.event(state, cm, at, 'monitoring.added', { period, receivedNothing: receivedNone });
}

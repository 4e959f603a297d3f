import type { Currency } from '../../storage/requests/tables.js';
import { between, pick } from '../cases/plan.js';
import { COORDINATOR } from './context.js';
import type { Lifecycle, Live } from './lifecycle.js';
import { isoDate } from './rows.js';
import { PROGRESS_NOTES } from './texts.js';

// Carrying out a final positive KKR decision, as services/requests/execution.ts writes it: started
// by DRPR's regional coordinator of the municipality's region, completed with the actual cost,
// which becomes the household's benefit.

/** startExecution: DRPR's regional coordinator carries out a final positive decision. */
export function startExecution(life: Lifecycle, live: Live, at: Date): void {
  const coordinator = COORDINATOR[live.spec.municipality];
  const rc = life.sink.actor(coordinator.username);
  const institutionId = life.sink.institution(coordinator.institution);
  const latest = life.latest(live);
  const startedOn = isoDate(at);
  const execution = {
    request_id: live.row.id,
    decision_id: latest.id,
    institution_id: institutionId,
    status: 'in_progress' as 'in_progress' | 'completed',
    started_on: startedOn,
    progress_note: pick(live.rand, PROGRESS_NOTES),
    completed_on: null as string | null,
    actual_cost: null as number | null,
    currency: null as Currency | null,
    recorded_by: rc.id,
    version: 1,
    updated_at: at,
  };
  life.sink.rows.executions.push(execution);
  life.touch(live, at);
  life.event(live, rc, at, 'request.executionStarted', {
    requestId: live.row.id,
    requestNumber: live.row.number,
    decisionId: latest.id,
    institutionId,
    startedOn,
  });
  const amount = latest.amount === null || latest.amount === undefined ? null : Number(latest.amount);
  life.later(live, at.getTime(), 20, 80, (when) => {
    const completedOn = isoDate(when);
    const actualCost = amount === null ? 0 : Math.round(amount * between(live.rand, 0.9, 1));
    Object.assign(execution, {
      status: 'completed',
      completed_on: completedOn,
      actual_cost: actualCost,
      currency: 'EUR',
      version: 2,
      updated_at: when,
    });
    life.touch(live, when);
    life.benefit(live, institutionId, completedOn, actualCost);
    life.event(live, rc, when, 'request.executionCompleted', {
      requestId: live.row.id,
      requestNumber: live.row.number,
      completedOn,
      actualCost,
      currency: 'EUR',
    });
  });
}

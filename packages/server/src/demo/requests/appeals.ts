import { addDays } from '../../services/requests/dates.js';
import type { AppealOutcome } from '../../storage/requests/tables.js';
import { pick } from '../cases/plan.js';
import type { Actor } from './context.js';
import { startExecution } from './execution.js';
import type { Lifecycle, Live } from './lifecycle.js';
import { isoDate, type Row } from './rows.js';
import { APPEAL_GROUNDS } from './texts.js';

// Appeals, as services/requests/steps.ts appealRequest and decisions.ts recordAppealOutcome
// write them: filed within the window against the latest decision, then answered by the
// Appeals Commission at its meeting (commission.ts).

/** appealRequest: against the latest decision, within the window. */
export function fileAppeal(life: Lifecycle, live: Live, at: Date): void {
  const latest = life.latest(live);
  const filedOn = isoDate(at);
  const decisionDueOn = addDays(filedOn, live.row.appeal_decision_days ?? 30);
  const appeal: Row<'request_appeals'> = {
    id: life.sink.uuid(),
    request_id: live.row.id,
    decision_id: latest.id,
    filed_on: filedOn,
    grounds: pick(live.rand, APPEAL_GROUNDS),
    status: 'filed',
    decision_due_on: decisionDueOn,
    outcome: null,
    outcome_reasons: null,
    decided_on: null,
    meeting_item_id: null,
    filed_by: live.filer.id,
    created_at: at,
  };
  life.sink.rows.appeals.push(appeal);
  live.appeal = appeal;
  life.touch(live, at, { status: 'appealed' });
  life.event(live, live.filer, at, 'request.appealed', {
    requestId: live.row.id,
    appealId: appeal.id,
    decisionId: latest.id,
    filedOn,
    decisionDueOn,
  });
  life.agenda?.appeal(live, at.getTime());
}

/** recordAppealOutcome: upheld stands, overturned is a new decision, returned goes back to review. */
export function decideAppeal(
  life: Lifecycle,
  live: Live,
  at: Date,
  outcome: AppealOutcome,
  itemId: string,
  reasons: string,
  by: Actor,
): void {
  const appeal = live.appeal;
  if (!appeal) return;
  const decidedOn = isoDate(at);
  Object.assign(appeal, {
    status: 'decided',
    outcome,
    outcome_reasons: reasons,
    decided_on: decidedOn,
    meeting_item_id: itemId,
  });
  const details: Record<string, unknown> = {
    requestId: live.row.id,
    requestNumber: live.row.number,
    appealId: appeal.id,
    outcome,
    decidedOn,
    meetingItemId: itemId,
    institutionId: by.institutionId,
  };
  const dropBenefits = () => {
    life.sink.rows.benefits = life.sink.rows.benefits.filter((b) => b.request_id !== live.row.id);
  };
  if (outcome === 'returned') dropBenefits();
  if (outcome === 'overturned') {
    const appealed = live.decisions.find((d) => d.id === appeal.decision_id);
    const positive = appealed?.outcome === 'rejected';
    const amount = positive && live.row.amount_requested !== null ? Number(live.row.amount_requested) : null;
    const decision = life.insertDecision(live, at, {
      institutionId: by.institutionId,
      typeCode: 'KA',
      meetingItemId: itemId,
      outcome: positive ? 'approved' : 'rejected',
      amount,
      reasons,
      by,
    });
    Object.assign(details, { decisionId: decision.id, decisionNumber: decision.number });
    dropBenefits();
    if (positive && live.row.executing_type === null) life.benefit(live, by.institutionId, decidedOn, amount);
  }
  life.touch(live, at, { status: outcome === 'returned' ? 'under_review' : 'appeal_decided' });
  life.event(live, by, at, 'request.appealDecided', details);
  if (outcome === 'overturned') life.later(live, at.getTime(), 1, 5, (when) => life.notify(live, when));
  else if (outcome === 'returned') {
    if (live.decider)
      life.later(live, at.getTime(), 5, 15, (when) => life.decideDirect(live, 'approved', when));
    else life.agenda?.kkr(live, at.getTime());
  } else if (life.latest(live).outcome !== 'rejected' && live.row.executing_type !== null)
    life.later(live, at.getTime(), 3, 15, (when) => startExecution(life, live, when));
}

import type { SchemeConfig } from '@vatra/core';
import { localCode } from '../../services/cases/numbering.js';
import { addDays } from '../../services/requests/dates.js';
import type { Currency, DecisionOutcome } from '../../storage/requests/tables.js';
import { between, pick, random } from '../cases/plan.js';
import { fileAppeal } from './appeals.js';
import { PLACE, type Actor } from './context.js';
import { startExecution } from './execution.js';
import { DAY, MINUTE, isoDate, type Row, type Sink } from './rows.js';
import { officeHours, type RequestSpec } from './stories.js';
import { APPROVE_REASONS, PARTLY_REASONS, REJECT_REASONS, waiverReason } from './texts.js';

// One request's life, step by step, writing what services/requests write for each step: the same
// rows, status, version bumps, numbers, benefits and timeline events with the same details.

export interface Live {
  spec: RequestSpec;
  row: Row<'requests'>;
  scheme: SchemeConfig;
  filer: Actor;
  /** The user who decides directly (null: a commission decides). */
  decider: Actor | null;
  decisions: Row<'request_decisions'>[];
  appeal: Row<'request_appeals'> | null;
  rand: () => number;
}

export interface DecisionInput {
  institutionId: string;
  typeCode: string;
  meetingItemId: string | null;
  outcome: DecisionOutcome;
  amount: number | null;
  reasons: string;
  by: Actor;
}

/** Where commission requests and appeals go once they are ready for a meeting. */
export interface Agenda {
  kkr(live: Live, readyAt: number): void;
  appeal(live: Live, readyAt: number): void;
}

const DIRECT_DECIDER: Record<string, string> = { QPS: 'qps', MUN: 'mun', ZP: 'zp', DKA: 'dka' };

export class Lifecycle {
  agenda: Agenda | undefined;
  /** Called when a request is submitted (a call scores its applications then). */
  afterSubmit: ((live: Live, at: Date) => void) | undefined;

  constructor(readonly sink: Sink) {}

  start(spec: RequestSpec): void {
    const scheme = this.sink.context.schemes.get(spec.story.code);
    if (!scheme) throw new Error(`demo requests: no scheme ${spec.story.code}`);
    this.sink.schedule(spec.filedAt, (at) => this.file(spec, scheme, at));
  }

  later(live: Live, from: number, minDays: number, maxDays: number, step: (at: Date) => void) {
    // The story that keeps an appeal waiting takes each step at its earliest, to fit before it.
    const days = live.spec.appealAt === undefined ? between(live.rand, minDays, maxDays) : minDays;
    this.sink.schedule(officeHours(from + days * DAY, live.rand), step);
  }

  touch(live: Live, at: Date, values: Partial<Row<'requests'>> = {}): void {
    Object.assign(live.row, values, { version: (live.row.version ?? 1) + 1, updated_at: at });
  }

  event(live: Live, actor: Actor, at: Date, kind: string, details: Record<string, unknown>) {
    this.sink.event(live.row.case_id, actor, at, kind, details, live.row.person_id);
  }

  latest(live: Live): Row<'request_decisions'> {
    const decision = live.decisions.at(-1);
    if (!decision) throw new Error(`demo requests: ${live.row.number} has no decision`);
    return decision;
  }

  /** createRequest: a numbered draft, with the deciding institution of the municipality. */
  private file(spec: RequestSpec, scheme: SchemeConfig, at: Date): void {
    const sink = this.sink;
    const m = spec.municipality;
    const place = PLACE[m];
    const manager = [...sink.context.actors.values()].find((a) => a.id === spec.demoCase.managerId);
    const filer = manager ?? sink.actor(`zkkk.${place}`);
    const type = scheme.decidingInstitutionType;
    const directRole = scheme.decidedByCommission ? undefined : DIRECT_DECIDER[type];
    const rand = random(spec.seed);
    const amount = spec.story.amount ? spec.story.amount(rand) : null;
    const year = at.getUTCFullYear();
    const number = sink.number(`request:${m}`, `${localCode(m)}-K`, year);
    const row: Row<'requests'> = {
      id: sink.uuid(),
      number,
      jurisdiction_id: spec.demoCase.jurisdictionId,
      case_id: spec.demoCase.id,
      person_id: spec.personId,
      household_id: spec.demoCase.householdId,
      scheme_code: scheme.code,
      deciding_type: type,
      // An application to a call is decided by the institution running the call.
      deciding_institution_id: spec.call?.institutionId ?? sink.institution(`${type}-${m}`),
      executing_type: scheme.executingInstitutionType ?? null,
      appeal_window_days: scheme.appealWindowDays,
      appeal_decision_days: scheme.appealDecisionDays,
      call_id: spec.call?.id ?? null,
      status: 'draft',
      description: pick(rand, spec.story.descriptions),
      amount_requested: amount,
      currency: amount === null ? null : 'EUR',
      filed_by: filer.id,
      created_at: at,
      submitted_at: null,
      decision_due_on: null,
      version: 1,
      updated_at: at,
    };
    sink.rows.requests.push(row);
    const live: Live = {
      spec,
      row,
      scheme,
      filer,
      decider: directRole ? sink.actor(`${directRole}.${place}`) : null,
      decisions: [],
      appeal: null,
      rand,
    };
    this.event(live, filer, at, 'request.filed', {
      requestId: row.id,
      requestNumber: number,
      schemeCode: scheme.code,
      ...(spec.call ? { callId: spec.call.id, callNumber: spec.call.number } : {}),
    });
    // The documents, a few minutes apart; a draft stops half-way.
    const required = scheme.requiredDocuments.map((r) => r.code);
    const recorded = spec.stop === 'draft' ? required.slice(0, Math.ceil(required.length / 2)) : required;
    let t = at.getTime();
    recorded.forEach((requirement) => {
      t += between(rand, 2, 9) * MINUTE;
      sink.schedule(t, (when) => this.document(live, requirement, when));
    });
    if (spec.stop === 'draft') return;
    this.sink.schedule(t + between(rand, 5, 50) * MINUTE, (when) => this.submit(live, when));
  }

  /** recordRequestDocument: the applicant's ID copy when the case has it, else a waiver. */
  private document(live: Live, requirement: string, at: Date): void {
    const copy = live.spec.demoCase.idCopies.get(live.row.person_id);
    const documentId = requirement === 'id_card' && copy && copy.at < at ? copy.id : null;
    const waivedReason = documentId ? null : waiverReason(requirement, live.rand);
    this.sink.rows.documents.push({
      request_id: live.row.id,
      requirement,
      document_id: documentId,
      waived_reason: waivedReason,
      recorded_by: live.filer.id,
      recorded_at: at,
    });
    this.touch(live, at);
    this.event(live, live.filer, at, 'request.document', {
      requestId: live.row.id,
      requirement,
      documentId,
      waivedReason,
    });
  }

  /** submitRequest: the deciding body's deadline starts now. */
  private submit(live: Live, at: Date): void {
    const decisionDueOn = addDays(isoDate(at), live.scheme.decisionDays);
    this.touch(live, at, { status: 'submitted', submitted_at: at, decision_due_on: decisionDueOn });
    const base = { requestId: live.row.id, requestNumber: live.row.number };
    this.event(live, live.filer, at, 'request.submitted', { ...base, decisionDueOn });
    this.afterSubmit?.(live, at);
    const stop = live.spec.stop;
    if (stop === 'submitted') return;
    if (stop === 'withdrawn') {
      this.later(live, at.getTime(), 2, 12, (when) => {
        this.touch(live, when, { status: 'withdrawn' });
        this.event(live, live.filer, when, 'request.withdrawn', base);
      });
      return;
    }
    this.later(live, at.getTime(), 1, 6, (when) => this.review(live, when));
  }

  /** reviewRequest: the deciding body takes it up; a commission's goes to its next meeting. */
  private review(live: Live, at: Date): void {
    const reviewer = live.decider ?? this.sink.actor(`kkrsek.${PLACE[live.spec.municipality]}`);
    this.touch(live, at, { status: 'under_review' });
    this.event(live, reviewer, at, 'request.underReview', {
      requestId: live.row.id,
      requestNumber: live.row.number,
    });
    if (live.spec.stop === 'under_review') return;
    if (!live.decider) {
      this.agenda?.kkr(live, at.getTime());
      return;
    }
    const latest = Math.max(3, Math.min(20, live.scheme.decisionDays - 3));
    this.later(live, at.getTime(), 2, latest, (when) => this.decideDirect(live, live.spec.outcome, when));
  }

  /** decideRequest: a direct decision (its own version bump, then recordDecision's). */
  decideDirect(live: Live, outcome: DecisionOutcome, at: Date): void {
    const decider = live.decider;
    if (!decider) return;
    this.touch(live, at);
    this.recordDecision(live, at, {
      institutionId: decider.institutionId,
      typeCode: live.row.deciding_type,
      meetingItemId: null,
      outcome,
      amount: this.amountFor(live, outcome),
      reasons: this.reasonsFor(live, outcome, live.row.deciding_type),
      by: decider,
    });
  }

  amountFor(live: Live, outcome: DecisionOutcome): number | null {
    const requested = live.row.amount_requested === null ? null : Number(live.row.amount_requested);
    if (outcome === 'rejected' || requested === null) return null;
    if (outcome === 'approved') return requested;
    return Math.round((requested * between(live.rand, 0.6, 0.85)) / 50) * 50;
  }

  reasonsFor(live: Live, outcome: DecisionOutcome, type: string): string {
    if (outcome === 'rejected') return pick(live.rand, REJECT_REASONS);
    if (outcome === 'partly_approved') return pick(live.rand, PARTLY_REASONS);
    return pick(live.rand, APPROVE_REASONS[type] ?? APPROVE_REASONS.default ?? []);
  }

  /** services/requests/decisions.ts recordDecision: numbered, decided, a benefit when nobody executes. */
  recordDecision(live: Live, at: Date, input: DecisionInput): Row<'request_decisions'> {
    const decision = this.insertDecision(live, at, input);
    this.touch(live, at, { status: 'decided' });
    if (input.outcome !== 'rejected' && live.row.executing_type === null)
      this.benefit(live, input.institutionId, decision.decided_on, input.amount);
    this.event(live, input.by, at, 'request.decided', {
      requestId: live.row.id,
      requestNumber: live.row.number,
      decisionId: decision.id,
      decisionNumber: decision.number,
      outcome: input.outcome,
      amount: input.amount,
      currency: input.amount === null ? null : 'EUR',
      decidedOn: decision.decided_on,
      meetingItemId: input.meetingItemId,
      institutionId: input.institutionId,
      decidedBy: input.by.id,
    });
    this.later(live, at.getTime(), 1, 5, (when) => this.notify(live, when));
    return decision;
  }

  insertDecision(live: Live, at: Date, input: DecisionInput): Row<'request_decisions'> {
    const decidedOn = isoDate(at);
    const decision: Row<'request_decisions'> = {
      id: this.sink.uuid(),
      request_id: live.row.id,
      number: this.sink.bodyNumber('decision', input.typeCode, live.spec.municipality, decidedOn),
      institution_id: input.institutionId,
      meeting_item_id: input.meetingItemId,
      outcome: input.outcome,
      amount: input.amount,
      currency: (input.amount === null ? null : 'EUR') satisfies Currency | null,
      reasons: input.reasons,
      decided_on: decidedOn,
      notified_on: null,
      appeal_due_on: addDays(decidedOn, live.scheme.appealWindowDays),
      decided_by: input.by.id,
      created_at: at,
    };
    this.sink.rows.decisions.push(decision);
    live.decisions.push(decision);
    return decision;
  }

  benefit(live: Live, institutionId: string, grantedOn: string, amount: number | null): void {
    this.sink.rows.benefits.push({
      id: this.sink.uuid(),
      jurisdiction_id: live.row.jurisdiction_id,
      person_id: live.row.person_id,
      household_id: live.row.household_id,
      case_id: live.row.case_id,
      request_id: live.row.id,
      scheme_code: live.row.scheme_code,
      granted_on: grantedOn,
      granted_by_institution_id: institutionId,
      amount,
      currency: amount === null ? null : 'EUR',
      description: live.row.description,
      created_at: new Date(`${grantedOn}T12:00:00Z`),
    });
  }

  /** notifyRequest: the appeal window runs from here; then an appeal, or the decision is carried out. */
  notify(live: Live, at: Date): void {
    const latest = this.latest(live);
    const notifiedOn = isoDate(at);
    const appealDueOn = addDays(notifiedOn, live.row.appeal_window_days ?? 15);
    Object.assign(latest, { notified_on: notifiedOn, appeal_due_on: appealDueOn });
    this.touch(live, at);
    const by = live.decider && live.row.status === 'decided' ? live.decider : live.filer;
    this.event(live, by, at, 'request.notified', {
      requestId: live.row.id,
      decisionId: latest.id,
      notifiedOn,
      appealDueOn,
    });
    const appeal = live.spec.appeal;
    if (live.row.status === 'decided' && appeal && !live.appeal && latest.outcome !== 'approved') {
      const last = new Date(`${appealDueOn}T13:00:00Z`).getTime();
      const when = Math.min(
        live.spec.appealAt ?? officeHours(at.getTime() + between(live.rand, 2, 10) * DAY, live.rand),
        last,
      );
      this.sink.schedule(when, (t) => fileAppeal(this, live, t));
      return;
    }
    if (latest.outcome === 'rejected' || live.row.executing_type === null) return;
    // Carried out once final: the appeal window passed (or the appeal was decided).
    const final =
      live.row.status === 'appeal_decided' ? at.getTime() : new Date(`${appealDueOn}T23:59:00Z`).getTime();
    this.later(live, final, 2, 15, (when) => startExecution(this, live, when));
  }
}

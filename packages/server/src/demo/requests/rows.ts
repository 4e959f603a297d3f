import type { Insertable } from 'kysely';
import { formatNumber, localCode } from '../../services/cases/numbering.js';
import type { CallDatabase } from '../../storage/calls/tables.js';
import { seededUuids } from '../cases/workbench.js';
import type { Actor, RequestContext } from './context.js';

// The rows of the demo year, and the clock they are written on: steps scheduled at moments of the
// story and run in time order (so numbers are taken in the order of their dates, as the services
// take them), never at or after the demo's "now".

export type Row<T extends keyof CallDatabase> = Insertable<CallDatabase[T]> & { id: string };
type Plain<T extends keyof CallDatabase> = Insertable<CallDatabase[T]>;

export interface RequestRows {
  calls: Row<'calls'>[];
  scores: Plain<'call_application_scores'>[];
  requests: Row<'requests'>[];
  documents: Plain<'request_documents'>[];
  meetings: Row<'commission_meetings'>[];
  members: Plain<'commission_meeting_members'>[];
  items: Row<'commission_agenda_items'>[];
  votes: Plain<'commission_votes'>[];
  decisions: Row<'request_decisions'>[];
  appeals: Row<'request_appeals'>[];
  executions: Plain<'request_executions'>[];
  benefits: Row<'benefits'>[];
  events: Row<'case_events'>[];
  sequences: { series: string; year: number; last_value: number }[];
}

export const DAY = 86_400_000;
export const MINUTE = 60_000;

export const isoDate = (at: Date | number) => new Date(at).toISOString().slice(0, 10);

interface Step {
  at: number;
  seq: number;
  run: (at: Date) => void;
}

const before = (a: Step, b: Step) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export class Sink {
  readonly rows: RequestRows = {
    calls: [],
    scores: [],
    requests: [],
    documents: [],
    meetings: [],
    members: [],
    items: [],
    votes: [],
    decisions: [],
    appeals: [],
    executions: [],
    benefits: [],
    events: [],
    sequences: [],
  };
  readonly now: number;
  private readonly numbers: Map<string, number>;
  /** v4-shaped UUIDs from a seeded generator: the same demo gets the same ids. */
  readonly uuid = seededUuids(0x5e0e);
  private readonly steps: Step[] = [];
  private seq = 0;

  constructor(readonly context: RequestContext) {
    this.now = context.now.getTime();
    this.numbers = new Map(context.sequences);
  }

  actor(username: string): Actor {
    const actor = this.context.actors.get(username);
    if (!actor) throw new Error(`demo requests: no active demo user ${username}`);
    return actor;
  }

  institution(code: string): string {
    const id = this.context.institutions.get(code);
    if (!id) throw new Error(`demo requests: no institution ${code}`);
    return id;
  }

  /** The next number of a series in a year, as services/cases/numbering.ts nextNumber takes it. */
  take(series: string, year: number): number {
    const key = `${series}/${year}`;
    const next = (this.numbers.get(key) ?? 0) + 1;
    this.numbers.set(key, next);
    return next;
  }

  /** "PEJ-K-2026-0031": the next number, as printed. */
  number(series: string, prefix: string, year: number): string {
    return formatNumber(prefix, year, this.take(series, year));
  }

  /** "KKR-PEJ-2026-0012": numbered per body type, municipality and year (decisions, meetings). */
  bodyNumber(kind: 'decision' | 'meeting', type: string, jurisdiction: string, on: string): string {
    const year = Number(on.slice(0, 4));
    return this.number(`${kind}:${type}:${jurisdiction}`, `${type}-${localCode(jurisdiction)}`, year);
  }

  /** Schedules a step; one that would fall at or after "now" never happens (the story stops there). */
  schedule(at: number, run: (at: Date) => void): void {
    if (at >= this.now - MINUTE) return;
    this.steps.push({ at, seq: this.seq++, run });
    // Sift up: the steps are a binary heap ordered by time, then by order of scheduling.
    let i = this.steps.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(this.steps[i] as Step, this.steps[parent] as Step)) break;
      [this.steps[i], this.steps[parent]] = [this.steps[parent] as Step, this.steps[i] as Step];
      i = parent;
    }
  }

  private next(): Step | undefined {
    const top = this.steps[0];
    const last = this.steps.pop();
    if (!top || !last || this.steps.length === 0) return top;
    this.steps[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < this.steps.length && before(this.steps[left] as Step, this.steps[least] as Step))
        least = left;
      if (right < this.steps.length && before(this.steps[right] as Step, this.steps[least] as Step))
        least = right;
      if (least === i) return top;
      [this.steps[i], this.steps[least]] = [this.steps[least] as Step, this.steps[i] as Step];
      i = least;
    }
  }

  /** Runs the steps in time order; steps may schedule later ones. */
  run(): RequestRows {
    for (let step = this.next(); step; step = this.next()) step.run(new Date(step.at));
    this.rows.sequences = [...this.numbers].map(([key, last_value]) => {
      const cut = key.lastIndexOf('/');
      return { series: key.slice(0, cut), year: Number(key.slice(cut + 1)), last_value };
    });
    return this.rows;
  }

  /** A timeline event, as services/cases/events.ts recordEvent writes it. */
  event(
    caseId: string,
    actor: Actor,
    at: Date,
    kind: string,
    details: Record<string, unknown>,
    personId: string,
  ): void {
    this.rows.events.push({
      id: this.uuid(),
      case_id: caseId,
      person_id: personId,
      kind,
      at,
      actor_id: actor.id,
      institution_id: actor.institutionId,
      details: JSON.stringify(details),
    });
  }
}

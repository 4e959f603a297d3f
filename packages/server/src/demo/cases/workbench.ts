import {
  extractNeeds,
  findFormDefinition,
  validateSubmission,
  type FormDefinition,
  type ServiceConfig,
} from '@vatra/core';
import type { TeamRole } from '../../storage/cases/tables.js';
import {
  isoDate,
  type BuildContext,
  type CaseState,
  type DemoActor,
  type DemoRows,
  type Row,
} from './build-context.js';
import { random } from './plan.js';

// What every step of the demo's case stories shares while the rows are built: the rows so far,
// the steps waiting their turn, the numbers taken per series and year, and one seeded id stream.
// The steps (steps-*.ts) draw ids from it in the order they run, so the same demo gets the same ids.

interface Step {
  at: number;
  seq: number;
  run: () => void;
}

/** v4-shaped UUIDs from a seeded generator: the same demo gets the same ids. */
export function seededUuids(seed: number): () => string {
  const rand = random(seed);
  return () => {
    const bytes = Buffer.alloc(16);
    for (let i = 0; i < 16; i += 4) bytes.writeUInt32BE(Math.floor(rand() * 2 ** 32) >>> 0, i);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

export class Workbench {
  readonly rows: DemoRows = {
    households: [],
    persons: [],
    cases: [],
    team: [],
    visits: [],
    submissions: [],
    plans: [],
    planItems: [],
    assignments: [],
    referrals: [],
    monitoring: [],
    certificates: [],
    documents: [],
    events: [],
    sequences: [],
  };
  readonly services: Map<string, ServiceConfig>;
  readonly uuid = seededUuids(0x7a7a);
  /** The demo's "now" in milliseconds, and its day. */
  readonly anchor: number;
  readonly today: string;
  private readonly steps: Step[] = [];
  private readonly numbers: Map<string, number>;
  private readonly teamKeys = new Set<string>();
  private seq = 0;

  constructor(readonly context: BuildContext) {
    this.numbers = new Map(context.sequences);
    this.services = new Map(context.country.services.map((service) => [service.code, service]));
    this.anchor = context.now.getTime();
    this.today = isoDate(context.now);
  }

  /** Runs the scheduled steps in the order of time (then of scheduling) and returns the rows. */
  run(): DemoRows {
    this.steps.sort((a, b) => a.at - b.at || a.seq - b.seq);
    for (const step of this.steps) step.run();
    this.rows.sequences = [...this.numbers].map(([key, last_value]) => {
      const cut = key.lastIndexOf('/');
      return { series: key.slice(0, cut), year: Number(key.slice(cut + 1)), last_value };
    });
    return this.rows;
  }

  actor(username: string): DemoActor {
    const actor = this.context.actors.get(username);
    if (!actor) throw new Error(`demo seed: no active demo user ${username}`);
    return actor;
  }

  jurisdiction(code: string): string {
    const id = this.context.jurisdictions.get(code);
    if (!id) throw new Error(`demo seed: no jurisdiction ${code}`);
    return id;
  }

  private form(key: string): FormDefinition {
    const definition = findFormDefinition(this.context.forms, this.context.country.country.code, key, 1);
    if (!definition) throw new Error(`demo seed: no form ${key} v1`);
    return definition;
  }

  /** The next number of a series in a year, as services/cases/numbering.ts takes it. */
  take(series: string, year: number): number {
    const key = `${series}/${year}`;
    const next = (this.numbers.get(key) ?? 0) + 1;
    this.numbers.set(key, next);
    return next;
  }

  /** Schedules a step at a moment of the story (never later than a minute before "now"). */
  schedule(when: number, action: (at: Date) => void): void {
    const at = Math.min(when, this.anchor - 60_000);
    this.steps.push({ at, seq: this.seq++, run: () => action(new Date(at)) });
  }

  event(
    state: CaseState,
    actor: DemoActor,
    at: Date,
    kind: string,
    details: Record<string, unknown>,
    personId: string | null = null,
  ): void {
    this.rows.events.push({
      id: this.uuid(),
      case_id: state.row.id,
      person_id: personId,
      kind,
      at,
      actor_id: actor.id,
      institution_id: actor.institutionId,
      details: JSON.stringify(details),
    });
  }

  /** As services/cases/write.ts touchCase: new values, version + 1, updated now. */
  touch(state: CaseState, at: Date, values: Partial<Row<'cases'>>): void {
    Object.assign(state.row, values, { version: (state.row.version ?? 1) + 1, updated_at: at });
    if (values.stage) state.stage = values.stage;
  }

  joinTeam(state: CaseState, actor: DemoActor, role: TeamRole, at: Date): void {
    const key = `${state.row.id}/${actor.id}/${role}`;
    if (this.teamKeys.has(key)) return;
    this.teamKeys.add(key);
    this.rows.team.push({ case_id: state.row.id, user_id: actor.id, role, added_at: at });
  }

  /** Validates answers like services/cases/forms.ts storeSubmission, and stores them. */
  submit(state: CaseState, actor: DemoActor, key: string, answers: Record<string, unknown>, at: Date) {
    const definition = this.form(key);
    const result = validateSubmission(definition, answers, { members: state.formMembers });
    if (!result.ok)
      throw new Error(
        `demo seed: ${key} of ${state.spec.key} is not valid: ${JSON.stringify(result.problems)}`,
      );
    const needs = extractNeeds(definition, result.data);
    const id = this.uuid();
    this.rows.submissions.push({
      id,
      case_id: state.row.id,
      form_key: definition.key,
      form_version: definition.version,
      series_id: this.uuid(),
      revision: 1,
      data: JSON.stringify(result.data),
      needs: JSON.stringify(needs),
      submitted_by: actor.id,
      submitted_at: at,
    });
    return { id, definition, needs, data: result.data };
  }
}

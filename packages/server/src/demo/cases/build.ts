import { createHash } from 'node:crypto';
import {
  addDeadline,
  extractNeeds,
  findFormDefinition,
  personInput,
  validateSubmission,
  type CountryConfig,
  type ExtractedNeed,
  type FormDefinition,
  type ServiceConfig,
} from '@vatra/core';
import type { Insertable } from 'kysely';
import { clockStart } from '../../services/cases/open.js';
import { MONITORING_FORM, receivedNothing } from '../../services/cases/monitoring.js';
import { formatNumber, localCode } from '../../services/cases/numbering.js';
import { advance } from '../../services/cases/stage.js';
import { TRANSITIONS } from '../../services/referrals/transitions.js';
import { toPersonValues } from '../../services/registry/write.js';
import type { CaseDatabase, CaseStage, ClosureRecord, TeamRole } from '../../storage/cases/tables.js';
import type { PersonValues } from '../../storage/registry/persons.js';
import { anamnesisAnswers, fvnAnswers, monitoringAnswers, type MemberIds } from './answers.js';
import { demoFamily, type DemoFamily } from './family.js';
import { demoPdf, demoPng } from './files.js';
import { FOREIGN_ORIGINS, type Municipality } from './names.js';
import { between, random, type CaseSpec, type ReferralFate, type TransferProgress } from './plan.js';

// The demo's cases as rows, built in memory before anything is written: every case's story (plan.ts)
// acted out step by step, in the order of all cases' steps by time, writing what the case services
// would write for that step — the same rows, the same timeline events with the same details, the
// same numbers per series and year — but dated on the day of the story. Pure and deterministic
// (seeded generators, ids included) given the demo's "now", the reference data and the numbers
// already taken; seed-cases.ts inserts the result in one transaction.

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOT_FOUND = 'Askush në adresë; fqinjët thonë se familja qëndron te të afërmit.';

export const PLACE: Record<Municipality, string> = {
  'XK-KAC': 'kacanik',
  'XK-PEJ': 'peja',
  'XK-GJL': 'gjilan',
};
const COORDINATOR: Record<Municipality, string | null> = {
  'XK-KAC': null,
  'XK-PEJ': 'rc.peja',
  'XK-GJL': 'rc.gjilan',
};

/** The demo users who work the cases, per municipality, and the regional coordinators. */
export function demoActorNames(): string[] {
  return Object.values(PLACE)
    .flatMap((place) => ['zkkk', 'qps', 'cm', 'zp', 'dka'].map((role) => `${role}.${place}`))
    .concat(['rc.peja', 'rc.gjilan']);
}

export interface DemoActor {
  id: string;
  username: string;
  fullName: string;
  institutionId: string;
}

/** What the builder needs from the database. */
export interface BuildContext {
  /** The demo's "now": every step happens before it. */
  now: Date;
  country: CountryConfig;
  forms: FormDefinition[];
  /** Municipality code → jurisdiction id. */
  jurisdictions: Map<string, string>;
  /** Active institutions: code → id. */
  institutions: Map<string, string>;
  actors: Map<string, DemoActor>;
  /** Numbers already taken: `${series}/${year}` → last value. */
  sequences: Map<string, number>;
}

type Row<T extends keyof CaseDatabase> = Insertable<CaseDatabase[T]> & { id: string };
type PersonRow = PersonValues & { id: string; created_at: Date; updated_at: Date };

/** A document: its row (the storage key comes once the bytes are stored) and its bytes. */
export interface DemoDocument {
  row: Omit<Row<'documents'>, 'storage_key'>;
  bytes: Buffer;
}

export interface DemoRows {
  households: Row<'households'>[];
  persons: PersonRow[];
  cases: Row<'cases'>[];
  team: Insertable<CaseDatabase['case_team']>[];
  visits: Row<'case_visits'>[];
  submissions: Row<'form_submissions'>[];
  plans: Row<'case_plans'>[];
  planItems: Row<'case_plan_items'>[];
  assignments: Row<'case_manager_assignments'>[];
  referrals: Row<'referrals'>[];
  monitoring: Row<'monitoring_entries'>[];
  certificates: Row<'certificates'>[];
  documents: DemoDocument[];
  events: Row<'case_events'>[];
  /** The last number used per series and year (including those taken before the seed). */
  sequences: { series: string; year: number; last_value: number }[];
}

interface CaseState {
  spec: CaseSpec;
  municipality: Municipality;
  family: DemoFamily;
  row: Row<'cases'>;
  household: Row<'households'>;
  persons: PersonRow[];
  members: MemberIds;
  /** The members the forms' repeated sections cover (as the form service reads them). */
  formMembers: ReturnType<typeof formMembers>;
  headId: string;
  stage: CaseStage;
  closure: ClosureRecord | null;
  fvnId?: string;
  needs: ExtractedNeed[];
  plan?: Row<'case_plans'>;
  items: Row<'case_plan_items'>[];
  approved: boolean;
  periods: Set<string>;
  fvnSeries?: string;
}

interface Step {
  at: number;
  seq: number;
  run: () => void;
}

/** v4-shaped UUIDs from a seeded generator: the same demo gets the same ids. */
function uuids(seed: number): () => string {
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

const isoDate = (at: Date | number) => new Date(at).toISOString().slice(0, 10);

/** Whole years of age on `today`, as the form service counts them (children are under 18). */
export function ageOn(dateOfBirth: string | null, today: Date): number | null {
  if (!dateOfBirth) return null;
  const born = new Date(`${dateOfBirth}T00:00:00Z`);
  let years = today.getUTCFullYear() - born.getUTCFullYear();
  if (
    today.getUTCMonth() < born.getUTCMonth() ||
    (today.getUTCMonth() === born.getUTCMonth() && today.getUTCDate() < born.getUTCDate())
  )
    years -= 1;
  return years;
}

/** The members each repeated section of a form covers, as services/cases/forms.ts reads them. */
export function formMembers(persons: { id: string; date_of_birth?: string | null }[], today: Date) {
  const isChild = (dob: string | null | undefined) => (ageOn(dob ?? null, today) ?? 99) < 18;
  return {
    household_members: persons.map((p) => p.id),
    children: persons.filter((p) => isChild(p.date_of_birth)).map((p) => p.id),
    adults: persons.filter((p) => !isChild(p.date_of_birth)).map((p) => p.id),
  };
}

/** Builds the rows of the demo's cases. */
export function buildDemoCases(specs: CaseSpec[], context: BuildContext): DemoRows {
  const builder = new Builder(context);
  for (const spec of specs) builder.story(spec);
  return builder.run();
}

class Builder {
  private readonly rows: DemoRows = {
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
  private readonly steps: Step[] = [];
  private readonly numbers: Map<string, number>;
  private readonly teamKeys = new Set<string>();
  private readonly services: Map<string, ServiceConfig>;
  private readonly uuid = uuids(0x7a7a);
  private readonly anchor: number;
  private readonly today: string;
  private seq = 0;

  constructor(private readonly context: BuildContext) {
    this.numbers = new Map(context.sequences);
    this.services = new Map(context.country.services.map((service) => [service.code, service]));
    this.anchor = context.now.getTime();
    this.today = isoDate(context.now);
  }

  run(): DemoRows {
    this.steps.sort((a, b) => a.at - b.at || a.seq - b.seq);
    for (const step of this.steps) step.run();
    this.rows.sequences = [...this.numbers].map(([key, last_value]) => {
      const cut = key.lastIndexOf('/');
      return { series: key.slice(0, cut), year: Number(key.slice(cut + 1)), last_value };
    });
    return this.rows;
  }

  // --- helpers ---------------------------------------------------------------------------

  private actor(username: string): DemoActor {
    const actor = this.context.actors.get(username);
    if (!actor) throw new Error(`demo seed: no active demo user ${username}`);
    return actor;
  }

  private jurisdiction(code: Municipality): string {
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
  private take(series: string, year: number): number {
    const key = `${series}/${year}`;
    const next = (this.numbers.get(key) ?? 0) + 1;
    this.numbers.set(key, next);
    return next;
  }

  /** Schedules a step at a moment of the story (never later than a minute before "now"). */
  private schedule(when: number, action: (at: Date) => void): void {
    const at = Math.min(when, this.anchor - 60_000);
    this.steps.push({ at, seq: this.seq++, run: () => action(new Date(at)) });
  }

  private event(
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
  private touch(state: CaseState, at: Date, values: Partial<Row<'cases'>>): void {
    Object.assign(state.row, values, { version: (state.row.version ?? 1) + 1, updated_at: at });
    if (values.stage) state.stage = values.stage;
  }

  private joinTeam(state: CaseState, actor: DemoActor, role: TeamRole, at: Date): void {
    const key = `${state.row.id}/${actor.id}/${role}`;
    if (this.teamKeys.has(key)) return;
    this.teamKeys.add(key);
    this.rows.team.push({ case_id: state.row.id, user_id: actor.id, role, added_at: at });
  }

  /** Validates answers like services/cases/forms.ts storeSubmission, and stores them. */
  private submit(
    state: CaseState,
    actor: DemoActor,
    key: string,
    answers: Record<string, unknown>,
    at: Date,
  ) {
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

  // --- the story of one case (the same schedule as the case services were driven on) -----

  story(spec: CaseSpec): void {
    const rand = random(spec.seed ^ 0x71e);
    const anchor = this.anchor;
    const start =
      spec.target === 'closure_due'
        ? addDeadline(new Date(anchor + (spec.closureInDays ?? 10) * DAY), { value: -18, unit: 'months' })
        : new Date(anchor - spec.startDaysAgo * DAY);
    // Office hours, Kosovo time (UTC+1/+2): 07:00–14:00 UTC.
    if (spec.target !== 'registered') start.setUTCHours(7 + Math.floor(rand() * 7), Math.floor(rand() * 60));
    const family = demoFamily(spec, new Date(anchor), isoDate(start));
    let state: CaseState | undefined;
    const current = () => state;
    const end = spec.closeAfterDays !== undefined ? start.getTime() + spec.closeAfterDays * DAY : anchor;
    const after = (from: number, minDays: number, maxDays: number) =>
      from + between(rand, minDays, maxDays) * DAY;

    this.schedule(start.getTime(), (at) => {
      state = this.register(spec, family, at);
    });
    const t0 = start.getTime();
    if (spec.certificate && !FOREIGN_ORIGINS.has(spec.origin)) {
      const when = spec.target === 'registered' ? t0 + HOUR : after(t0, 0.1, 6);
      if (when < anchor) this.schedule(when, (at) => this.certificate(current(), at));
    }
    if (spec.documents) {
      const when = spec.target === 'registered' ? t0 + 0.5 * HOUR : after(t0, 0.2, 3);
      if (when < anchor)
        this.schedule(when, (at) =>
          this.idCopy(current(), at, spec.correctedDocument && spec.target === 'visited'),
        );
    }
    if (spec.target === 'registered') return;
    if (spec.target === 'visit_overdue') {
      const when = after(t0, 1.2, 2.6);
      if (spec.failedVisit) this.schedule(when, (at) => this.visit(current(), 'not_found', at, NOT_FOUND));
      return;
    }
    const late = rand() < 0.12;
    const visited = late ? after(t0, 3.3, 5) : after(t0, 0.4, 2.8);
    this.scheduleVisit(current, visited, rand);
    if (spec.target === 'visited') return;

    const assessed = this.assess(spec, current, visited, end, rand);
    if (spec.target === 'assessed') return;
    const planned = this.plan(spec, current, assessed, rand, spec.target !== 'plan_draft');
    if (spec.target === 'plan_draft' || spec.target === 'plan_approved') return;

    // Case manager, referrals and the monthly monitoring.
    const appointed = after(planned, 0.2, 6);
    this.schedule(appointed, (at) => this.manager(current(), at));
    this.referrals(spec, current, appointed, end, rand);
    const reopenAt = spec.reopenAfterDays !== undefined ? end + spec.reopenAfterDays * DAY : undefined;
    const cap = { monitoring: 12, closure_due: 14, closed: 8, reopened: 14 }[spec.target] ?? 12;
    this.monitoring(current, appointed, end, cap, rand);
    if (spec.target === 'monitoring' || spec.target === 'closure_due') return;

    // Closure, and what came after it.
    let moved: CaseState | undefined;
    this.schedule(end, (at) => {
      moved = this.close(current(), at);
    });
    if (spec.outcome === 'moved' && spec.movedTo) {
      this.transferred(spec, () => moved, end, spec.transferProgress ?? 'visit_overdue', rand);
    }
    if (reopenAt !== undefined) {
      this.schedule(reopenAt, (at) => this.reopen(current(), at));
      this.monitoring(current, reopenAt, anchor, 3, rand, true);
    }
  }

  private scheduleVisit(state: () => CaseState | undefined, at: number, rand: () => number): void {
    const notes = rand() < 0.5 ? 'Familja në shtëpi; u caktua intervista për FVN-në.' : null;
    this.schedule(at, (when) => this.visit(state(), 'completed', when, notes));
  }

  /** FVN (with its scan), sometimes the social anamnesis; returns when the FVN was in. */
  private assess(
    spec: CaseSpec,
    state: () => CaseState | undefined,
    visited: number,
    end: number,
    rand: () => number,
  ): number {
    const fvnAt = visited + (rand() < 0.4 ? 0.1 : between(rand, 0.5, 5)) * DAY;
    this.schedule(fvnAt, (at) => this.fvn(state(), at));
    if (spec.documents) {
      const scanAt = fvnAt + between(rand, 0.05, 3) * DAY;
      if (scanAt < end) this.schedule(scanAt, (at) => this.fvnScan(state(), at, 1));
      if (spec.correctedDocument) {
        const againAt = scanAt + between(rand, 4, 15) * DAY;
        if (againAt < Math.min(end, this.anchor))
          this.schedule(againAt, (at) => this.fvnScan(state(), at, 2));
      }
    }
    if (spec.anamnesis) {
      const when = fvnAt + between(rand, 3, 12) * DAY;
      if (when < Math.min(end, this.anchor)) this.schedule(when, (at) => this.anamnesis(state(), at));
    }
    return fvnAt;
  }

  /** The plan: drafted after the FVN, approved a few days later unless still a draft. */
  private plan(
    spec: CaseSpec,
    state: () => CaseState | undefined,
    fvnAt: number,
    rand: () => number,
    approve: boolean,
  ): number {
    const drafted = fvnAt + between(rand, 13, 22) * DAY;
    this.schedule(drafted, (at) => this.draftPlan(state(), at));
    if (!approve) return drafted;
    const approved = drafted + between(rand, 2, 8) * DAY;
    this.schedule(approved, (at) => this.approve(state(), at));
    return approved;
  }

  private monitoring(
    state: () => CaseState | undefined,
    from: number,
    until: number,
    cap: number,
    rand: () => number,
    afterReopening = false,
  ): void {
    const anchor = this.anchor;
    const entries: Date[] = [];
    const first = new Date(from);
    for (let month = 0; month < 30; month++) {
      const day = new Date(
        Date.UTC(
          first.getUTCFullYear(),
          first.getUTCMonth() + month,
          18 + Math.floor(rand() * 9),
          9 + Math.floor(rand() * 5),
        ),
      );
      if (day.getTime() <= from + 3 * DAY) continue;
      const limit = Math.min(until, anchor);
      if (day.getTime() >= limit) {
        // This month's monitoring is done early in the month when the month is far enough along.
        const sameMonth =
          new Date(anchor).getUTCMonth() === day.getUTCMonth() &&
          new Date(anchor).getUTCFullYear() === day.getUTCFullYear();
        const early = anchor - DAY;
        if (
          sameMonth &&
          until >= anchor &&
          new Date(early).getUTCMonth() === day.getUTCMonth() &&
          early > from + 3 * DAY &&
          rand() < 0.3
        )
          entries.push(new Date(early));
        break;
      }
      entries.push(day);
    }
    const kept = entries.slice(-cap);
    kept.forEach((when, index) => {
      const month = afterReopening ? index + 6 : entries.length - kept.length + index;
      const nothing = rand() < (month < 2 ? 0.4 : 0.15);
      this.schedule(when.getTime(), (at) => this.monitor(state(), at, month, nothing));
    });
  }

  private referrals(
    spec: CaseSpec,
    state: () => CaseState | undefined,
    appointed: number,
    end: number,
    rand: () => number,
  ): void {
    const anchor = this.anchor;
    const limit = Math.min(end, anchor) - HOUR;
    const schedule = (kind: 'education' | 'employment', fate: ReferralFate) => {
      let sent: number;
      if (fate === 'pending_recent') sent = anchor - between(rand, 2, 10) * DAY;
      else if (fate === 'pending_old') sent = anchor - between(rand, 20, 60) * DAY;
      else sent = appointed + between(rand, 4, 20) * DAY;
      if (sent <= appointed) sent = appointed + 2 * HOUR;
      if (sent >= limit) return;
      let referral: Row<'referrals'> | undefined;
      this.schedule(sent, (at) => {
        referral = this.sendReferral(state(), kind, at);
      });
      const chain: { action: 'receive' | 'accept' | 'decline' | 'complete'; days: [number, number] }[] = [];
      if (fate !== 'pending_recent' && fate !== 'pending_old')
        chain.push({ action: 'receive', days: [0.2, 3] });
      if (fate === 'accepted' || fate === 'completed') chain.push({ action: 'accept', days: [1, 5] });
      if (fate === 'declined') chain.push({ action: 'decline', days: [1, 6] });
      if (fate === 'completed') chain.push({ action: 'complete', days: [8, 40] });
      let t = sent;
      for (const link of chain) {
        t += between(rand, link.days[0], link.days[1]) * DAY;
        if (t >= limit) return;
        this.schedule(t, (at) => {
          if (referral) this.answer(state(), kind, referral, link.action, at);
        });
      }
    };
    if (spec.referrals.education) schedule('education', spec.referrals.education);
    if (spec.referrals.employment) schedule('employment', spec.referrals.employment);
  }

  /** After a move: the new municipality's team takes the case as far as the plan says. */
  private transferred(
    spec: CaseSpec,
    current: () => CaseState | undefined,
    closed: number,
    progress: TransferProgress,
    rand: () => number,
  ): void {
    if (progress === 'visit_overdue') return;
    const visited = closed + between(rand, 2, 6) * DAY;
    this.scheduleVisit(current, visited, rand);
    const fvnAt = this.assess(
      { ...spec, documents: false, anamnesis: false },
      current,
      visited,
      this.anchor,
      rand,
    );
    if (progress === 'assessed') return;
    const approved = this.plan(spec, current, fvnAt, rand, true);
    if (progress === 'plan_approved') return;
    const appointed = approved + between(rand, 1, 5) * DAY;
    this.schedule(appointed, (at) => this.manager(current(), at));
    this.monitoring(current, appointed, this.anchor, 12, rand);
  }

  // --- the steps: what each service writes ------------------------------------------------

  /** createHousehold + openCase (services/registry/households.ts, services/cases/open.ts). */
  private register(spec: CaseSpec, family: DemoFamily, at: Date): CaseState {
    const m = spec.municipality;
    const registrar = this.actor(`zkkk.${PLACE[m]}`);
    const jurisdictionId = this.jurisdiction(m);
    const household: Row<'households'> = {
      id: this.uuid(),
      jurisdiction_id: jurisdictionId,
      settlement: family.settlement,
      address_line: family.addressLine,
      phone: null,
      created_by: registrar.id,
      created_at: at,
      updated_at: at,
    };
    this.rows.households.push(household);
    const persons = family.members.map((member) => {
      const values = toPersonValues(personInput.parse(member.input), {
        jurisdictionId,
        householdId: household.id,
        createdBy: registrar.id,
      });
      const row: PersonRow = { ...values, id: this.uuid(), created_at: at, updated_at: at };
      return row;
    });
    this.rows.persons.push(...persons);
    const head = persons[0];
    if (!head) throw new Error(`demo seed: ${spec.key} has nobody in its household`);
    const members: MemberIds = { adults: [], children: [] };
    family.members.forEach((member, index) => {
      const id = persons[index]?.id ?? '';
      if (member.age < 18) members.children.push({ id, age: member.age });
      else members.adults.push(id);
    });
    const foreigner = ['foreigner_protection', 'foreigner_residence'].includes(head.category);
    const kind = foreigner ? 'foreigner' : 'returnee';
    const start = clockStart(
      { category: head.category, statusGrantDate: head.status_grant_date ?? null },
      at,
    );
    const deadlines = this.context.country.country.deadlines;
    const year = at.getUTCFullYear();
    const number = formatNumber(localCode(m), year, this.take(`case:${m}`, year));
    const row: Row<'cases'> = {
      id: this.uuid(),
      number,
      jurisdiction_id: jurisdictionId,
      household_id: household.id,
      person_id: head.id,
      kind,
      clock_start: start,
      visit_due_at: addDeadline(start, deadlines.homeVisit),
      closure_due_on: isoDate(addDeadline(start, deadlines.caseClosure)),
      stage: 'registered',
      status: 'open',
      sensitivity: spec.sensitive ? 'sensitive' : 'normal',
      case_manager_id: null,
      outcome: null,
      closed_at: null,
      closed_by: null,
      closure: null,
      transferred_from: null,
      transferred_to: null,
      reopened_count: 0,
      rent_fund_since: null,
      rent_reviewed_on: null,
      registered_by: registrar.id,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    this.rows.cases.push(row);
    const state: CaseState = {
      spec,
      municipality: m,
      family,
      row,
      household,
      persons,
      members,
      formMembers: formMembers(persons, this.context.now),
      headId: head.id,
      stage: 'registered',
      closure: null,
      needs: [],
      items: [],
      approved: false,
      periods: new Set(),
    };
    this.joinTeam(state, registrar, 'registrar', at);
    this.event(state, registrar, at, 'case.opened', { number, kind }, head.id);
    return state;
  }

  /** services/cases/closure.ts issueCertificate, for the head of household. */
  private certificate(state: CaseState | undefined, at: Date): void {
    if (!state) return;
    const zkkk = this.actor(`zkkk.${PLACE[state.municipality]}`);
    const issuedOn = isoDate(at);
    const year = Number(issuedOn.slice(0, 4));
    const code = state.municipality;
    const number = formatNumber(`VR-${localCode(code)}`, year, this.take(`certificate:${code}`, year));
    this.rows.certificates.push({
      id: this.uuid(),
      case_id: state.row.id,
      person_id: state.headId,
      number,
      issued_on: issuedOn,
      issued_by: zkkk.id,
      created_at: at,
    });
    this.event(state, zkkk, at, 'certificate.issued', { number }, state.headId);
  }

  /** services/cases/visits.ts recordVisit, by the QPS social worker with the ZKKK officer. */
  private visit(
    state: CaseState | undefined,
    outcome: 'completed' | 'not_found',
    at: Date,
    notes: string | null,
  ): void {
    if (!state) return;
    const place = PLACE[state.municipality];
    const zkkk = this.actor(`zkkk.${place}`);
    const qps = this.actor(`qps.${place}`);
    this.rows.visits.push({
      id: this.uuid(),
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
    if (outcome === 'completed') this.touch(state, at, { stage: advance(state.stage, 'visited') });
    this.joinTeam(state, qps, 'visit', at);
    this.event(state, qps, at, 'visit.recorded', {
      outcome,
      visitedAt: at.toISOString(),
      onTime: at.getTime() <= new Date(state.row.visit_due_at ?? at).getTime(),
    });
  }

  /** services/cases/forms.ts submitCaseForm: the FVN moves the case to "assessed". */
  private fvn(state: CaseState | undefined, at: Date): void {
    if (!state) return;
    if (state.stage === 'registered') throw new Error(`demo seed: FVN before the visit (${state.spec.key})`);
    const qps = this.actor(`qps.${PLACE[state.municipality]}`);
    const answers = fvnAnswers(state.spec, state.family, state.members, isoDate(at));
    const stored = this.submit(state, qps, 'fvn', answers, at);
    this.touch(state, at, { stage: advance(state.stage, 'assessed') });
    this.event(state, qps, at, 'form.submitted', {
      form: 'fvn',
      version: stored.definition.version,
      needs: stored.needs.length,
    });
    state.fvnId = stored.id;
    state.needs = stored.needs;
  }

  private anamnesis(state: CaseState | undefined, at: Date): void {
    if (!state) return;
    const qps = this.actor(`qps.${PLACE[state.municipality]}`);
    const stored = this.submit(state, qps, 'anamnesis', anamnesisAnswers(state.spec, isoDate(at)), at);
    this.event(state, qps, at, 'form.submitted', {
      form: 'anamnesis',
      version: stored.definition.version,
      needs: stored.needs.length,
    });
  }

  /** services/cases/plans.ts createPlan: one item per need of the FVN, from the catalogue. */
  private draftPlan(state: CaseState | undefined, at: Date): void {
    if (!state) return;
    const code = state.municipality;
    const qps = this.actor(`qps.${PLACE[code]}`);
    const foreign = FOREIGN_ORIGINS.has(state.spec.origin);
    const serviceFor = (need: ExtractedNeed): string => {
      switch (need.domain) {
        case 'documents':
          return 'civil_documents';
        case 'housing':
          return foreign ? 'rent_housing_bonus' : 'rent_reintegration_fund';
        case 'income_employment':
          return 'jobseeker_registration';
        case 'education':
          return foreign ? 'language_course' : 'school_placement';
        case 'social_assistance':
          return 'social_assistance';
        case 'psychosocial':
          return 'psychosocial_support';
        case 'health':
          return 'health_care';
        case 'legal':
          return 'free_legal_aid';
        default:
          return 'community_activities';
      }
    };
    const plan: Row<'case_plans'> = {
      id: this.uuid(),
      case_id: state.row.id,
      person_id: null,
      plan_type: state.row.kind === 'foreigner' ? 'PII' : 'PIR',
      plan_version: 1,
      status: 'draft',
      goal: state.spec.sensitive
        ? 'Siguria e nënës dhe e fëmijëve, të ardhura të vetat dhe shkollimi i fëmijëve.'
        : 'Riintegrim i qëndrueshëm brenda 18 muajve: dokumente, strehim, të ardhura dhe shkollim.',
      created_by: qps.id,
      created_at: at,
      approved_by: null,
      approved_at: null,
      version: 1,
      updated_at: at,
    };
    const items = state.needs.slice(0, 12).map((need, index): Row<'case_plan_items'> => {
      const service = this.services.get(serviceFor(need));
      if (!service) throw new Error(`demo seed: service ${serviceFor(need)} is not in the catalogue`);
      const type = service.responsibleInstitutionType;
      return {
        id: this.uuid(),
        plan_id: plan.id,
        position: index + 1,
        service_code: service.code,
        need_path: need.path,
        domain: service.domain,
        priority: need.priority,
        responsible_institution_id: type ? (this.context.institutions.get(`${type}-${code}`) ?? null) : null,
        target_date: isoDate(at.getTime() + (30 + index * 20) * DAY),
        status: 'planned',
        note: null,
      };
    });
    if (items.length === 0) throw new Error(`demo seed: the FVN of ${state.spec.key} recorded no needs`);
    this.rows.plans.push(plan);
    this.rows.planItems.push(...items);
    state.plan = plan;
    state.items = items;
    this.event(state, qps, at, 'plan.drafted', { plan: plan.id, planVersion: plan.plan_version });
  }

  /** services/cases/plans.ts approvePlan: "planned" (or "monitoring" with a case manager). */
  private approve(state: CaseState | undefined, at: Date): void {
    const plan = state?.plan;
    if (!state || !plan) return;
    const qps = this.actor(`qps.${PLACE[state.municipality]}`);
    Object.assign(plan, {
      status: 'approved',
      approved_by: qps.id,
      approved_at: at,
      version: (plan.version ?? 1) + 1,
      updated_at: at,
    });
    state.approved = true;
    const reached = state.row.case_manager_id ? 'monitoring' : 'planned';
    this.touch(state, at, { stage: advance(state.stage, reached) });
    this.event(state, qps, at, 'plan.approved', { plan: plan.id, planVersion: plan.plan_version });
  }

  /** services/cases/manager.ts appointCaseManager, by a numbered QPS decision. */
  private manager(state: CaseState | undefined, at: Date): void {
    if (!state) return;
    const place = PLACE[state.municipality];
    const qps = this.actor(`qps.${place}`);
    const cm = this.actor(`cm.${place}`);
    const decisionDate = isoDate(at);
    const year = Number(decisionDate.slice(0, 4));
    const code = state.municipality;
    const decisionNumber = formatNumber(
      `QPS-${localCode(code)}`,
      year,
      this.take(`decision:QPS:${code}`, year),
    );
    this.rows.assignments.push({
      id: this.uuid(),
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
    this.touch(state, at, {
      case_manager_id: cm.id,
      ...(state.approved ? { stage: advance(state.stage, 'monitoring') } : {}),
    });
    this.joinTeam(state, cm, 'case_manager', at);
    this.event(state, qps, at, 'manager.appointed', { decisionNumber, manager: cm.id, previous });
  }

  /** services/cases/monitoring.ts addMonitoring: one entry a month, the form validated. */
  private monitor(state: CaseState | undefined, at: Date, month: number, nothing: boolean): void {
    if (!state) return;
    if (!state.approved) throw new Error(`demo seed: monitoring before the plan (${state.spec.key})`);
    const period = at.toISOString().slice(0, 7);
    if (state.periods.has(period))
      throw new Error(`demo seed: ${state.spec.key} monitored twice in ${period}`);
    state.periods.add(period);
    const cm = this.actor(`cm.${PLACE[state.municipality]}`);
    const answers = monitoringAnswers(isoDate(at), month, nothing, state.members.children.length > 0);
    const stored = this.submit(state, cm, MONITORING_FORM, answers, at);
    const receivedNone = receivedNothing(stored.data);
    this.rows.monitoring.push({
      id: this.uuid(),
      case_id: state.row.id,
      period,
      submission_id: stored.id,
      received_nothing: receivedNone,
      created_by: cm.id,
      created_at: at,
    });
    this.touch(state, at, { stage: advance(state.stage, 'monitoring') });
    this.event(state, cm, at, 'monitoring.added', { period, receivedNothing: receivedNone });
  }

  /** services/referrals/create.ts createReferral, by the case manager, for a planned service. */
  private sendReferral(
    state: CaseState | undefined,
    kind: 'education' | 'employment',
    at: Date,
  ): Row<'referrals'> | undefined {
    if (!state || state.row.status !== 'open') return undefined;
    const cm = this.actor(`cm.${PLACE[state.municipality]}`);
    const wanted =
      kind === 'education' ? ['school_placement', 'language_course'] : ['jobseeker_registration'];
    const item = state.items.find((candidate) => wanted.includes(candidate.service_code));
    if (!item) return undefined;
    const need = state.needs.find((candidate) => candidate.path === item.need_path);
    const toCode = `${kind === 'education' ? 'DKA' : 'ZP'}-${state.municipality}`;
    const to = this.context.institutions.get(toCode);
    if (!to) return undefined;
    const referral: Row<'referrals'> = {
      id: this.uuid(),
      case_id: state.row.id,
      person_id: need?.member ?? null,
      to_institution_id: to,
      from_institution_id: cm.institutionId,
      plan_item_id: item.id,
      service_code: item.service_code,
      reason:
        kind === 'education'
          ? 'Fëmijë i kthyer nga jashtë: vendosja në shkollë dhe njohja e viteve shkollore të kryera jashtë vendit.'
          : 'Kryefamiljar i papunë: regjistrimi si punëkërkues dhe ndërmjetësimi për punësim.',
      status: 'sent',
      sent_by: cm.id,
      sent_at: at,
      received_by: null,
      received_at: null,
      answered_by: null,
      answered_at: null,
      decline_reason: null,
      completed_at: null,
      feedback: null,
      version: 1,
      updated_at: at,
    };
    this.rows.referrals.push(referral);
    this.event(
      state,
      cm,
      at,
      'referral.sent',
      {
        referralId: referral.id,
        toInstitutionId: to,
        toInstitutionCode: toCode,
        serviceCode: referral.service_code,
        planItemId: referral.plan_item_id,
      },
      referral.person_id ?? state.row.person_id,
    );
    return referral;
  }

  /** services/referrals/transitions.ts, by the receiving institution's officer. */
  private answer(
    state: CaseState | undefined,
    kind: 'education' | 'employment',
    referral: Row<'referrals'>,
    action: 'receive' | 'accept' | 'decline' | 'complete',
    at: Date,
  ): void {
    if (!state) return;
    const officer = this.actor(`${kind === 'education' ? 'dka' : 'zp'}.${PLACE[state.municipality]}`);
    const rule = TRANSITIONS[action];
    const from = referral.status ?? 'sent';
    if (!rule.from.includes(from)) throw new Error(`demo seed: referral ${action} from ${from}`);
    const details: Record<string, unknown> = { referralId: referral.id, from, to: rule.to };
    switch (action) {
      case 'receive':
        Object.assign(referral, { received_by: officer.id, received_at: at });
        break;
      case 'accept':
        Object.assign(referral, { answered_by: officer.id, answered_at: at });
        details.note = 'Do ta kontaktojmë familjen këtë javë.';
        break;
      case 'decline': {
        const reason =
          'Ishte regjistruar si punëkërkues që në vitin 2019; në vend të kësaj iu rinovua regjistrimi.';
        Object.assign(referral, { answered_by: officer.id, answered_at: at, decline_reason: reason });
        details.reason = reason;
        break;
      }
      case 'complete': {
        const feedback =
          kind === 'education'
            ? 'U regjistrua në shkollën fillore të lagjes; u bë njohja e viteve shkollore jashtë vendit.'
            : 'U regjistrua si punëkërkues; u mbajt intervista e parë për ndërmjetësim punësimi.';
        const completedOn = isoDate(at);
        // As completionMoment: noon UTC of the day given (the moment itself on the day of "now"),
        // never before the referral was sent.
        const noon = completedOn === this.today ? at : new Date(`${completedOn}T12:00:00Z`);
        const sentAt = new Date(referral.sent_at ?? at.getTime());
        Object.assign(referral, { completed_at: noon < sentAt ? sentAt : noon, feedback });
        details.feedback = feedback;
        details.completedOn = completedOn;
        if (referral.plan_item_id) {
          const item = state.items.find((candidate) => candidate.id === referral.plan_item_id);
          if (item) item.status = 'done';
          details.planItemId = referral.plan_item_id;
        }
        break;
      }
    }
    Object.assign(referral, { status: rule.to, version: (referral.version ?? 1) + 1, updated_at: at });
    this.event(state, officer, at, `referral.${rule.to}`, details, referral.person_id ?? null);
  }

  /** services/documents/upload.ts uploadDocument: the row and the case event; bytes stored later. */
  private upload(
    state: CaseState,
    uploader: DemoActor,
    at: Date,
    file: {
      docType: 'fvn' | 'id';
      personId?: string;
      submissionId?: string;
      seriesId?: string;
      revision: number;
      note?: string;
      fileName: string;
      contentType: 'application/pdf' | 'image/png';
      bytes: Buffer;
    },
  ): string {
    const id = this.uuid();
    const seriesId = file.seriesId ?? this.uuid();
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const size = file.bytes.length;
    this.rows.documents.push({
      bytes: file.bytes,
      row: {
        id,
        jurisdiction_id: state.row.jurisdiction_id,
        case_id: state.row.id,
        person_id: file.personId ?? null,
        submission_id: file.submissionId ?? null,
        doc_type: file.docType,
        series_id: seriesId,
        revision: file.revision,
        file_name: file.fileName,
        content_type: file.contentType,
        size_bytes: size,
        sha256,
        note: file.note ?? null,
        uploaded_by: uploader.id,
        uploaded_at: at,
      },
    });
    this.event(
      state,
      uploader,
      at,
      file.revision === 1 ? 'document.uploaded' : 'document.corrected',
      {
        documentId: id,
        docType: file.docType,
        seriesId,
        revision: file.revision,
        personId: file.personId ?? null,
        sha256,
        size,
      },
      file.personId ?? null,
    );
    return seriesId;
  }

  /** A copy of the head's ID card; sometimes replaced by a clearer one a few minutes later. */
  private idCopy(state: CaseState | undefined, at: Date, corrected: boolean): void {
    if (!state) return;
    const zkkk = this.actor(`zkkk.${PLACE[state.municipality]}`);
    const head = state.family.members[0]?.input;
    const name = (head?.lastName ?? 'copy').toLowerCase();
    const seriesId = this.upload(state, zkkk, at, {
      docType: 'id',
      personId: state.headId,
      revision: 1,
      fileName: `id-${name}.png`,
      contentType: 'image/png',
      bytes: demoPng(state.spec.seed),
    });
    if (corrected)
      this.upload(state, zkkk, new Date(Math.min(at.getTime() + 4 * 60_000, this.anchor - 30_000)), {
        docType: 'id',
        personId: state.headId,
        seriesId,
        revision: 2,
        note: 'Kopje më e qartë: skanimi i parë ishte i prerë.',
        fileName: `id-${name}-2.png`,
        contentType: 'image/png',
        bytes: demoPng(state.spec.seed + 7),
      });
  }

  /** The signed FVN, scanned; revision 2 when the first scan missed a page. */
  private fvnScan(state: CaseState | undefined, at: Date, revision: 1 | 2): void {
    if (!state?.fvnId) return;
    if (revision === 2 && !state.fvnSeries) return;
    const qps = this.actor(`qps.${PLACE[state.municipality]}`);
    const number = state.row.number;
    const series = this.upload(state, qps, at, {
      docType: 'fvn',
      submissionId: state.fvnId,
      revision,
      ...(revision === 2 && state.fvnSeries
        ? { seriesId: state.fvnSeries, note: 'Faqja 4 e nënshkruar mungonte në skanimin e parë.' }
        : {}),
      fileName: `fvn-${number.toLowerCase()}${revision === 2 ? '-2' : ''}.pdf`,
      contentType: 'application/pdf',
      bytes: demoPdf([
        'Formulari i Vleresimit te Nevojave (FVN)',
        `Rasti ${number}`,
        `Kopje e skanuar, nenshkruar${revision === 2 ? ' - versioni i plote' : ''}`,
        'Dokument demonstrues: persona te trilluar.',
      ]),
    });
    if (revision === 1) state.fvnSeries = series;
  }

  /**
   * services/cases/closure.ts closeCase, by ZKKK with the DRPR regional coordinator. "Moved":
   * the household moves and a new case continues in the other municipality; returns its state.
   */
  private close(state: CaseState | undefined, at: Date): CaseState | undefined {
    if (!state) return undefined;
    if (!state.approved) throw new Error(`demo seed: closing ${state.spec.key} without a plan`);
    const spec = state.spec;
    const zkkk = this.actor(`zkkk.${PLACE[state.municipality]}`);
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
      coordinatorId: coordinator ? this.actor(coordinator).id : null,
      coordinatorName: coordinator ? null : 'Liridona Shabani',
      note: null,
      movedToJurisdictionId: movedTo ? this.jurisdiction(movedTo) : null,
    };
    const moved = movedTo ? this.transfer(state, zkkk, movedTo, at) : undefined;
    this.touch(state, at, {
      status: 'closed',
      stage: 'closed',
      outcome,
      closed_at: at,
      closed_by: zkkk.id,
      closure: JSON.stringify(closure),
      ...(moved ? { transferred_to: moved.row.id } : {}),
    });
    state.closure = closure;
    this.event(state, zkkk, at, 'case.closed', {
      outcome,
      planAchieved,
      ...(moved ? { transferredTo: moved.row.id } : {}),
    });
    return moved;
  }

  /** closure.ts transfer: the household and its members move; a new case continues there. */
  private transfer(state: CaseState, closer: DemoActor, to: Municipality, at: Date): CaseState {
    const target = this.jurisdiction(to);
    Object.assign(state.household, { jurisdiction_id: target, updated_at: at });
    for (const person of state.persons) Object.assign(person, { jurisdiction_id: target, updated_at: at });
    const year = at.getUTCFullYear();
    const number = formatNumber(localCode(to), year, this.take(`case:${to}`, year));
    const original = state.row;
    const row: Row<'cases'> = {
      ...original,
      id: this.uuid(),
      number,
      jurisdiction_id: target,
      clock_start: at,
      visit_due_at: addDeadline(at, this.context.country.country.deadlines.homeVisit),
      closure_due_on: original.closure_due_on,
      stage: 'registered',
      status: 'open',
      case_manager_id: null,
      outcome: null,
      closed_at: null,
      closed_by: null,
      closure: null,
      transferred_from: original.id,
      transferred_to: null,
      reopened_count: 0,
      registered_by: closer.id,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    this.rows.cases.push(row);
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
    this.event(
      moved,
      closer,
      at,
      'case.transferred_in',
      { from: original.number, number },
      original.person_id,
    );
    return moved;
  }

  /** services/cases/closure.ts reopenCase: back to monitoring, the closure kept in the timeline. */
  private reopen(state: CaseState | undefined, at: Date): void {
    if (!state) return;
    if (state.row.status !== 'closed' || state.row.transferred_to)
      throw new Error('demo seed: cannot reopen');
    const zkkk = this.actor(`zkkk.${PLACE[state.municipality]}`);
    const previousOutcome = state.row.outcome ?? null;
    const previousClosure = state.closure;
    this.touch(state, at, {
      status: 'open',
      stage: 'monitoring',
      outcome: null,
      closed_at: null,
      closed_by: null,
      closure: null,
      reopened_count: (state.row.reopened_count ?? 0) + 1,
    });
    state.closure = null;
    this.event(state, zkkk, at, 'case.reopened', {
      reason: 'Familja u kthye dhe kërkoi sërish mbështetje; plani vazhdon aty ku ishte ndalur.',
      previousOutcome,
      previousClosure,
    });
  }
}

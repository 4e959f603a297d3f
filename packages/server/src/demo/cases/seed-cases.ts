import {
  addDeadline,
  caseOpenBody,
  closeBody,
  householdCreateBody,
  type CaseDetail,
  type CountryConfig,
  type FormDefinition,
  type NeedView,
  type Scope,
} from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { Db } from '../../db/open.js';
import type { Database } from '../../db/schema.js';
import type { SessionUser } from '../../services/access/context.js';
import { appendAudit } from '../../services/audit/trail.js';
import type { CaseConfig } from '../../services/cases/config.js';
import { closeCase, issueCertificate, reopenCase } from '../../services/cases/closure.js';
import { submitCaseForm } from '../../services/cases/forms.js';
import { appointCaseManager } from '../../services/cases/manager.js';
import { addMonitoring } from '../../services/cases/monitoring.js';
import { openCase } from '../../services/cases/open.js';
import { approvePlan, createPlan } from '../../services/cases/plans.js';
import { recordVisit } from '../../services/cases/visits.js';
import { sniffContentType } from '../../services/documents/sniff.js';
import { uploadDocument } from '../../services/documents/upload.js';
import { createReferral } from '../../services/referrals/create.js';
import { transitionReferral, type TransitionInput } from '../../services/referrals/transitions.js';
import { createHousehold } from '../../services/registry/households.js';
import { LocalDiskBlobStore } from '../../storage/blobs/local-disk.js';
import { caseDb } from '../../storage/cases/tables.js';
import { actingAs, loadActors, withinTransaction } from './actors.js';
import { anamnesisAnswers, fvnAnswers, monitoringAnswers, type MemberIds } from './answers.js';
import { demoFamily, type DemoFamily } from './family.js';
import { demoPdf, demoPng } from './files.js';
import { MUNICIPALITIES, type Municipality } from './names.js';
import {
  between,
  demoCasePlan,
  random,
  type CaseSpec,
  type ReferralFate,
  type TransferProgress,
} from './plan.js';
import { restamp } from './restamp.js';

const PROFILE = process.env.VATRA_DEMO_PROFILE
  ? new Map<string, { n: number; ms: number; restamp: number }>()
  : null;

export const CASES_SEEDED_KEY = 'demo_cases_seeded_at';

// One lock number for the case seed: two processes starting on one PostgreSQL database must not
// both seed (the second waits, then finds the marker).
const SEED_LOCK = 727276;
const DAY = 86_400_000;
const NOT_FOUND = 'Nobody at the address; neighbours say the family is staying with relatives.';
const HOUR = 3_600_000;

export interface CaseSeedOptions {
  /** Where the documents' bytes go: the server's `<VATRA_DATA_DIR>/documents`. */
  documentsDir: string;
  countries: CountryConfig[];
  forms: FormDefinition[];
}

export async function isDemoCasesSeeded(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('app_meta')
    .select('key')
    .where('key', '=', CASES_SEEDED_KEY)
    .executeTakeFirst();
  return Boolean(row);
}

const PLACE: Record<Municipality, string> = { 'XK-KAC': 'kacanik', 'XK-PEJ': 'peja', 'XK-GJL': 'gjilan' };
const COORDINATOR: Record<Municipality, string | null> = {
  'XK-KAC': null,
  'XK-PEJ': 'rc.peja',
  'XK-GJL': 'rc.gjilan',
};

/** A step of a case's story, run in the order of all cases' steps by time. */
interface Step {
  at: Date;
  seq: number;
  run: () => Promise<void>;
}

interface CaseState {
  spec: CaseSpec;
  municipality: Municipality;
  family: DemoFamily;
  caseId: string;
  version: number;
  householdId: string;
  members: MemberIds;
  headId: string;
  fvnId?: string;
  needs: NeedView[];
  items: { id: string; serviceCode: string; needPath: string | null }[];
}

/**
 * Seeds the demo's invented cases (demo/cases/plan.ts) by driving the case services as the demo
 * users would, in one transaction guarded by its own marker: a crash half-way leaves nothing,
 * and the next start seeds them again. Returns how many cases were opened (0 when already done).
 */
export async function seedDemoCases(db: Db, options: CaseSeedOptions): Promise<{ cases: number }> {
  if (await isDemoCasesSeeded(db.kysely)) return { cases: 0 };
  const started = Date.now();
  return db.kysely.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    if (await isDemoCasesSeeded(trx)) return { cases: 0 };
    const usernames = MUNICIPALITIES.flatMap((m) =>
      ['zkkk', 'qps', 'cm', 'zp', 'dka'].map((role) => `${role}.${PLACE[m]}`),
    ).concat(['rc.peja', 'rc.gjilan']);
    const actors = await loadActors(trx, usernames);
    // The demo's Kosovo users must be there (and active): without them there is nobody to act.
    if (actors.size !== usernames.length) return { cases: 0 };
    const dbNow = (await sql<{ now: Date }>`select now() as now`.execute(trx)).rows[0]?.now ?? new Date();
    // Everything the seed writes is stamped before `fresh`; whatever a service stamps with the
    // present comes after it (ten minutes' margin for a database server's clock).
    const fresh = new Date(new Date(dbNow).getTime() - 10 * 60_000);
    const seeder = new Seeder(withinTransaction(trx), options, actors, fresh);
    await seeder.loadReferenceData();
    const cases = await seeder.run(demoCasePlan());
    if (PROFILE) console.table(Object.fromEntries(PROFILE));
    await trx
      .insertInto('app_meta')
      .values({ key: CASES_SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    await appendAudit(trx, {
      action: 'system.seed_demo_cases',
      outcome: 'ok',
      details: { cases, ms: Date.now() - started },
    });
    return { cases };
  });
}

class Seeder {
  private readonly config: CaseConfig;
  private readonly store: LocalDiskBlobStore;
  private readonly steps: Step[] = [];
  private seq = 0;
  private opened = 0;
  private jurisdictions = new Map<string, string>();
  private institutions = new Map<string, string>();
  private services = new Map<string, string>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: CaseSeedOptions,
    private readonly actors: Map<string, SessionUser>,
    /** The demo's "now": every step happens before it. */
    private readonly anchor: Date,
  ) {
    this.config = { countries: options.countries, forms: options.forms };
    this.store = new LocalDiskBlobStore(options.documentsDir);
  }

  async loadReferenceData(): Promise<void> {
    const places = await this.q
      .selectFrom('jurisdictions')
      .select(['id', 'code'])
      .where('code', 'in', [...MUNICIPALITIES])
      .execute();
    this.jurisdictions = new Map(places.map((row) => [row.code, row.id]));
    const institutions = await this.q
      .selectFrom('institutions')
      .select(['id', 'code'])
      .where('active', '=', true)
      .execute();
    this.institutions = new Map(institutions.map((row) => [row.code, row.id]));
    const kosovo = this.options.countries.find((country) => country.country.code === 'XK');
    this.services = new Map(
      (kosovo?.services ?? []).map((s) => [s.code, s.responsibleInstitutionType ?? '']),
    );
  }

  /** Plans every case's story, then acts the steps out in time order; returns the cases opened. */
  async run(specs: CaseSpec[]): Promise<number> {
    for (const spec of specs) this.story(spec);
    this.steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq);
    for (const step of this.steps) await step.run();
    return this.opened;
  }

  /** Queries over the case tables, in the seed's transaction. */
  private get q() {
    return caseDb(this.db);
  }

  // --- acting -----------------------------------------------------------------------------

  private user(username: string): SessionUser {
    const user = this.actors.get(username);
    if (!user) throw new Error(`demo seed: no demo user ${username}`);
    return user;
  }

  private as(username: string, operation: string, scope: Scope) {
    return actingAs(this.db, this.actors.get(username), operation, scope);
  }

  private institution(code: string): string | null {
    return this.institutions.get(code) ?? null;
  }

  /** Schedules a step of a case; it runs, then the rows it wrote get its moment. */
  private at(state: () => CaseState | undefined, when: Date, action: () => Promise<void>): void {
    const at = new Date(Math.min(when.getTime(), this.anchor.getTime() - 60_000));
    this.steps.push({
      at,
      seq: this.seq++,
      run: async () => {
        const t0 = performance.now();
        try {
          await action();
        } catch (error) {
          const current = state();
          const what = current ? `${current.spec.key} (${current.caseId})` : 'a demo case';
          throw new Error(`demo seed failed at ${what}, ${at.toISOString()}: ${String(error)}`, {
            cause: error,
          });
        }
        const t1 = performance.now();
        const current = state();
        if (current?.caseId) await restamp(this.db, current.caseId, at, this.anchor);
        if (PROFILE) {
          const name = (action.toString().match(/this\.(\w+)\(/) ?? [])[1] ?? 'step';
          const entry = PROFILE.get(name) ?? { n: 0, ms: 0, restamp: 0 };
          entry.n++;
          entry.ms += t1 - t0;
          entry.restamp += performance.now() - t1;
          PROFILE.set(name, entry);
        }
      },
    });
  }

  private track(state: CaseState, detail: CaseDetail): void {
    state.version = detail.version;
  }

  // --- the story of one case ----------------------------------------------------------------

  private story(spec: CaseSpec): void {
    const rand = random(spec.seed ^ 0x71e);
    const anchor = this.anchor.getTime();
    const start =
      spec.target === 'closure_due'
        ? addDeadline(new Date(anchor + (spec.closureInDays ?? 10) * DAY), { value: -18, unit: 'months' })
        : new Date(anchor - spec.startDaysAgo * DAY);
    // Office hours, Kosovo time (UTC+1/+2): 07:00–14:00 UTC.
    if (spec.target !== 'registered') start.setUTCHours(7 + Math.floor(rand() * 7), Math.floor(rand() * 60));
    const family = demoFamily(spec, new Date(anchor), start.toISOString().slice(0, 10));
    const m = spec.municipality;
    const place = PLACE[m];
    let state: CaseState | undefined;
    const current = () => state;
    const end = spec.closeAfterDays !== undefined ? start.getTime() + spec.closeAfterDays * DAY : anchor;
    const after = (from: number, minDays: number, maxDays: number) =>
      from + between(rand, minDays, maxDays) * DAY;

    // Registration: the household, then the case.
    this.at(current, start, async () => {
      state = await this.register(spec, family, start);
    });
    let t = start.getTime();
    const returnee = !['syrian', 'afghan', 'iraqi', 'turkish_national'].includes(spec.origin);
    if (spec.certificate && returnee) {
      const when = spec.target === 'registered' ? t + HOUR : after(t, 0.1, 6);
      if (when < anchor) this.at(current, new Date(when), () => this.certificate(current(), new Date(when)));
    }
    if (spec.documents) {
      const when = spec.target === 'registered' ? t + 0.5 * HOUR : after(t, 0.2, 3);
      if (when < anchor)
        this.at(current, new Date(when), () =>
          this.idCopy(current(), spec.correctedDocument && spec.target === 'visited'),
        );
    }
    if (spec.target === 'registered') return;
    if (spec.target === 'visit_overdue') {
      const when = new Date(after(t, 1.2, 2.6));
      if (spec.failedVisit) this.at(current, when, () => this.visit(current(), 'not_found', when, NOT_FOUND));
      return;
    }
    const late = rand() < 0.12;
    t = late ? after(t, 3.3, 5) : after(t, 0.4, 2.8);
    this.scheduleVisit(current, t, rand);
    if (spec.target === 'visited') return;

    const assessed = this.assess(spec, current, t, end, rand);
    if (spec.target === 'assessed') return;
    const planned = this.plan(spec, current, assessed, rand, spec.target !== 'plan_draft');
    if (spec.target === 'plan_draft' || spec.target === 'plan_approved') return;

    // Case manager, referrals and the monthly monitoring.
    const appointed = after(planned, 0.2, 6);
    this.at(current, new Date(appointed), () => this.manager(current(), place, new Date(appointed)));
    this.referrals(spec, current, appointed, end, rand);
    const reopenAt = spec.reopenAfterDays !== undefined ? end + spec.reopenAfterDays * DAY : undefined;
    const cap = { monitoring: 12, closure_due: 14, closed: 8, reopened: 14 }[spec.target] ?? 12;
    this.monitoring(current, appointed, end, cap, rand);
    if (spec.target === 'monitoring' || spec.target === 'closure_due') return;

    // Closure, and what came after it.
    this.at(current, new Date(end), () => this.close(current(), new Date(end)));
    if (spec.outcome === 'moved' && spec.movedTo) {
      this.transferred(spec, spec.movedTo, current, end, spec.transferProgress ?? 'visit_overdue', rand);
    }
    if (reopenAt !== undefined) {
      this.at(current, new Date(reopenAt), () => this.reopen(current()));
      this.monitoring(current, reopenAt, anchor, 3, rand, true);
    }
  }

  private scheduleVisit(state: () => CaseState | undefined, at: number, rand: () => number): void {
    const when = new Date(at);
    const notes = rand() < 0.5 ? 'Family at home; FVN interview arranged.' : null;
    this.at(state, when, () =>
      this.visit(state(), 'completed', new Date(Math.min(at, this.anchor.getTime() - 60_000)), notes),
    );
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
    this.at(state, new Date(fvnAt), () => this.fvn(state(), new Date(fvnAt)));
    if (spec.documents) {
      const scanAt = fvnAt + between(rand, 0.05, 3) * DAY;
      if (scanAt < end) this.at(state, new Date(scanAt), () => this.fvnScan(state(), 1));
      if (spec.correctedDocument) {
        const againAt = scanAt + between(rand, 4, 15) * DAY;
        if (againAt < Math.min(end, this.anchor.getTime()))
          this.at(state, new Date(againAt), () => this.fvnScan(state(), 2));
      }
    }
    if (spec.anamnesis) {
      const at = fvnAt + between(rand, 3, 12) * DAY;
      if (at < Math.min(end, this.anchor.getTime()))
        this.at(state, new Date(at), () => this.anamnesis(state(), new Date(at)));
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
    this.at(state, new Date(drafted), () => this.draftPlan(state(), new Date(drafted)));
    if (!approve) return drafted;
    const approved = drafted + between(rand, 2, 8) * DAY;
    this.at(state, new Date(approved), () => this.approve(state()));
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
    const anchor = this.anchor.getTime();
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
    kept.forEach((at, index) => {
      const month = afterReopening ? index + 6 : entries.length - kept.length + index;
      const nothing = rand() < (month < 2 ? 0.4 : 0.15);
      this.at(state, at, () => this.monitor(state(), at, month, nothing));
    });
  }

  private referrals(
    spec: CaseSpec,
    state: () => CaseState | undefined,
    appointed: number,
    end: number,
    rand: () => number,
  ): void {
    const anchor = this.anchor.getTime();
    const limit = Math.min(end, anchor) - HOUR;
    const schedule = (kind: 'education' | 'employment', fate: ReferralFate) => {
      let sent: number;
      if (fate === 'pending_recent') sent = anchor - between(rand, 2, 10) * DAY;
      else if (fate === 'pending_old') sent = anchor - between(rand, 20, 60) * DAY;
      else sent = appointed + between(rand, 4, 20) * DAY;
      if (sent <= appointed) sent = appointed + 2 * HOUR;
      if (sent >= limit) return;
      let referral: { id: string; version: number } | undefined;
      this.at(state, new Date(sent), async () => {
        referral = await this.sendReferral(state(), kind);
      });
      const chain: { action: TransitionInput['action']; days: [number, number] }[] = [];
      if (fate !== 'pending_recent' && fate !== 'pending_old')
        chain.push({ action: 'receive', days: [0.2, 3] });
      if (fate === 'accepted' || fate === 'completed') chain.push({ action: 'accept', days: [1, 5] });
      if (fate === 'declined') chain.push({ action: 'decline', days: [1, 6] });
      if (fate === 'completed') chain.push({ action: 'complete', days: [8, 40] });
      let t = sent;
      for (const link of chain) {
        t += between(rand, link.days[0], link.days[1]) * DAY;
        if (t >= limit) return;
        const when = new Date(t);
        this.at(state, when, async () => {
          if (referral) referral = await this.answer(state(), kind, referral, link.action, when);
        });
      }
    };
    if (spec.referrals.education) schedule('education', spec.referrals.education);
    if (spec.referrals.employment) schedule('employment', spec.referrals.employment);
  }

  /** After a move: the new municipality's team takes the case as far as the plan says. */
  private transferred(
    spec: CaseSpec,
    to: Municipality,
    original: () => CaseState | undefined,
    closed: number,
    progress: TransferProgress,
    rand: () => number,
  ): void {
    let state: CaseState | undefined;
    const current = () => state;
    const moved = { ...spec, key: `${spec.key}-moved`, municipality: to, sensitive: spec.sensitive };
    this.at(current, new Date(closed + 60_000), async () => {
      const before = original();
      if (!before) return;
      const row = await this.q
        .selectFrom('cases')
        .select(['id', 'version'])
        .where('transferred_from', '=', before.caseId)
        .executeTakeFirstOrThrow();
      state = {
        ...before,
        spec: moved,
        municipality: to,
        caseId: row.id,
        version: row.version,
        fvnId: undefined,
        needs: [],
        items: [],
      };
      this.opened++;
    });
    if (progress === 'visit_overdue') return;
    const visited = closed + between(rand, 2, 6) * DAY;
    this.scheduleVisit(current, visited, rand);
    const fvnAt = this.assess(
      { ...moved, documents: false, anamnesis: false },
      current,
      visited,
      this.anchor.getTime(),
      rand,
    );
    if (progress === 'assessed') return;
    const approved = this.plan(moved, current, fvnAt, rand, true);
    if (progress === 'plan_approved') return;
    const appointed = approved + between(rand, 1, 5) * DAY;
    this.at(current, new Date(appointed), () => this.manager(current(), PLACE[to], new Date(appointed)));
    this.monitoring(current, appointed, this.anchor.getTime(), 12, rand);
  }

  // --- the steps ---------------------------------------------------------------------------

  private async register(spec: CaseSpec, family: DemoFamily, at: Date): Promise<CaseState> {
    const m = spec.municipality;
    const registrar = `zkkk.${PLACE[m]}`;
    const jurisdictionId = this.jurisdictions.get(m);
    if (!jurisdictionId) throw new Error(`no jurisdiction ${m}`);
    const household = await createHousehold(
      this.as(registrar, 'createHousehold', 'person.register'),
      householdCreateBody.parse({
        jurisdictionId,
        settlement: family.settlement,
        addressLine: family.addressLine,
        members: family.members.map((member) => member.input),
        acknowledgedDuplicates: [],
      }),
    );
    // The household's members in the family's order (head first), matched by name and birth;
    // read directly, since the registrar may not see a sensitive household's members.
    const rows = await this.q
      .selectFrom('persons')
      .select(['id', 'first_name', 'date_of_birth'])
      .where('household_id', '=', household.id)
      .execute();
    const ids = family.members.map(
      (member) =>
        rows.find(
          (row) =>
            row.first_name === member.input.firstName &&
            row.date_of_birth === (member.input.dateOfBirth ?? null),
        )?.id,
    );
    const headId = ids[0];
    if (!headId || ids.some((id) => !id) || rows.length !== family.members.length)
      throw new Error('household members not all written');
    const members: MemberIds = { adults: [], children: [] };
    family.members.forEach((member, index) => {
      const id = ids[index] ?? '';
      if (member.age < 18) members.children.push({ id, age: member.age });
      else members.adults.push(id);
    });
    const detail = await openCase(
      this.as(registrar, 'openCase', 'person.register'),
      this.config,
      caseOpenBody.parse({
        householdId: household.id,
        personId: headId,
        sensitivity: spec.sensitive ? 'sensitive' : 'normal',
      }),
      at,
    );
    this.opened++;
    return {
      spec,
      municipality: m,
      family,
      caseId: detail.id,
      version: detail.version,
      householdId: household.id,
      members,
      headId,
      needs: [],
      items: [],
    };
  }

  private async certificate(state: CaseState | undefined, at: Date): Promise<void> {
    if (!state) return;
    const detail = await issueCertificate(
      this.as(`zkkk.${PLACE[state.municipality]}`, 'issueCertificate', 'person.register'),
      this.config,
      state.caseId,
      state.headId,
      at,
    );
    this.track(state, detail);
  }

  private async visit(
    state: CaseState | undefined,
    outcome: 'completed' | 'not_found',
    at: Date,
    notes: string | null,
  ): Promise<void> {
    if (!state) return;
    const place = PLACE[state.municipality];
    const zkkk = this.user(`zkkk.${place}`);
    const qps = this.user(`qps.${place}`);
    const detail = await recordVisit(
      this.as(qps.username, 'recordVisit', 'case.visit'),
      this.config,
      state.caseId,
      {
        visitedAt: at.toISOString(),
        outcome,
        team: [
          { institutionId: zkkk.institutionId, name: zkkk.fullName },
          { institutionId: qps.institutionId, name: qps.fullName },
        ],
        notes,
      },
    );
    this.track(state, detail);
  }

  private async fvn(state: CaseState | undefined, at: Date): Promise<void> {
    if (!state) return;
    const date = at.toISOString().slice(0, 10);
    const detail = await submitCaseForm(
      this.as(`qps.${PLACE[state.municipality]}`, 'submitCaseForm', 'case.assess'),
      this.config,
      state.caseId,
      'fvn',
      { formVersion: 1, data: fvnAnswers(state.spec, state.family, state.members, date) },
    );
    this.track(state, detail);
    const row = await this.q
      .selectFrom('form_submissions')
      .select(['id', 'needs'])
      .where('case_id', '=', state.caseId)
      .where('form_key', '=', 'fvn')
      .orderBy('submitted_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    state.fvnId = row.id;
    state.needs = row.needs as NeedView[];
  }

  private async anamnesis(state: CaseState | undefined, at: Date): Promise<void> {
    if (!state) return;
    const detail = await submitCaseForm(
      this.as(`qps.${PLACE[state.municipality]}`, 'submitCaseForm', 'case.assess'),
      this.config,
      state.caseId,
      'anamnesis',
      { formVersion: 1, data: anamnesisAnswers(state.spec, at.toISOString().slice(0, 10)) },
    );
    this.track(state, detail);
  }

  private async draftPlan(state: CaseState | undefined, at: Date): Promise<void> {
    if (!state) return;
    const code = state.municipality;
    const foreign = ['syrian', 'afghan', 'iraqi', 'turkish_national'].includes(state.spec.origin);
    const serviceFor = (need: NeedView): string => {
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
    const items = state.needs.slice(0, 12).map((need, index) => {
      const serviceCode = serviceFor(need);
      const type = this.services.get(serviceCode);
      return {
        serviceCode,
        needPath: need.path,
        priority: need.priority,
        responsibleInstitutionId: type ? this.institution(`${type}-${code}`) : null,
        targetDate: new Date(at.getTime() + (30 + index * 20) * DAY).toISOString().slice(0, 10),
      };
    });
    if (items.length === 0) throw new Error('the FVN recorded no needs to plan for');
    const detail = await createPlan(
      this.as(`qps.${PLACE[code]}`, 'createPlan', 'case.plan'),
      this.config,
      state.caseId,
      {
        personId: null,
        goal: state.spec.sensitive
          ? 'Safety of the mother and children, an income of their own and school for the children.'
          : 'Sustainable reintegration within 18 months: documents, housing, income and school.',
        items,
      },
    );
    this.track(state, detail);
  }

  private async approve(state: CaseState | undefined): Promise<void> {
    if (!state) return;
    const plan = await this.q
      .selectFrom('case_plans')
      .select(['id', 'version'])
      .where('case_id', '=', state.caseId)
      .where('status', '=', 'draft')
      .executeTakeFirstOrThrow();
    const detail = await approvePlan(
      this.as(`qps.${PLACE[state.municipality]}`, 'approvePlan', 'case.plan.approve'),
      this.config,
      plan.id,
      plan.version,
    );
    this.track(state, detail);
    state.items = (
      await this.q
        .selectFrom('case_plan_items')
        .select(['id', 'service_code', 'need_path'])
        .where('plan_id', '=', plan.id)
        .orderBy('position')
        .execute()
    ).map((row) => ({ id: row.id, serviceCode: row.service_code, needPath: row.need_path }));
  }

  private async manager(state: CaseState | undefined, place: string, at: Date): Promise<void> {
    if (!state) return;
    const detail = await appointCaseManager(
      this.as(`qps.${place}`, 'appointCaseManager', 'case.plan.approve'),
      this.config,
      state.caseId,
      {
        userId: this.user(`cm.${place}`).userId,
        decisionDate: at.toISOString().slice(0, 10),
        reason: null,
        version: state.version,
      },
    );
    this.track(state, detail);
  }

  private async monitor(
    state: CaseState | undefined,
    at: Date,
    month: number,
    nothing: boolean,
  ): Promise<void> {
    if (!state) return;
    const detail = await addMonitoring(
      this.as(`cm.${PLACE[state.municipality]}`, 'addMonitoring', 'case.manage'),
      this.config,
      state.caseId,
      {
        period: at.toISOString().slice(0, 7),
        formVersion: 1,
        data: monitoringAnswers(
          at.toISOString().slice(0, 10),
          month,
          nothing,
          state.members.children.length > 0,
        ),
      },
    );
    this.track(state, detail);
  }

  private async sendReferral(state: CaseState | undefined, kind: 'education' | 'employment') {
    if (!state) return undefined;
    const place = PLACE[state.municipality];
    const wanted =
      kind === 'education' ? ['school_placement', 'language_course'] : ['jobseeker_registration'];
    const item = state.items.find((candidate) => wanted.includes(candidate.serviceCode));
    if (!item) return undefined;
    const need = state.needs.find((candidate) => candidate.path === item.needPath);
    const to = this.institution(`${kind === 'education' ? 'DKA' : 'ZP'}-${state.municipality}`);
    if (!to) return undefined;
    const view = await createReferral(
      this.as(`cm.${place}`, 'createReferral', 'referral.send'),
      { countries: this.options.countries },
      state.caseId,
      {
        caseId: state.caseId,
        ...(need?.member ? { personId: need.member } : {}),
        toInstitutionId: to,
        serviceCode: item.serviceCode,
        planItemId: item.id,
        reason:
          kind === 'education'
            ? 'Child back from abroad: school placement and recognition of the school years done abroad.'
            : 'Unemployed head of household: registration as a job seeker and job mediation.',
      },
    );
    return { id: view.id, version: view.version };
  }

  private async answer(
    state: CaseState | undefined,
    kind: 'education' | 'employment',
    referral: { id: string; version: number },
    action: TransitionInput['action'],
    at: Date,
  ): Promise<{ id: string; version: number }> {
    if (!state) return referral;
    const officer = `${kind === 'education' ? 'dka' : 'zp'}.${PLACE[state.municipality]}`;
    const version = referral.version;
    const input: TransitionInput =
      action === 'decline'
        ? {
            action,
            version,
            reason: 'Already registered as a job seeker in 2019; the registration was renewed instead.',
          }
        : action === 'complete'
          ? {
              action,
              version,
              feedback:
                kind === 'education'
                  ? 'Enrolled at the local primary school; recognition of the school years abroad done.'
                  : 'Registered as a job seeker; first job-mediation interview held.',
              completedOn: at.toISOString().slice(0, 10),
            }
          : action === 'accept'
            ? { action, version, note: 'We will contact the family this week.' }
            : { action: 'receive', version };
    const view = await transitionReferral(
      this.as(officer, `${action}Referral`, 'referral.answer'),
      { countries: this.options.countries },
      referral.id,
      input,
    );
    return { id: view.id, version: view.version };
  }

  private async idCopy(state: CaseState | undefined, corrected: boolean): Promise<void> {
    if (!state) return;
    const place = PLACE[state.municipality];
    const head = state.family.members[0]?.input;
    const first = await this.upload(state, `zkkk.${place}`, {
      docType: 'id',
      personId: state.headId,
      fileName: `id-${head?.lastName ?? 'copy'}.png`.toLowerCase(),
      bytes: demoPng(state.spec.seed),
    });
    if (corrected)
      await this.upload(state, `zkkk.${place}`, {
        docType: 'id',
        personId: state.headId,
        seriesId: first,
        note: 'Clearer copy: the first scan was cut off.',
        fileName: `id-${head?.lastName ?? 'copy'}-2.png`.toLowerCase(),
        bytes: demoPng(state.spec.seed + 7),
      });
  }

  private fvnSeries = new Map<string, string>();

  private async fvnScan(state: CaseState | undefined, revision: 1 | 2): Promise<void> {
    if (!state?.fvnId) return;
    const place = PLACE[state.municipality];
    const number = (
      await this.q
        .selectFrom('cases')
        .select('number')
        .where('id', '=', state.caseId)
        .executeTakeFirstOrThrow()
    ).number;
    const series = await this.upload(state, `qps.${place}`, {
      docType: 'fvn',
      submissionId: state.fvnId,
      ...(revision === 2
        ? {
            seriesId: this.fvnSeries.get(state.caseId),
            note: 'Signed page 4 was missing from the first scan.',
          }
        : {}),
      fileName: `fvn-${number.toLowerCase()}${revision === 2 ? '-2' : ''}.pdf`,
      bytes: demoPdf([
        'Formulari i Vleresimit te Nevojave (FVN)',
        `Rasti ${number}`,
        `Kopje e skanuar, nenshkruar${revision === 2 ? ' - versioni i plote' : ''}`,
        'Dokument demonstrues: persona te trilluar.',
      ]),
    });
    if (revision === 1) this.fvnSeries.set(state.caseId, series);
  }

  private async upload(
    state: CaseState,
    username: string,
    file: {
      docType: 'fvn' | 'id';
      personId?: string;
      submissionId?: string;
      seriesId?: string | undefined;
      note?: string;
      fileName: string;
      bytes: Buffer;
    },
  ): Promise<string> {
    const blob = await this.store.put(file.bytes);
    const fields: Record<string, string> = { docType: file.docType, caseId: state.caseId };
    if (file.personId) fields.personId = file.personId;
    if (file.submissionId) fields.submissionId = file.submissionId;
    if (file.seriesId) fields.seriesId = file.seriesId;
    if (file.note) fields.note = file.note;
    const summary = await uploadDocument(this.as(username, 'uploadDocument', 'case.document'), this.store, {
      fields,
      file: { blob, fileName: file.fileName, contentType: await sniffContentType(file.bytes) },
      problems: {},
    });
    return summary.seriesId;
  }

  private async close(state: CaseState | undefined, at: Date): Promise<void> {
    if (!state) return;
    const spec = state.spec;
    const outcome = spec.outcome ?? 'sustainable_reintegration';
    const coordinator = COORDINATOR[state.municipality];
    const movedTo = spec.movedTo ? this.jurisdictions.get(spec.movedTo) : undefined;
    const texts = {
      sustainable_reintegration: [
        'fully',
        'The family has housing, the children attend school and the head of household works; the plan is achieved.',
      ],
      re_emigrated: [
        'partly',
        'The family left Kosovo again; neighbours and relatives confirm they went back to western Europe.',
      ],
      deceased: [
        'partly',
        'The person the case was opened for died; the other members are followed by the centre for social work.',
      ],
      other: [
        'not',
        'The family no longer wants to take part in the plan and asked for the case to be closed.',
      ],
      moved: ['partly', 'The family moved to another municipality; the case continues there.'],
    } as const;
    const [planAchieved, evaluation] = texts[outcome];
    const detail = await closeCase(
      this.as(`zkkk.${PLACE[state.municipality]}`, 'closeCase', 'case.close'),
      this.config,
      state.caseId,
      closeBody.parse({
        outcome,
        planAchieved,
        evaluation,
        ...(coordinator
          ? { coordinatorId: this.user(coordinator).userId }
          : { coordinatorName: 'Liridona Shabani' }),
        ...(movedTo ? { movedToJurisdictionId: movedTo } : {}),
        version: state.version,
      }),
      at,
    );
    this.track(state, detail);
  }

  private async reopen(state: CaseState | undefined): Promise<void> {
    if (!state) return;
    const detail = await reopenCase(
      this.as(`zkkk.${PLACE[state.municipality]}`, 'reopenCase', 'case.close'),
      this.config,
      state.caseId,
      {
        reason: 'The family came back and asked for support again; the plan continues where it stopped.',
        version: state.version,
      },
    );
    this.track(state, detail);
  }
}

#!/usr/bin/env node
// The national-scale dataset: 38 municipalities, 200,000 persons in 70,000 households, 80,000
// cases with full histories (visits, FVN and anamnesis, plans and items, case managers,
// monthly monitoring, referrals, certificates, the timeline) and 400,000 documents as metadata
// (storage keys point nowhere: no file is written). At --scale 1 on a 2-core machine this takes
// a few minutes.
//
//   node bench/national/generate.mjs --database-url postgres://… [--scale 0.1] [--seed 2026]
//   (or DATABASE_URL in the environment)
//
// The database: a Vatra database on PostgreSQL. When it is not migrated yet, or has no demo
// users, the built server is started against it once (migrations, config sync: one institution
// per municipality and type, demo users and institutions) and stopped again.
//
// Idempotency: the generator refuses a database that already holds data beyond the demo (a
// previous run is recognised by its marker in app_meta, `bench_national`). It never deletes
// anything: the audit trail cannot be truncated anyway, and the demo's own records stay.
// To regenerate, use a fresh database. Everything is written in ONE transaction, so a failed
// or interrupted run leaves the database as it was.
//
// What it writes besides the records: staff users per municipality (ZKKK officers, QPS social
// workers, case managers, institution officers, DRPR regional coordinators), flagged as demo
// users and sharing the demo password (they are retired like the demo users outside demo
// mode); the demo users of Kaçanik, Peja and Gjilan work the cases of their municipalities;
// number_sequences continue after the generated case, decision and certificate numbers.
// No audit entries are written: this is an import, not user activity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { extractNeeds, loadFormDefinitions, personNameKeys, validateSubmission } from '@vatra/core';
import { ROOT, SERVER_MAIN, startServer, stopServer } from '../../scripts/lib/server.mjs';
// Answers valid against the shipped Kosovo form definitions, shared with the tests and the demo.
import {
  sampleAnamnesis,
  sampleFvn,
  sampleMonitoring,
} from '../../packages/server/dist/services/cases/samples.js';
import { Loader, RawJson, TABLES } from './load.mjs';
import {
  ALBANIAN,
  BOSNIAK_GORANI_TURKISH,
  FOREIGN,
  MUNICIPALITY_WEIGHTS,
  RAE,
  RETURN_COUNTRIES,
  SERBIAN,
  SETTLEMENTS,
  STREETS,
  communityMix,
} from './pools.mjs';
import { apportion, createRng } from './rng.mjs';

export const MARKER = 'bench_national';
export const FULL = { households: 70_000, persons: 200_000, cases: 80_000, documents: 400_000 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;

const iso = (ms) => new Date(ms).toISOString();
/** A time as the loader sends it: epoch milliseconds. */
const ts = (ms) => Math.round(ms);
const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const periodOf = (ms) => new Date(ms).toISOString().slice(0, 7);

// ---------------------------------------------------------------------------------------------
// The database: what is there, and making it ready.

/** The marker of a generated dataset ({scale, seed, at, counts}), or null. */
export async function datasetInfo(client) {
  const tables = await client.query(`select to_regclass('public.app_meta') as meta`);
  if (!tables.rows[0].meta) return null;
  const row = await client.query(`select value from app_meta where key = $1`, [MARKER]);
  return row.rows[0]?.value ?? null;
}

async function isReady(client) {
  const { rows } = await client.query(
    `select to_regclass('public.cases') is not null and to_regclass('public.app_meta') is not null as ok`,
  );
  if (!rows[0].ok) return false;
  const demo = await client.query(`select 1 from app_meta where key = 'demo_seeded_at'`);
  return demo.rowCount > 0;
}

/** Migrations, config sync and demo users: the built server does them at start-up. */
export async function prepareDatabase(databaseUrl, { log = console.log, logFile } = {}) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (await isReady(client)) return false;
  } finally {
    await client.end();
  }
  log(`generate: migrating and seeding with the built server (${SERVER_MAIN})`);
  const server = await startServer(null, logFile ?? join(ROOT, '.tmp/bench-national-server.log'), {
    databaseUrl,
    timeoutMs: 180_000,
  });
  await stopServer(server.child);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Reference data already in the database.

async function loadReference(client) {
  const municipalities = (
    await client.query(`
      select m.id, m.code, m.path, m.name ->> 'sq' as name, r.code as region
      from jurisdictions m join jurisdictions r on r.id = m.parent_id
      where m.level = 'municipality' and m.country_code = 'XK'
      order by m.code`)
  ).rows;
  const institutions = new Map(
    (await client.query(`select id, code, type_code from institutions`)).rows.map((r) => [r.code, r]),
  );
  const roles = new Map(
    (await client.query(`select id, code from roles where country_code = 'XK'`)).rows.map((r) => [
      r.code,
      r.id,
    ]),
  );
  const users = new Map(
    (await client.query(`select id, username, institution_id, password_hash from users`)).rows.map((r) => [
      r.username,
      r,
    ]),
  );
  const sequences = new Map(
    (await client.query(`select series, year, last_value from number_sequences`)).rows.map((r) => [
      `${r.series}|${r.year}`,
      Number(r.last_value),
    ]),
  );
  const numbers = new Set(
    (await client.query(`select personal_number from persons where personal_number is not null`)).rows.map(
      (r) => r.personal_number,
    ),
  );
  const existing = (
    await client.query(
      `select (select count(*) from households)::int as households, (select count(*) from cases)::int as cases`,
    )
  ).rows[0];
  return { municipalities, institutions, roles, users, sequences, numbers, existing };
}

function loadForms() {
  const dir = join(ROOT, 'config/forms/kosovo');
  const files = ['fvn.v1.json', 'anamnesis.v1.json', 'monitoring.v1.json'].map((name) => ({
    file: `config/forms/kosovo/${name}`,
    json: JSON.parse(readFileSync(join(dir, name), 'utf8')),
  }));
  const [fvn, anamnesis, monitoring] = loadFormDefinitions(files);
  return { fvn, anamnesis, monitoring };
}

// ---------------------------------------------------------------------------------------------
// Generation.

const DEMO_PLACES = { 'XK-PEJ': 'peja', 'XK-GJL': 'gjilan', 'XK-KAC': 'kacanik' };
const DEMO_RC = { 'XK-PE': 'rc.peja', 'XK-GL': 'rc.gjilan' };
const OFFICER_TYPES = ['ZP', 'DKA', 'ZGJC', 'DSHMS', 'MUN'];

const STAGE_WEIGHTS = [
  ['registered', 7],
  ['visited', 4],
  ['assessed', 4],
  ['planned', 3],
  ['monitoring', 36],
  ['closed', 46],
];
const RANK = { registered: 0, visited: 1, assessed: 2, planned: 3, monitoring: 4, closed: 5 };

const SERVICE_BY_DOMAIN = {
  documents: ['civil_documents'],
  housing: [
    'rent_reintegration_fund',
    'rent_housing_bonus',
    'social_housing',
    'reconstruction',
    'furnishing',
  ],
  income_employment: [
    'jobseeker_registration',
    'career_counselling',
    'job_mediation',
    'vocational_training',
    'self_employment_grant',
  ],
  education: ['school_placement', 'language_course', 'document_recognition', 'dropout_prevention'],
  health: ['health_care'],
  social_assistance: ['social_assistance', 'elderly_care'],
  psychosocial: ['psychosocial_support'],
  legal: ['free_legal_aid'],
  other: ['community_activities'],
};

function serviceCatalogue() {
  const services = JSON.parse(readFileSync(join(ROOT, 'config/kosovo/services.json'), 'utf8'));
  return new Map(
    services.map((s) => [s.code, { domain: s.domain, type: s.responsibleInstitutionType, name: s.name.sq }]),
  );
}

export async function generate({ databaseUrl, scale = 1, seed = 2026, log = console.log }) {
  const started = performance.now();
  const rng = createRng(seed);
  const NOW = Math.floor(Date.now() / 60_000) * 60_000;
  const target = {
    households: Math.round(FULL.households * scale),
    persons: Math.round(FULL.persons * scale),
    cases: Math.round(FULL.cases * scale),
    documents: Math.round(FULL.documents * scale),
  };
  if (target.households < 38 || target.cases < 38) throw new Error(`--scale ${scale} is too small`);

  await prepareDatabase(databaseUrl, { log });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const info = await datasetInfo(client);
    if (info) {
      throw new RefusedError(
        `the database already holds a generated national dataset (scale ${info.scale}, ${info.at}); use a fresh database`,
      );
    }
    const ref = await loadReference(client);
    if (ref.existing.households > 1000 || ref.existing.cases > 1000) {
      throw new RefusedError(
        `the database already holds ${ref.existing.households} households and ${ref.existing.cases} cases; use a fresh database`,
      );
    }
    if (ref.municipalities.length !== 38)
      log(`generate: note: ${ref.municipalities.length} Kosovo municipalities configured (expected 38)`);
    const forms = loadForms();
    const services = serviceCatalogue();
    const demoHash = ref.users.get('zkkk.peja')?.password_hash;
    if (!demoHash) throw new Error('the demo users are missing (the server must run with VATRA_DEMO=1 once)');

    await client.query('begin');
    // As a superuser, foreign keys are checked once at the end, set-based (verifyForeignKeys),
    // instead of by a trigger per inserted row, which would triple the load time. The check
    // constraints, unique indexes and NOT NULLs apply as usual.
    const superuser = (await client.query(`select rolsuper from pg_roles where rolname = current_user`))
      .rows[0]?.rolsuper;
    if (superuser) await client.query(`set local session_replication_role = replica`);
    const loader = new Loader(client);
    const timings = {};
    let mark = performance.now();
    const lap = async (name) => {
      await loader.drain();
      const now = performance.now();
      timings[name] = (now - mark) / 1000;
      mark = now;
    };

    // --- places and their shares --------------------------------------------------------------
    const munis = ref.municipalities.map((m) => ({
      ...m,
      local: m.code.replace(/^XK-/, ''),
      weight: MUNICIPALITY_WEIGHTS[m.code] ?? 20,
      mix: communityMix(m.code),
    }));
    const weights = munis.map((m) => m.weight);
    const hhPer = apportion(target.households, weights);
    const personsPer = apportion(target.persons, hhPer);
    const casesPer = apportion(target.cases, hhPer);
    munis.forEach((m, i) => {
      m.households = hhPer[i];
      m.persons = personsPer[i];
      m.cases = casesPer[i];
      m.inst = (type) =>
        ref.institutions.get(`${type}-${m.code}`) ?? ref.institutions.get(`${type}-${m.region}`);
    });

    // --- staff --------------------------------------------------------------------------------
    const user = (username, fullName, institution, role, locale = 'sq') => {
      const existing = ref.users.get(username);
      if (existing)
        return { id: existing.id, institutionId: existing.institution_id, name: fullName, existing: true };
      const id = rng.uuid();
      loader.push('users', [
        id,
        username,
        fullName,
        `${username}@bench.vatra.invalid`,
        institution.id,
        demoHash,
        locale,
        true,
      ]);
      loader.push('user_roles', [id, ref.roles.get(role)]);
      return { id, institutionId: institution.id, name: fullName };
    };
    const staffName = (serbian) => {
      const pool = serbian ? SERBIAN : ALBANIAN;
      const female = rng.chance(0.5);
      return `${rng.pick(female ? pool.female : pool.male)} ${rng.pick(pool.last)}`;
    };
    const regionCoordinators = new Map();
    for (const m of munis) {
      const serbian = m.mix.serbian > 0.5;
      const locale = serbian ? 'sr' : 'sq';
      const place = DEMO_PLACES[m.code];
      const zkkk = m.inst('ZKKK');
      const qps = m.inst('QPS');
      const count = (per, min) => Math.max(min, Math.round(m.cases / per));
      const team = (prefix, institution, role, n, demoName) =>
        Array.from({ length: n }, (_, i) =>
          i === 0 && place
            ? user(`${demoName}.${place}`, '', institution, role)
            : user(
                `bench.${prefix}.${m.local.toLowerCase()}.${i + 1}`,
                staffName(serbian),
                institution,
                role,
                locale,
              ),
        );
      m.zkkk = team('zkkk', zkkk, 'zkkk_officer', count(1500, 1), 'zkkk');
      m.qps = team('qps', qps, 'qps_social_worker', count(1500, 1), 'qps');
      m.cm = team('cm', qps, 'case_manager', count(450, 2), 'cm');
      m.zkkkInst = zkkk;
      m.qpsInst = qps;
      m.officers = new Map();
      for (const type of OFFICER_TYPES) {
        const institution = m.inst(type);
        if (!institution) continue;
        const demo = place && ['ZP', 'DKA'].includes(type) ? `${type.toLowerCase()}.${place}` : null;
        m.officers.set(
          institution.id,
          demo
            ? user(demo, '', institution, 'institution_officer')
            : user(
                `bench.${type.toLowerCase()}.${m.local.toLowerCase()}`,
                staffName(serbian),
                institution,
                'institution_officer',
                locale,
              ),
        );
      }
      if (!regionCoordinators.has(m.region)) {
        const institution = ref.institutions.get(`DRPR-RC-${m.region}`);
        const demo = DEMO_RC[m.region];
        regionCoordinators.set(
          m.region,
          institution
            ? demo
              ? user(demo, '', institution, 'drpr_regional_coordinator')
              : user(
                  `bench.rc.${m.region.replace(/^XK-/, '').toLowerCase()}`,
                  staffName(false),
                  institution,
                  'drpr_regional_coordinator',
                )
            : null,
        );
      }
      m.rc = regionCoordinators.get(m.region);
    }
    await loader.flush('users');
    await loader.flush('user_roles');
    await lap('staff');

    // --- households and persons ------------------------------------------------------------
    let personalCounter = 0;
    const nextPersonalNumber = () => {
      for (;;) {
        personalCounter += 1;
        const value = String(1_230_000_000 + personalCounter * 11 + rng.int(0, 10));
        if (!ref.numbers.has(value)) return value;
      }
    };
    const SIZE_WEIGHTS = [
      [1, 25],
      [2, 22],
      [3, 18],
      [4, 17],
      [5, 10],
      [6, 5],
      [7, 3],
    ];
    const households = [];
    const allMunis = munis;
    for (const m of munis) {
      const sizes = Array.from({ length: m.households }, () => rng.weighted(SIZE_WEIGHTS));
      let sum = sizes.reduce((a, b) => a + b, 0);
      while (sum < m.persons) {
        const i = rng.int(0, sizes.length - 1);
        if (sizes[i] < 9) {
          sizes[i] += 1;
          sum += 1;
        }
      }
      while (sum > m.persons) {
        const i = rng.int(0, sizes.length - 1);
        if (sizes[i] > 1) {
          sizes[i] -= 1;
          sum -= 1;
        }
      }
      m.householdList = sizes.map((size) => {
        const r = rng.next();
        const community =
          r < m.mix.foreign
            ? 'foreign'
            : r < m.mix.foreign + m.mix.serbian
              ? 'serbian'
              : r < m.mix.foreign + m.mix.serbian + m.mix.rae
                ? rng.pick(['roma', 'ashkali', 'egyptian'])
                : r < m.mix.foreign + m.mix.serbian + m.mix.rae + m.mix.other
                  ? rng.pick(['bosniak', 'turkish', 'gorani'])
                  : 'albanian';
        const category =
          community === 'foreign'
            ? rng.chance(0.4)
              ? 'foreigner_protection'
              : 'foreigner_residence'
            : rng.weighted([
                ['returnee_voluntary', 48],
                ['returnee_forced', 48],
                ['returned_from_prison', 4],
              ]);
        const h = { id: rng.uuid(), muni: m, size, community, category, cases: [], members: [] };
        households.push(h);
        return h;
      });
    }

    // --- cases: which household, which stage, when ----------------------------------------
    const cases = [];
    for (const m of munis) {
      const list = rng.shuffle([...m.householdList]);
      const withoutCase = Math.round(m.households * 0.043);
      const withCase = list.slice(0, Math.max(1, m.households - withoutCase));
      const doubles = Math.max(0, Math.min(withCase.length, m.cases - withCase.length));
      const stageCounts = apportion(
        m.cases,
        STAGE_WEIGHTS.map(([, w]) => w),
      );
      const stages = rng.shuffle(STAGE_WEIGHTS.flatMap(([stage], i) => Array(stageCounts[i]).fill(stage)));
      const takeClosed = () => {
        const at = stages.lastIndexOf('closed');
        return at >= 0 ? stages.splice(at, 1)[0] : 'closed';
      };
      withCase.forEach((h, i) => {
        if (i < doubles) {
          const first = { household: h, muni: m, stage: takeClosed() };
          const second = { household: h, muni: m, stage: stages.pop() ?? 'closed' };
          h.cases.push(first, second);
          cases.push(first, second);
        } else {
          const only = { household: h, muni: m, stage: stages.pop() ?? 'closed' };
          h.cases.push(only);
          cases.push(only);
        }
      });
    }
    for (const c of cases) planTimeline(c, rng, NOW);
    for (const h of households) {
      if (h.cases.length === 2) {
        const [first, second] = h.cases;
        // The first case closed before the second opened.
        const gap = rng.between(30, 400) * DAY;
        const shift = first.closedAt - (second.start - gap);
        if (shift > 0) shiftTimeline(first, -shift);
      }
    }

    // --- persons --------------------------------------------------------------------------
    const pools = {
      albanian: ALBANIAN,
      serbian: SERBIAN,
      roma: RAE,
      ashkali: RAE,
      egyptian: RAE,
      bosniak: BOSNIAK_GORANI_TURKISH,
      turkish: BOSNIAK_GORANI_TURKISH,
      gorani: BOSNIAK_GORANI_TURKISH,
      foreign: FOREIGN,
    };
    const languagesOf = (community, fromGerman) => {
      const base = {
        albanian: ['sq'],
        serbian: ['sr'],
        roma: ['rom', 'sq'],
        ashkali: ['sq'],
        egyptian: ['sq'],
        bosniak: ['bs', 'sr'],
        turkish: ['tr', 'sq'],
        gorani: ['sr', 'sq'],
        foreign: [rng.pick(['ar', 'fa', 'uk', 'tr', 'en'])],
      }[community];
      return fromGerman ? [...base, 'de'] : base;
    };
    const phone = () => `+383 4${rng.int(3, 9)} ${rng.int(100, 999)} ${rng.int(100, 999)}`;
    const yearsAgo = (years) => NOW - years * 365.25 * DAY - rng.between(0, 365) * DAY;
    const mergeCandidates = [];
    for (const h of households) {
      const m = h.muni;
      const pool = pools[h.community];
      const firstCase = h.cases[0];
      const registeredAt = firstCase ? firstCase.start : NOW - rng.between(1, 120) * DAY;
      h.registeredAt = registeredAt;
      h.registrar = rng.pick(m.zkkk);
      const returnee = h.category.startsWith('return');
      const country = returnee ? rng.weighted(RETURN_COUNTRIES) : null;
      const german = returnee && ['DE', 'AT', 'CH'].includes(country) && rng.chance(0.5);
      const surname = rng.pick(pool.last);
      const headMale = h.size === 1 ? rng.chance(0.6) : rng.chance(0.8);
      const headAge = h.category === 'returned_from_prison' ? rng.int(22, 50) : rng.int(24, 68);
      const members = [];
      const add = (relation, gender, age, lastName, fatherName) => {
        const first = rng.pick(gender === 'male' ? pool.male : pool.female);
        members.push({ relation, gender, age, first, last: lastName, father: fatherName });
      };
      add('head', headMale ? 'male' : 'female', headAge, surname, rng.pick(pool.male));
      if (h.size >= 2 && rng.chance(0.8)) {
        add(
          'spouse',
          headMale ? 'female' : 'male',
          Math.max(18, headAge + rng.int(-7, 4)),
          rng.chance(0.25) ? rng.pick(pool.last) : surname,
          rng.pick(pool.male),
        );
      }
      if (members.length < h.size && h.size >= 4 && headAge > 48 && rng.chance(0.15)) {
        add(
          'parent',
          rng.chance(0.5) ? 'male' : 'female',
          headAge + rng.int(20, 30),
          surname,
          rng.pick(pool.male),
        );
      }
      while (members.length < h.size) {
        const maxChildAge = Math.max(0, Math.min(30, headAge - 18));
        const relation = rng.chance(0.93) ? 'child' : rng.pick(['sibling', 'grandchild', 'other_relative']);
        add(
          relation,
          rng.chance(0.5) ? 'male' : 'female',
          relation === 'sibling' ? Math.max(16, headAge + rng.int(-8, 8)) : rng.int(0, maxChildAge),
          surname,
          headMale ? members[0].first : rng.pick(pool.male),
        );
      }
      const singleParent = members.length > 1 && !members.some((p) => p.relation === 'spouse');
      for (const p of members) {
        const yearOnly = rng.chance(0.04);
        let dob = yearsAgo(p.age);
        if (yearOnly) dob = Date.UTC(new Date(dob).getUTCFullYear(), 0, 1);
        const adult = p.age >= 18;
        const personal = returnee || rng.chance(0.2) ? (adult ? rng.chance(0.75) : rng.chance(0.55)) : false;
        const number = personal ? nextPersonalNumber() : null;
        const docs = [];
        if (number) docs.push({ type: 'id_card', held: true, number: `P${rng.int(1000000, 9999999)}` });
        if (!returnee) docs.push({ type: rng.chance(0.7) ? 'residence_permit' : 'passport', held: true });
        if (!adult) docs.push({ type: 'birth_certificate', held: rng.chance(0.7) });
        const vulnerability = [];
        if (singleParent && p.relation === 'head') vulnerability.push('single_parent');
        if (rng.chance(0.05)) vulnerability.push('chronic_illness');
        if (rng.chance(0.03)) vulnerability.push('disability');
        if (adult && rng.chance(0.12)) vulnerability.push('no_income');
        if (!number && adult && rng.chance(0.3)) vulnerability.push('no_documents');
        const keys = personNameKeys({ firstName: p.first, lastName: p.last, fatherName: p.father });
        const person = {
          id: rng.uuid(),
          household: h,
          relation: p.relation,
          adult,
          gender: p.gender,
          first: p.first,
          last: p.last,
          sensitivity: rng.weighted([
            ['normal', 960],
            ['sensitive', 36],
            ['restricted', 4],
          ]),
        };
        h.members.push(person);
        const at = ts(registeredAt - rng.between(0, 2) * HOUR);
        person.row = [
          person.id,
          h.id,
          p.relation,
          m.id,
          p.first,
          p.last,
          p.father,
          p.gender,
          day(dob),
          yearOnly,
          number,
          h.category,
          returnee ? day(registeredAt - rng.between(0, 5) * DAY) : null,
          returnee ? null : day(registeredAt),
          country,
          docs,
          h.community === 'foreign' ? 'other' : h.community,
          languagesOf(h.community, german),
          p.relation === 'head' && rng.chance(0.8) ? phone() : null,
          vulnerability,
          person.sensitivity,
          null,
          keys.nameKey,
          keys.firstPhon,
          keys.lastPhon,
          keys.fatherPhon,
          h.registrar.id,
          at,
          at,
        ];
        if (p.relation !== 'head') mergeCandidates.push(person);
      }
    }
    // A few duplicates, merged into the head of another household of the same municipality.
    for (const person of mergeCandidates) {
      if (!rng.chance(0.004)) continue;
      const other = rng.pick(person.household.muni.householdList);
      if (other === person.household) continue;
      person.row[21] = other.members[0].id;
      person.merged = true;
    }
    for (const h of households) {
      const m = h.muni;
      const at = ts(h.registeredAt - 3 * HOUR);
      await loader.add('households', [
        h.id,
        m.id,
        rng.pick(SETTLEMENTS),
        `${rng.pick(STREETS)} ${rng.int(1, 160)}`,
        rng.chance(0.7) ? phone() : null,
        h.registrar.id,
        at,
        at,
      ]);
    }
    await loader.flush('households');
    for (const h of households) for (const p of h.members) await loader.add('persons', p.row);
    await loader.flush('persons');
    await lap('persons');

    // --- numbers ----------------------------------------------------------------------------
    const counters = new Map(ref.sequences);
    const take = (series, year) => {
      const key = `${series}|${year}`;
      const value = (counters.get(key) ?? 0) + 1;
      counters.set(key, value);
      return value;
    };
    const format = (prefix, year, value) => `${prefix}-${year}-${String(value).padStart(4, '0')}`;
    for (const c of [...cases].sort((a, b) => a.start - b.start)) {
      const year = new Date(c.start).getUTCFullYear();
      c.number = format(c.muni.local, year, take(`case:${c.muni.code}`, year));
    }

    // --- case histories -------------------------------------------------------------------
    const stats = { fvnInvalid: 0 };
    // Monitoring and anamnesis answers: one serialised template each, the date filled in.
    const DATE_SLOT = '1999-09-09';
    const monitoringTemplates = new Map();
    const anamnesisTemplate = JSON.stringify(sampleAnamnesis(DATE_SLOT));
    const anamnesisNeeds = extractNeeds(forms.anamnesis, sampleAnamnesis(DATE_SLOT));
    const assignments = [];
    const certificates = [];
    let naturalDocs = 0;
    for (const c of cases) {
      const m = c.muni;
      const h = c.household;
      c.id = rng.uuid();
      c.head = h.members.find((p) => p.relation === 'head' && !p.merged) ?? h.members[0];
      c.kind = h.category.startsWith('foreigner') ? 'foreigner' : 'returnee';
      c.sensitivity = rng.weighted([
        ['normal', 920],
        ['sensitive', 65],
        ['restricted', 15],
      ]);
      c.registrar = h.registrar;
      c.visitor = rng.chance(0.6) ? rng.pick(m.zkkk) : rng.pick(m.qps);
      c.assessor = rng.pick(m.qps);
      c.manager = c.approvedAt !== undefined && RANK[c.stage] >= RANK.monitoring ? rng.pick(m.cm) : null;
      c.events = [];
      c.docs = [];
      // The scans this case's history would produce (see doc() below), to sample the total.
      naturalDocs +=
        (1 +
          (h.members.length > 1 ? 1 : 0) +
          (c.fvnAt ? 1 : 0) +
          (c.anamnesisAt ? 1 : 0) +
          (c.approvedAt !== undefined ? 1 : 0) +
          (c.managerAt !== undefined ? (c.reassignAt ? 2 : 1) : 0) +
          (c.kind === 'returnee' && c.visitAt ? 0.55 * (h.members.length > 2 ? 1.4 : 1) : 0) +
          (c.monitoring?.length ?? 0) * 0.33) *
        (1 + 1 / 30);
    }
    const docKeep = Math.min(1, target.documents / naturalDocs);
    const fvnDomains = needDomains(forms.fvn);
    let fvnCount = 0;
    let documentsWritten = 0;
    const deferredEvents = [];

    for (const c of [...cases].sort((a, b) => a.start - b.start)) {
      const m = c.muni;
      const h = c.household;
      const ev = (kind, at, actor, details = {}, personId = null) =>
        c.events.push([c.id, personId, kind, ts(at), actor.id, actor.institutionId, details]);
      const team = new Map();
      const joinTeam = (u, role, at) => {
        const key = `${u.id}|${role}`;
        if (!team.has(key)) team.set(key, [c.id, u.id, role, ts(at)]);
      };
      const doc = (docType, at, by, extra = {}) => {
        if (!rng.chance(docKeep)) return;
        c.docs.push({ docType, at: Math.min(at, NOW - HOUR), by, ...extra });
      };
      joinTeam(c.registrar, 'registrar', c.start);
      ev('case.opened', c.start, c.registrar, { number: c.number, kind: c.kind }, c.head.id);
      doc('id', c.start + rng.between(1, 48) * HOUR, c.registrar, { personId: c.head.id });
      const adults = h.members.filter((p) => p.adult && !p.merged);
      const children = h.members.filter((p) => !p.adult && !p.merged);
      if (h.members.length > 1) {
        const other = rng.pick(h.members.slice(1));
        doc('id', c.start + rng.between(1, 72) * HOUR, c.registrar, { personId: other.id });
      }

      // Visits.
      const teamJson = () => [
        { institutionId: m.zkkkInst.id, name: `ZKKK ${m.name}` },
        { institutionId: m.qpsInst.id, name: `QPS ${m.name}` },
        ...(rng.chance(0.1) ? [{ institutionId: null, name: 'Policia e Kosovës' }] : []),
      ];
      const visitRows = [];
      for (const v of c.visits) {
        visitRows.push([
          rng.uuid(),
          c.id,
          ts(v.at),
          v.outcome,
          teamJson(),
          v.notes,
          c.visitor.id,
          ts(v.at + rng.between(0.1, 6) * HOUR),
        ]);
        joinTeam(c.visitor, 'visit', v.at);
        ev('visit.recorded', v.at + 0.2 * HOUR, c.visitor, {
          outcome: v.outcome,
          visitedAt: iso(v.at),
          onTime: v.at <= c.start + 72 * HOUR,
        });
      }

      // Forms.
      const submissions = [];
      let fvnId = null;
      let needs = [];
      if (c.fvnAt) {
        const family = {
          adults: (adults.length ? adults : [c.head]).map((p) => p.id),
          children: children.map((p) => p.id),
        };
        // The need fields carry their domain as the validator sets it; every 50th household's
        // answers are validated in full, to notice when the form definition moves on.
        const data = withNeedDomains(varyFvn(sampleFvn(family, day(c.visitAt)), rng), fvnDomains);
        if (fvnCount++ % 50 === 0) {
          const checked = validateSubmission(forms.fvn, data);
          if (!checked.ok && stats.fvnInvalid++ === 0)
            log(
              `generate: note: generated FVN answers do not validate: ${JSON.stringify(checked.problems).slice(0, 500)}`,
            );
        }
        needs = extractNeeds(forms.fvn, data);
        const series = rng.uuid();
        fvnId = rng.uuid();
        submissions.push([fvnId, c.id, 'fvn', 1, series, 1, data, needs, c.assessor.id, ts(c.fvnAt)]);
        ev('form.submitted', c.fvnAt, c.assessor, { form: 'fvn', version: 1, needs });
        doc('fvn', c.fvnAt + rng.between(2, 72) * HOUR, c.assessor, { submissionId: fvnId });
        if (c.fvnCorrectedAt) {
          submissions.push([
            rng.uuid(),
            c.id,
            'fvn',
            1,
            series,
            2,
            data,
            needs,
            c.assessor.id,
            ts(c.fvnCorrectedAt),
          ]);
          ev('form.corrected', c.fvnCorrectedAt, c.assessor, { form: 'fvn', version: 1, needs });
        }
      }
      if (c.anamnesisAt) {
        const data = new RawJson(anamnesisTemplate.replace(DATE_SLOT, day(c.anamnesisAt)));
        const aNeeds = anamnesisNeeds;
        submissions.push([
          rng.uuid(),
          c.id,
          'anamnesis',
          1,
          rng.uuid(),
          1,
          data,
          aNeeds,
          c.assessor.id,
          ts(c.anamnesisAt),
        ]);
        ev('form.submitted', c.anamnesisAt, c.assessor, { form: 'anamnesis', version: 1, needs: aNeeds });
        doc('anamnesis', c.anamnesisAt + rng.between(2, 72) * HOUR, c.assessor);
      }

      // Plans: v1 (draft, or approved), sometimes a revised v2.
      const plans = [];
      const items = [];
      let approvedItems = [];
      const planType = c.kind === 'foreigner' ? 'PII' : 'PIR';
      const planItems = (planId, at, status) => {
        const chosen = [];
        for (const need of needs) {
          const codes = SERVICE_BY_DOMAIN[need.domain] ?? SERVICE_BY_DOMAIN.other;
          chosen.push({ code: rng.pick(codes), need });
          if (chosen.length >= 6) break;
        }
        while (chosen.length < 2)
          chosen.push({
            code: rng.pick(['social_assistance', 'community_activities', 'jobseeker_registration']),
            need: null,
          });
        return chosen.map(({ code, need }, i) => {
          const service = services.get(code);
          const institution = service ? m.inst(service.type) : null;
          const itemStatus =
            status === 'closed'
              ? rng.weighted([
                  ['done', 70],
                  ['cancelled', 10],
                  ['in_progress', 20],
                ])
              : status === 'monitoring'
                ? rng.weighted([
                    ['done', 35],
                    ['in_progress', 40],
                    ['planned', 25],
                  ])
                : 'planned';
          const item = {
            id: rng.uuid(),
            code,
            institution,
            row: [
              null,
              planId,
              i + 1,
              code,
              need?.path ?? null,
              service?.domain ?? 'other',
              need?.priority ?? 'medium',
              institution?.id ?? null,
              day(at + rng.between(30, 180) * DAY),
              itemStatus,
              rng.chance(0.2) ? 'Koordinim me institucionin përgjegjës.' : null,
            ],
          };
          item.row[0] = item.id;
          return item;
        });
      };
      if (c.draftAt) {
        const v1 = rng.uuid();
        const approved = c.approvedAt !== undefined;
        const superseded = approved && c.v2DraftAt !== undefined;
        plans.push([
          v1,
          c.id,
          null,
          planType,
          1,
          approved ? (superseded ? 'superseded' : 'approved') : 'draft',
          'Riintegrimi i qëndrueshëm i familjes.',
          c.assessor.id,
          ts(c.draftAt),
          approved ? c.assessor.id : null,
          approved ? ts(c.approvedAt) : null,
          approved ? (superseded ? 3 : 2) : 1,
          ts(superseded ? c.v2ApprovedAt : approved ? c.approvedAt : c.draftAt),
        ]);
        const v1Items = planItems(v1, c.draftAt, approved ? c.stage : 'draft');
        items.push(...v1Items);
        approvedItems = v1Items;
        ev('plan.drafted', c.draftAt, c.assessor, { plan: v1, planVersion: 1 });
        if (approved) {
          ev('plan.approved', c.approvedAt, c.assessor, { plan: v1, planVersion: 1 });
          doc('plan', c.approvedAt + rng.between(2, 96) * HOUR, c.assessor);
        }
        if (superseded) {
          const v2 = rng.uuid();
          plans.push([
            v2,
            c.id,
            null,
            planType,
            2,
            'approved',
            'Plani i rishikuar pas monitorimit.',
            c.assessor.id,
            ts(c.v2DraftAt),
            c.assessor.id,
            ts(c.v2ApprovedAt),
            2,
            ts(c.v2ApprovedAt),
          ]);
          const v2Items = planItems(v2, c.v2DraftAt, c.stage);
          items.push(...v2Items);
          approvedItems = v2Items;
          ev('plan.revised', c.v2DraftAt, c.assessor, { plan: v2, from: v1 });
          ev('plan.approved', c.v2ApprovedAt, c.assessor, { plan: v2, planVersion: 2 });
        }
      }

      // Case managers.
      if (c.manager) {
        const appointments = [{ user: c.reassignAt ? rng.pick(m.cm) : c.manager, at: c.managerAt }];
        if (c.reassignAt) appointments.push({ user: c.manager, at: c.reassignAt });
        appointments.forEach((a, i) => {
          const next = appointments[i + 1];
          const record = {
            id: rng.uuid(),
            muni: m,
            at: a.at,
            row: [
              null,
              c.id,
              a.user.id,
              null,
              day(a.at),
              i ? 'Rishpërndarje e ngarkesës.' : null,
              c.assessor.id,
              ts(a.at),
              next ? ts(next.at) : null,
            ],
          };
          record.row[0] = record.id;
          assignments.push(record);
          joinTeam(a.user, 'case_manager', a.at);
          record.event = [
            c.id,
            null,
            'manager.appointed',
            ts(a.at),
            c.assessor.id,
            c.assessor.institutionId,
            null,
          ];
          record.previous = i ? appointments[i - 1].user.id : null;
          record.manager = a.user.id;
          c.events.push(record.event);
          doc('decision', a.at + rng.between(2, 72) * HOUR, c.assessor);
        });
      }

      // Referrals to the institutions responsible for the plan's services.
      const referrals = [];
      if (c.approvedAt !== undefined) {
        const end = c.closedAt ?? NOW;
        for (const item of approvedItems) {
          if (!item.institution || item.institution.id === m.qpsInst.id || !rng.chance(0.55)) continue;
          if (referrals.length >= 3) break;
          const sentAt = Math.min(c.approvedAt + rng.between(1, 25) * DAY, end - HOUR);
          const sender = c.manager ?? c.assessor;
          const officer = m.officers.get(item.institution.id) ?? null;
          const old = NOW - sentAt > 30 * DAY || c.stage === 'closed';
          const status = old
            ? rng.weighted([
                ['completed', 62],
                ['accepted', 15],
                ['declined', 8],
                ['withdrawn', 3],
                ['received', 6],
                ['sent', 6],
              ])
            : rng.weighted([
                ['sent', 45],
                ['received', 30],
                ['accepted', 20],
                ['declined', 5],
              ]);
          const id = rng.uuid();
          const clamp = (t) => Math.min(t, NOW - HOUR);
          const receivedAt = ['received', 'accepted', 'declined', 'completed'].includes(status)
            ? clamp(sentAt + rng.between(1, 120) * HOUR)
            : null;
          const answeredAt = ['accepted', 'declined', 'completed'].includes(status)
            ? clamp(receivedAt + rng.between(1, 10) * DAY)
            : null;
          const completedAt = status === 'completed' ? clamp(answeredAt + rng.between(5, 60) * DAY) : null;
          const withdrawnAt = status === 'withdrawn' ? clamp(sentAt + rng.between(5, 40) * DAY) : null;
          const last = completedAt ?? answeredAt ?? receivedAt ?? withdrawnAt ?? sentAt;
          const personId = rng.chance(0.3) ? c.head.id : null;
          referrals.push([
            id,
            c.id,
            personId,
            item.institution.id,
            m.qpsInst.id,
            item.id,
            item.code,
            `Referim për shërbimin: ${services.get(item.code)?.name ?? item.code}.`,
            status,
            sender.id,
            ts(sentAt),
            receivedAt ? (officer?.id ?? null) : null,
            receivedAt ? ts(receivedAt) : null,
            answeredAt ? (officer?.id ?? null) : null,
            answeredAt ? ts(answeredAt) : null,
            status === 'declined' ? 'Nuk plotësohen kriteret e programit.' : null,
            completedAt ? ts(completedAt) : null,
            completedAt ? 'Shërbimi u ofrua.' : null,
            1 + [receivedAt, answeredAt, completedAt, withdrawnAt].filter(Boolean).length,
            ts(last),
          ]);
          ev(
            'referral.sent',
            sentAt,
            sender,
            {
              referralId: id,
              toInstitutionId: item.institution.id,
              toInstitutionCode: item.institution.code,
              serviceCode: item.code,
              planItemId: item.id,
            },
            personId,
          );
          const officerActor = officer ?? sender;
          if (receivedAt) ev('referral.received', receivedAt, officerActor, { referralId: id }, personId);
          if (answeredAt)
            ev(
              `referral.${status === 'declined' ? 'declined' : 'accepted'}`,
              answeredAt,
              officerActor,
              { referralId: id },
              personId,
            );
          if (completedAt) ev('referral.completed', completedAt, officerActor, { referralId: id }, personId);
          if (withdrawnAt) ev('referral.withdrawn', withdrawnAt, sender, { referralId: id }, personId);
        }
      }

      // Monthly monitoring: a form submission and an entry per month.
      const monitoringRows = [];
      for (const entry of c.monitoring ?? []) {
        const by = c.manager ?? c.assessor;
        const variant = entry.nothing ? 'nothing' : 'received';
        if (!monitoringTemplates.has(variant)) {
          const sample = sampleMonitoring(DATE_SLOT, entry.nothing);
          const checked = validateSubmission(
            forms.monitoring,
            sampleMonitoring(day(entry.at), entry.nothing),
          );
          if (!checked.ok)
            throw new Error(`sample monitoring data does not validate: ${JSON.stringify(checked.problems)}`);
          monitoringTemplates.set(variant, JSON.stringify(sample));
        }
        const data = new RawJson(monitoringTemplates.get(variant).replace(DATE_SLOT, day(entry.at)));
        const subId = rng.uuid();
        submissions.push([subId, c.id, 'monitoring', 1, rng.uuid(), 1, data, [], by.id, ts(entry.at)]);
        monitoringRows.push([rng.uuid(), c.id, entry.period, subId, entry.nothing, by.id, ts(entry.at)]);
        ev('monitoring.added', entry.at + 60_000, by, {
          period: entry.period,
          receivedNothing: entry.nothing,
        });
        if (rng.chance(0.33))
          doc('other', entry.at + rng.between(1, 72) * HOUR, by, { note: `Monitorimi ${entry.period}` });
      }

      // Certificates of repatriation.
      if (c.kind === 'returnee' && c.visitAt && rng.chance(0.55)) {
        const who = [
          c.head,
          ...(h.members.length > 2 && rng.chance(0.4) ? [rng.pick(h.members.slice(1))] : []),
        ];
        for (const p of who) {
          const at = Math.min(c.visitAt + rng.between(1, 30) * DAY, NOW - HOUR);
          const record = {
            id: rng.uuid(),
            muni: m,
            at,
            row: [null, c.id, p.id, null, day(at), c.registrar.id, ts(at)],
          };
          record.row[0] = record.id;
          record.event = [
            c.id,
            p.id,
            'certificate.issued',
            ts(at),
            c.registrar.id,
            c.registrar.institutionId,
            null,
          ];
          c.events.push(record.event);
          certificates.push(record);
          doc('certificate', at + rng.between(1, 24) * HOUR, c.registrar, { personId: p.id });
        }
      }

      // Rent from the reintegration fund, reviewed after 12 months.
      if (c.rentSince !== undefined) {
        ev('rent.fund', c.rentSince, c.manager ?? c.assessor, { since: day(c.rentSince) });
        if (c.rentReviewedAt)
          ev('rent.reviewed', c.rentReviewedAt, c.manager ?? c.assessor, {
            reviewedOn: day(c.rentReviewedAt),
            note: 'Rishikimi vjetor.',
          });
      }

      // Closure.
      let closure = null;
      if (c.closedAt) {
        const coordinator = m.rc;
        closure = {
          evaluation: 'Vlerësimi përfundimtar me koordinatorin rajonal: plani u zbatua.',
          coordinatorId: coordinator && rng.chance(0.7) ? coordinator.id : null,
          coordinatorName: null,
          planAchieved:
            c.outcome === 'sustainable_reintegration'
              ? rng.weighted([
                  ['fully', 60],
                  ['partly', 40],
                ])
              : rng.weighted([
                  ['partly', 50],
                  ['not', 50],
                ]),
          note: rng.chance(0.3) ? 'Familja vazhdon të marrë ndihmë sociale.' : null,
          movedToJurisdictionId: c.outcome === 'moved' ? rng.pick(allMunis.filter((o) => o !== m)).id : null,
        };
        if (!closure.coordinatorId)
          closure.coordinatorName = `${rng.pick(ALBANIAN.male)} ${rng.pick(ALBANIAN.last)}`;
        ev('case.closed', c.closedAt, c.registrar, {
          outcome: c.outcome,
          planAchieved: closure.planAchieved,
        });
      }

      // Documents: the scans noted above, with one in thirty corrected by a second revision.
      const docRows = [];
      for (const d of c.docs) {
        const series = rng.uuid();
        const revisions = rng.chance(1 / 30) ? 2 : 1;
        for (let revision = 1; revision <= revisions; revision++) {
          const id = rng.uuid();
          const kind = rng.weighted([
            ['pdf', 70],
            ['jpg', 25],
            ['png', 5],
          ]);
          const contentType = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' }[kind];
          const at = Math.min(d.at + (revision - 1) * rng.between(1, 20) * DAY, NOW - HOUR);
          docRows.push([
            id,
            m.id,
            c.id,
            d.personId ?? null,
            d.submissionId ?? null,
            d.docType,
            series,
            revision,
            `${d.docType}-${c.number}${revision > 1 ? `-r${revision}` : ''}.${kind}`,
            contentType,
            rng.int(40_000, 3_500_000),
            rng.hex(64),
            `bench/none/${id}`,
            d.note ?? null,
            d.by.id,
            ts(at),
          ]);
          c.events.push([
            c.id,
            d.personId ?? null,
            revision === 1 ? 'document.uploaded' : 'document.corrected',
            ts(at),
            d.by.id,
            d.by.institutionId,
            { documentId: id, docType: d.docType, seriesId: series, revision },
          ]);
        }
      }

      // The case row, then everything that hangs off it.
      const lastEvent = c.events.reduce((a, e) => (e[3] > a ? e[3] : a), ts(c.start));
      loader.push('cases', [
        c.id,
        c.number,
        m.id,
        h.id,
        c.head.id,
        c.kind,
        ts(c.start),
        ts(c.start + 72 * HOUR),
        day(addMonths(c.start, 18)),
        c.stage,
        c.closedAt ? 'closed' : 'open',
        c.sensitivity,
        c.manager?.id ?? null,
        c.outcome ?? null,
        c.closedAt ? ts(c.closedAt) : null,
        c.closedAt ? c.registrar.id : null,
        closure,
        c.rentSince !== undefined ? day(c.rentSince) : null,
        c.rentReviewedAt ? day(c.rentReviewedAt) : null,
        c.registrar.id,
        1 + Math.min(40, c.events.length),
        ts(c.start),
        lastEvent,
      ]);
      for (const row of team.values()) loader.push('case_team', row);
      for (const row of visitRows) loader.push('case_visits', row);
      for (const row of submissions) loader.push('form_submissions', row);
      for (const row of plans) loader.push('case_plans', row);
      for (const item of items) loader.push('case_plan_items', item.row);
      for (const row of referrals) loader.push('referrals', row);
      for (const row of monitoringRows) loader.push('monitoring_entries', row);
      for (const row of docRows) loader.push('documents', row);
      documentsWritten += docRows.length;
      for (const e of c.events) {
        if (e[6] === null) deferredEvents.push(e);
        else loader.push('case_events', e);
      }
      c.docs = null;
      c.events = null;
      await loader.flushFull();
    }
    // Short of the documents wanted (sampling): further scans ("other") on random cases.
    for (; documentsWritten < target.documents; documentsWritten++) {
      const c = rng.pick(cases);
      const id = rng.uuid();
      const at = Math.min(c.start + rng.between(1, 300) * DAY, c.closedAt ?? NOW - HOUR);
      const series = rng.uuid();
      await loader.add('documents', [
        id,
        c.muni.id,
        c.id,
        null,
        null,
        'other',
        series,
        1,
        `other-${c.number}.pdf`,
        'application/pdf',
        rng.int(40_000, 3_500_000),
        rng.hex(64),
        `bench/none/${id}`,
        null,
        c.registrar.id,
        ts(at),
      ]);
      await loader.add('case_events', [
        c.id,
        null,
        'document.uploaded',
        ts(at),
        c.registrar.id,
        c.registrar.institutionId,
        { documentId: id, docType: 'other', seriesId: series, revision: 1 },
      ]);
    }
    await lap('cases');

    // Decision and certificate numbers, in date order per municipality and year; then the rows
    // that carry them, and every case's timeline.
    for (const a of assignments.sort((x, y) => x.at - y.at)) {
      const year = new Date(a.at).getUTCFullYear();
      a.row[3] = format(`QPS-${a.muni.local}`, year, take(`decision:QPS:${a.muni.code}`, year));
      a.event[6] = { decisionNumber: a.row[3], manager: a.manager, previous: a.previous };
      await loader.add('case_manager_assignments', a.row);
    }
    for (const cert of certificates.sort((x, y) => x.at - y.at)) {
      const year = new Date(cert.at).getUTCFullYear();
      cert.row[3] = format(`VR-${cert.muni.local}`, year, take(`certificate:${cert.muni.code}`, year));
      cert.event[6] = { number: cert.row[3] };
      await loader.add('certificates', cert.row);
    }
    await loader.flushAll();
    for (const e of deferredEvents) await loader.add('case_events', e);
    await loader.flushAll();
    await lap('histories');

    // Numbers continue after the generated ones.
    const sequenceRows = [...counters.entries()].map(([key, value]) => {
      const [series, year] = key.split('|');
      return { series, year: Number(year), last_value: value };
    });
    await client.query(
      `insert into number_sequences (series, year, last_value)
       select series, year, last_value from json_to_recordset($1::json) as r(series text, year int, last_value int)
       on conflict (series, year) do update set last_value = greatest(number_sequences.last_value, excluded.last_value)`,
      [JSON.stringify(sequenceRows)],
    );
    const counts = Object.fromEntries(loader.counts);
    await client.query(`insert into app_meta (key, value) values ($1, $2)`, [
      MARKER,
      JSON.stringify({ scale, seed, at: new Date(NOW).toISOString(), counts }),
    ]);
    if (superuser) {
      await client.query(`set local session_replication_role = origin`);
      await verifyForeignKeys(client, Object.keys(TABLES));
      await lap('foreign keys');
    }
    await client.query('commit');
    await lap('commit');

    // Statistics (and the visibility map, hint bits) as a database in use would have them.
    await client.query('vacuum (analyze)');
    await lap('vacuum analyze');
    const seconds = (performance.now() - started) / 1000;
    if (stats.fvnInvalid)
      log(`generate: note: ${stats.fvnInvalid} FVN blobs did not validate and were stored as generated`);
    return { seconds, counts, timings, scale, seed };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

export class RefusedError extends Error {}

/** Every foreign key of these tables holds (one anti-join each); throws naming the first broken one. */
async function verifyForeignKeys(client, tables) {
  const { rows } = await client.query(
    `select c.conname, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
            (select a.attname from pg_attribute a where a.attrelid = c.conrelid and a.attnum = c.conkey[1]) as col,
            (select a.attname from pg_attribute a where a.attrelid = c.confrelid and a.attnum = c.confkey[1]) as pcol,
            cardinality(c.conkey) as width
     from pg_constraint c
     where c.contype = 'f' and c.conrelid::regclass::text = any($1::text[])`,
    [tables],
  );
  for (const fk of rows) {
    if (fk.width !== 1) throw new Error(`${fk.conname}: multi-column foreign keys are not checked here`);
    const broken = await client.query(
      `select count(*)::int as n from ${fk.child} x
       where x.${fk.col} is not null and not exists (select 1 from ${fk.parent} y where y.${fk.pcol} = x.${fk.col})`,
    );
    if (broken.rows[0].n > 0) throw new Error(`foreign key ${fk.conname} broken by ${broken.rows[0].n} rows`);
  }
}

// ---------------------------------------------------------------------------------------------
// Timelines.

function addMonths(ms, months) {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime();
}

const CLOSED_FROM = Date.UTC(2019, 0, 1);

/**
 * When each step of a case happened, consistent with its stage: registration (the clock), the
 * visits, FVN and anamnesis, the plan drafted and approved, the case manager, monthly
 * monitoring, closure. Steps that would fall in the future are compressed into the case's age.
 */
function planTimeline(c, rng, NOW) {
  const stage = c.stage;
  if (stage === 'closed') {
    const start = rng.between(CLOSED_FROM, NOW - 8 * MONTH);
    c.outcome = rng.weighted([
      ['sustainable_reintegration', 70],
      ['moved', 8],
      ['re_emigrated', 12],
      ['deceased', 2],
      ['other', 8],
    ]);
    const duration =
      c.outcome === 'sustainable_reintegration' ? rng.between(12, 20) * MONTH : rng.between(3, 14) * MONTH;
    c.start = start;
    c.closedAt = Math.min(start + duration, NOW - 2 * DAY);
  } else {
    const age = {
      registered: () => (rng.chance(0.4) ? rng.between(2, 70) * HOUR : rng.between(3.2, 120) * DAY),
      visited: () => rng.between(5, 90) * DAY,
      assessed: () => rng.between(15, 150) * DAY,
      planned: () => rng.between(30, 200) * DAY,
      monitoring: () => 50 * DAY + (24 * MONTH - 50 * DAY) * rng.next() ** 1.3,
    }[stage]();
    c.start = NOW - age;
  }
  c.start = Math.floor(c.start / 60_000) * 60_000;
  const end = c.closedAt ?? NOW;
  const rank = RANK[stage];
  c.visits = [];

  // The chain of mandatory steps, as offsets from the clock start.
  const chain = {};
  let t = 0;
  if (rank >= RANK.visited) {
    if (rng.chance(0.08)) {
      t += rng.between(8, 40) * HOUR;
      chain.notFound = t;
    }
    t += rng.chance(0.85) ? rng.between(4, 60) * HOUR : rng.between(73, 15 * 24) * HOUR;
    chain.visit = t;
  }
  if (rank >= RANK.assessed) {
    t += rng.between(1, 72) * HOUR;
    chain.fvn = t;
  }
  const draft = rank >= RANK.planned || (stage === 'assessed' && rng.chance(0.4));
  if (draft) {
    t += rng.between(3, 25) * DAY;
    chain.draft = t;
  }
  if (rank >= RANK.planned) {
    t += rng.between(1, 12) * DAY;
    chain.approved = t;
  }
  if (rank >= RANK.monitoring) {
    t += rng.between(0, 15) * DAY;
    chain.manager = t;
  }
  const room = (end - c.start) * (stage === 'closed' ? 0.6 : 0.95) - HOUR;
  const factor = t > room && t > 0 ? Math.max(0, room) / t : 1;
  const at = (key) => (chain[key] === undefined ? undefined : c.start + chain[key] * factor);

  if (chain.notFound !== undefined)
    c.visits.push({ at: at('notFound'), outcome: 'not_found', notes: 'Familja nuk u gjet në adresë.' });
  if (chain.visit !== undefined) {
    c.visitAt = at('visit');
    c.visits.push({
      at: c.visitAt,
      outcome: 'completed',
      notes: rng.chance(0.5) ? 'Vizita e përbashkët ZKKK dhe QPS.' : null,
    });
  } else if (NOW - c.start > 30 * HOUR && rng.chance(0.15)) {
    c.visits.push({
      at: c.start + rng.between(20, Math.min(60, (NOW - c.start) / HOUR - 1)) * HOUR,
      outcome: 'postponed',
      notes: 'Familja kërkoi një datë tjetër.',
    });
  }
  if (chain.fvn !== undefined) {
    c.fvnAt = at('fvn');
    if (rng.chance(0.05)) {
      const corrected = c.fvnAt + rng.between(1, 20) * DAY;
      if (corrected < end - HOUR) c.fvnCorrectedAt = corrected;
    }
    if (rng.chance(0.75)) {
      const anamnesis = c.visitAt + rng.between(2, 25) * DAY;
      if (anamnesis < end - HOUR) c.anamnesisAt = anamnesis;
    }
  }
  if (chain.draft !== undefined) c.draftAt = at('draft');
  if (chain.approved !== undefined) c.approvedAt = at('approved');
  if (chain.manager !== undefined) {
    c.managerAt = at('manager');
    const reassign = c.managerAt + rng.between(60, 300) * DAY;
    if (rng.chance(0.1) && reassign < end - DAY) c.reassignAt = reassign;
  }
  if (c.approvedAt !== undefined && rank >= RANK.monitoring && rng.chance(0.12)) {
    const v2 = c.approvedAt + rng.between(60, 200) * DAY;
    const v2Approved = v2 + rng.between(1, 10) * DAY;
    if (v2Approved < end - DAY) {
      c.v2DraftAt = v2;
      c.v2ApprovedAt = v2Approved;
    }
  }
  // Monitoring: each month after the plan's approval until closure (or now).
  if (c.managerAt !== undefined) {
    c.monitoring = [];
    const first = new Date(c.approvedAt);
    let month = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
    const current = periodOf(NOW);
    while (month <= end) {
      const period = periodOf(month);
      const isCurrent = period === current;
      if (rng.chance(isCurrent && stage !== 'closed' ? 0.4 : 0.85)) {
        const at = month + rng.between(2, 27) * DAY + rng.between(9, 16) * HOUR;
        if (at < end - HOUR && at > c.managerAt) c.monitoring.push({ period, at, nothing: rng.chance(0.15) });
      }
      const d = new Date(month);
      month = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
    if (c.monitoring.length > 20) c.monitoring = c.monitoring.slice(-20);
  }

  // Rent from the reintegration fund.
  if (c.approvedAt !== undefined && rng.chance(0.08)) {
    const since = c.approvedAt + rng.between(0, 60) * DAY;
    if (since < end - DAY) {
      c.rentSince = since;
      const review = addMonths(since, 12) + rng.between(0, 20) * DAY;
      if (review < Math.min(end, NOW - DAY) && rng.chance(0.6)) c.rentReviewedAt = review;
    }
  }
}

/** Moves every time of a case by `delta` ms (a household's earlier case, before its next one). */
function shiftTimeline(c, delta) {
  for (const key of [
    'start',
    'closedAt',
    'visitAt',
    'fvnAt',
    'fvnCorrectedAt',
    'anamnesisAt',
    'draftAt',
    'approvedAt',
    'managerAt',
    'reassignAt',
    'v2DraftAt',
    'v2ApprovedAt',
    'rentSince',
    'rentReviewedAt',
  ]) {
    if (c[key] !== undefined) c[key] += delta;
  }
  for (const v of c.visits) v.at += delta;
  if (c.monitoring) {
    // Periods follow the shifted dates; a month may only be recorded once.
    const seen = new Set();
    c.monitoring = c.monitoring
      .map((e) => ({ ...e, at: e.at + delta, period: periodOf(e.at + delta) }))
      .filter((e) => !seen.has(e.period) && seen.add(e.period));
  }
}

/** section key → need field key → the domain the definition fixes for it. */
function needDomains(definition) {
  const domains = new Map();
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.type === 'need' && field.domain) {
        if (!domains.has(section.key)) domains.set(section.key, new Map());
        domains.get(section.key).set(field.key, field.domain);
      }
    }
  }
  return domains;
}

function withNeedDomains(data, domains) {
  for (const [section, fields] of domains) {
    const value = data[section];
    for (const item of Array.isArray(value) ? value : value ? [value] : []) {
      for (const [key, domain] of fields) {
        const need = item[key];
        if (need && typeof need === 'object' && need.needed === true) need.domain = domain;
      }
    }
  }
  return data;
}

/** The sample FVN with this household's answers varied: which needs, and how urgent. */
function varyFvn(data, rng) {
  const need = (p) =>
    rng.chance(p)
      ? {
          needed: true,
          priority: rng.weighted([
            ['high', 40],
            ['medium', 45],
            ['low', 15],
          ]),
        }
      : { needed: false };
  data.housing.need = need(0.6);
  data.housing.housing_status = rng.pick([
    'rented_programme',
    'own_house',
    'with_relatives',
    'rented',
    'social_housing',
  ]);
  data.social_assistance.need = need(0.55);
  data.psychosocial.need = need(0.15);
  data.legal.need = need(0.08);
  for (const e of data.employment)
    e.need = e.employment_status === 'unemployed' ? need(0.7) : { needed: false };
  for (const e of data.health) e.need = need(0.08);
  return data;
}

// ---------------------------------------------------------------------------------------------
// The CLI.

function parseArgs(argv) {
  const args = { scale: 1, seed: 2026, databaseUrl: process.env.DATABASE_URL };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg.startsWith('--scale')) args.scale = Number(value());
    else if (arg.startsWith('--seed')) args.seed = Number(value());
    else if (arg.startsWith('--database-url')) args.databaseUrl = value();
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!args.databaseUrl) throw new Error('give --database-url or DATABASE_URL');
  if (!(args.scale > 0 && args.scale <= 10)) throw new Error('--scale must be in (0, 10]');
  return args;
}

export function printCounts(result, log = console.log) {
  log(
    `generate: scale ${result.scale}, ${result.seconds.toFixed(1)} s (${Object.entries(result.timings)
      .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
      .join(', ')})`,
  );
  const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
  for (const [table, n] of Object.entries(result.counts))
    log(`  ${table.padEnd(26)} ${n.toLocaleString('en-US').padStart(10)}`);
  log(`  ${'total'.padEnd(26)} ${total.toLocaleString('en-US').padStart(10)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const result = await generate(args);
    printCounts(result);
  } catch (error) {
    console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof RefusedError ? 2 : 1);
  }
}

import { INDICATOR_DEFINITIONS } from '@vatra/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open.js';
import { freshDb } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';
import { SHIPPED_INDICATOR_LINKS } from '../action-plans/shipped-links.js';
import { evaluateMany } from './evaluate.js';

// The indicators over social-care cases, recomputed by hand: cases of several kinds are written
// in SQL in Pukë, one before the period and one in Peja (which Pukë must never count); each
// definition's numerator and denominator are then counted here from the specs.

let db: Db;
let drop: () => Promise<void>;
const from = '2026-01-01';
const to = '2026-10-31';

interface Spec {
  place: 'AL-PUK' | 'XK-PEJ';
  opened: string;
  channel: string;
  institutionReferred?: boolean;
  returnee?: boolean;
  dv?: boolean;
  children?: boolean;
  assessed?: boolean;
  planned?: boolean;
  enrolled?: boolean;
  referral?: 'sent' | 'accepted' | 'declined';
  group?: boolean;
  order?: boolean;
  /** A second case of the same person (counted once where persons are counted). */
  samePersonAs?: number;
}

const SPECS: Spec[] = [
  {
    place: 'AL-PUK',
    opened: '2026-02-03',
    channel: 'village_head',
    assessed: true,
    planned: true,
    enrolled: true,
  },
  { place: 'AL-PUK', opened: '2026-03-10', channel: 'phone_line', assessed: true, referral: 'sent' },
  { place: 'AL-PUK', opened: '2026-03-11', channel: 'walk_in' },
  {
    place: 'AL-PUK',
    opened: '2026-04-01',
    channel: 'police',
    dv: true,
    assessed: true,
    group: true,
    order: true,
    referral: 'accepted',
  },
  {
    place: 'AL-PUK',
    opened: '2026-05-20',
    channel: 'police',
    dv: true,
    order: true,
    referral: 'declined',
    group: true,
  },
  {
    place: 'AL-PUK',
    opened: '2026-06-02',
    channel: 'school',
    children: true,
    assessed: true,
    referral: 'accepted',
    group: true,
  },
  {
    place: 'AL-PUK',
    opened: '2026-06-15',
    channel: 'other',
    institutionReferred: true,
    returnee: true,
    children: true,
  },
  { place: 'AL-PUK', opened: '2026-07-01', channel: 'walk_in', dv: true, enrolled: true, samePersonAs: 3 },
  // Before the period, and in another municipality: never counted for Pukë's 2026.
  { place: 'AL-PUK', opened: '2025-12-30', channel: 'phone_line', dv: true, referral: 'accepted' },
  {
    place: 'XK-PEJ',
    opened: '2026-05-05',
    channel: 'phone_line',
    dv: true,
    referral: 'accepted',
    assessed: true,
  },
];

const REFERRED = [
  'ngo',
  'police',
  'school',
  'health',
  'village_head',
  'community_meeting',
  'phone_line',
  'returnee_case',
];

async function one<T>(query: string, ...values: unknown[]): Promise<T> {
  const parts = query.split('?');
  const raw = sql.join(
    parts.flatMap((part, index) =>
      index < values.length ? [sql.raw(part), sql`${values[index]}`] : [sql.raw(part)],
    ),
    sql.raw(''),
  );
  const { rows } = await raw.execute(db.kysely);
  return rows[0] as T;
}

async function insertCases(): Promise<void> {
  const persons: string[] = [];
  for (const [index, spec] of SPECS.entries()) {
    const pukë = spec.place === 'AL-PUK';
    const institution = pukë ? 'SSS-AL-PUK' : 'QPS-XK-PEJ';
    const username = pukë ? 'sss.puke' : 'qps.peja';
    const { id: userId } = await one<{ id: string }>('select id from users where username = ?', username);
    const { id: institutionId, jurisdiction_id: jurisdictionId } = await one<{
      id: string;
      jurisdiction_id: string;
    }>('select id, jurisdiction_id from institutions where code = ?', institution);
    let personId = spec.samePersonAs === undefined ? undefined : persons[spec.samePersonAs];
    if (!personId) {
      const { personIds } = await insertSampleHousehold(db.kysely, spec.place, [
        samplePerson({
          firstName: pukë ? 'Lule' : 'Teuta',
          lastName: pukë ? `Marku${index}` : `Berisha${index}`,
          category: 'resident',
          arrivalDate: undefined,
          countryReturnedFrom: undefined,
          personalNumber: undefined,
        }),
      ]);
      personId = personIds[0] ?? '';
    }
    persons.push(personId);
    const { id: caseId } = await one<{ id: string }>(
      `insert into care_cases (number, jurisdiction_id, person_id, channel, referring_institution_id,
         returnee, target_groups, sensitivity, status, responsible_institution_id, opened_by, opened_at, dv)
       values (?, ?, ?, ?, ?, ?, ?::text[], ?, 'identified', ?, ?, ?::timestamptz, ?) returning id`,
      `T-SH-2026-${String(index + 1).padStart(4, '0')}`,
      jurisdictionId,
      personId,
      spec.channel,
      spec.institutionReferred ? institutionId : null,
      spec.returnee ?? false,
      `{${spec.children ? 'children' : 'elderly'}}`,
      spec.dv ? 'restricted' : 'normal',
      institutionId,
      userId,
      `${spec.opened}T10:00:00Z`,
      spec.dv ?? false,
    );
    if (spec.assessed)
      await one(
        `insert into care_assessments (care_case_id, form_key, form_version, data, risk_level, institution_id, assessed_by)
         values (?, 'care_assessment', 1, '{}'::jsonb, 'medium', ?, ?) returning id`,
        caseId,
        institutionId,
        userId,
      );
    if (spec.planned)
      await one(
        `insert into care_plans (care_case_id, plan_version, status, goal, created_by) values (?, 1, 'active', 'Kujdes ditor', ?) returning id`,
        caseId,
        userId,
      );
    if (spec.referral)
      await one(
        `insert into care_referrals (care_case_id, service_code, level, to_institution_id, reason, status, sent_by)
         values (?, 'day_care', 'local', ?, 'Provë', ?, ?) returning id`,
        caseId,
        institutionId,
        spec.referral,
        userId,
      );
    if (spec.group)
      await one(
        `insert into dv_group_members (care_case_id, institution_id, role, added_by) values (?, ?, 'coordinator', ?) returning id`,
        caseId,
        institutionId,
        userId,
      );
    if (spec.order)
      await one(
        `insert into protection_orders (care_case_id, kind, court, order_number, issued_on, valid_until, created_by)
         values (?, 'immediate', 'Gjykata e Rrethit Gjyqësor Pukë', ?, ?::date, ?::date, ?) returning id`,
        caseId,
        `UMM-${index}`,
        spec.opened,
        '2026-12-31',
        userId,
      );
    if (spec.enrolled) await enrol(caseId, personId, jurisdictionId, userId, spec.opened);
  }
}

async function enrol(
  caseId: string,
  personId: string,
  jurisdictionId: string,
  userId: string,
  on: string,
): Promise<void> {
  const existing = await one<{ id: string } | undefined>(
    `select s.id from care_provider_services s join care_providers p on p.id = s.provider_id
     where p.jurisdiction_id = ? limit 1`,
    jurisdictionId,
  );
  let serviceId = existing?.id;
  if (!serviceId) {
    const provider = await one<{ id: string }>(
      `insert into care_providers (jurisdiction_id, name, kind, settlement, funding_source, created_by)
       values (?, 'Qendra Ditore Pukë', 'public', 'Pukë', 'municipality', ?) returning id`,
      jurisdictionId,
      userId,
    );
    serviceId = (
      await one<{ id: string }>(
        `insert into care_provider_services (provider_id, service_code, capacity) values (?, 'day_care', 20) returning id`,
        provider.id,
      )
    ).id;
  }
  await one(
    `insert into care_enrolments (jurisdiction_id, person_id, care_case_id, provider_service_id, status,
       requested_on, started_on, created_by) values (?, ?, ?, ?, 'active', ?::date, ?::date, ?) returning id`,
    jurisdictionId,
    personId,
    caseId,
    serviceId,
    on,
    on,
    userId,
  );
}

beforeAll(async () => {
  ({ db, drop } = await freshDb());
  await insertCases();
}, 120_000);

afterAll(async () => {
  await db.close();
  await drop();
});

/** The specs of Pukë's cases in the period, with their index (for same-person counting). */
const inPeriod = SPECS.map((spec, index) => ({ spec, index })).filter(
  ({ spec }) => spec.place === 'AL-PUK' && spec.opened >= from && spec.opened <= to,
);
const served = (spec: Spec) => Boolean(spec.enrolled) || spec.referral === 'accepted';
const persons = (rows: typeof inPeriod) =>
  new Set(rows.map(({ spec, index }) => spec.samePersonAs ?? index)).size;

describe('indicators over social-care cases', () => {
  it('count what Pukë did in the period, recomputed from the cases written', async () => {
    const count = (test: (spec: Spec) => boolean) => inPeriod.filter(({ spec }) => test(spec)).length;
    const expected: Record<string, { numerator: number; denominator: number | null }> = {
      'care.cases_opened': { numerator: inPeriod.length, denominator: null },
      'care.cases_referred': {
        numerator: count((s) => REFERRED.includes(s.channel) || Boolean(s.institutionReferred)),
        denominator: null,
      },
      'care.cases_phone_line': { numerator: count((s) => s.channel === 'phone_line'), denominator: null },
      'care.dv_cases': { numerator: count((s) => Boolean(s.dv)), denominator: null },
      'care.dv_victims_served': {
        numerator: persons(inPeriod.filter(({ spec }) => spec.dv && served(spec))),
        denominator: null,
      },
      'care.children_served': {
        numerator: persons(inPeriod.filter(({ spec }) => spec.children && served(spec))),
        denominator: null,
      },
      'care.intersectoral': { numerator: count((s) => Boolean(s.group)), denominator: null },
      'care.served': { numerator: count(served), denominator: null },
      'care.assessed_share': { numerator: count((s) => Boolean(s.assessed)), denominator: inPeriod.length },
      'care.returnee_cases': { numerator: count((s) => Boolean(s.returnee)), denominator: null },
    };
    // The hand counts themselves, so that a wrong spec list cannot pass unnoticed.
    expect(Object.values(expected).map((e) => e.numerator)).toEqual([8, 6, 1, 3, 1, 1, 3, 4, 4, 1]);
    const { path } = await one<{ path: string }>('select path from jurisdictions where code = ?', 'AL-PUK');
    const values = await evaluateMany(db.kysely, Object.keys(expected), {
      jurisdictionPath: path,
      from,
      to,
    });
    for (const [key, facts] of Object.entries(expected)) {
      const value = values.get(key);
      expect({ numerator: value?.numerator, denominator: value?.denominator }, key).toEqual(facts);
    }
    expect(values.get('care.assessed_share')?.value).toBe(50);
  });

  it('are all defined, and Pukë’s plan links six of them', () => {
    const keys = INDICATOR_DEFINITIONS.filter((d) => d.key.startsWith('care.')).map((d) => d.key);
    expect(keys).toHaveLength(10);
    const puke = Object.values(SHIPPED_INDICATOR_LINKS['puke-social-plan-2021-2023'] ?? {});
    expect(puke).toHaveLength(6);
    for (const key of puke) expect(keys).toContain(key);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateSubmission, type CareCaseDetail, type CareCasePage } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../config/forms.js';
import { insertSampleHousehold, samplePerson } from '../services/registry/samples.js';
import { careDb } from '../storage/care/tables.js';
import { careServiceDb } from '../storage/care-services/tables.js';
import { loginAs, testApp, type TestApp } from '../test/harness.js';
import { seedDemoCareCases } from './care-cases.js';
import { seedDemoCareServices } from './care-services.js';

// The ordinary care-case demo on the test template (demo users, no returnee cases): two Peja
// returnee cases stand in for the returnee demo's, the care-service demo gives the providers.

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'vatra-care-cases-demo-'));
const returneeCaseIds: string[] = [];

beforeAll(async () => {
  t = await testApp();
  const k = careDb(t.db.kysely);
  const peja = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', 'XK-PEJ')
    .executeTakeFirstOrThrow();
  for (const [index, firstName] of ['Arbër', 'Valdete'].entries()) {
    const { householdId, personIds } = await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [
      samplePerson({ firstName, lastName: 'Hasani', gender: index === 0 ? 'male' : 'female' }),
    ]);
    const row = await k
      .insertInto('cases')
      .values({
        number: `PEJ-2026-990${index + 1}`,
        jurisdiction_id: peja.id,
        household_id: householdId,
        person_id: personIds[0] ?? '',
        kind: 'returnee',
        clock_start: new Date('2026-01-20T09:00:00Z'),
        visit_due_at: new Date('2026-01-23T09:00:00Z'),
        closure_due_on: '2027-07-20',
        stage: 'registered',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    returneeCaseIds.push(row.id);
  }
  await seedDemoCareServices(t.db, dir);
});
afterAll(async () => {
  await t.close();
});

const countBy = async (column: 'code' | 'channel') => {
  const rows = await careDb(t.db.kysely)
    .selectFrom('care_cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .select(['j.code', 'c.channel', 'j.path'])
    .execute();
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[column], (counts.get(row[column]) ?? 0) + 1);
  return counts;
};

describe('ordinary care-case demo', () => {
  it('seeds Pukë (with its Gjegjan unit) and Peja once, fast, from many channels', async () => {
    const started = performance.now();
    expect(await seedDemoCareCases(t.db)).toEqual({ cases: 30 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await seedDemoCareCases(t.db)).toEqual({ cases: 0 });
    const byPlace = await countBy('code');
    expect(Object.fromEntries(byPlace)).toEqual({ 'AL-PUK': 12, 'AL-PUK-GJE': 6, 'XK-PEJ': 12 });
    expect((await countBy('channel')).size).toBeGreaterThanOrEqual(8);
    const numbers = await careDb(t.db.kysely).selectFrom('care_cases').select('number').execute();
    expect(numbers.every((n) => /^(PUK|PEJ)-SH-\d{4}-\d{4}$/.test(n.number))).toBe(true);
    const sequences = await careDb(t.db.kysely)
      .selectFrom('number_sequences')
      .select(['series', 'last_value'])
      .where('series', 'in', ['care:AL-PUK', 'care:XK-PEJ'])
      .execute();
    expect(sequences.reduce((sum, s) => sum + Number(s.last_value), 0)).toBe(30);
  });

  it('stores every assessment as a valid care_assessment of its country', async () => {
    const forms = loadForms(['albania', 'kosovo']);
    const rows = await careDb(t.db.kysely)
      .selectFrom('care_assessments as a')
      .innerJoin('care_cases as c', 'c.id', 'a.care_case_id')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .select(['a.data', 'a.risk_level', 'j.country_code'])
      .execute();
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const form = forms.find((f) => f.key === 'care_assessment' && f.country === row.country_code);
      if (!form) throw new Error(`no care_assessment for ${row.country_code}`);
      const result = validateSubmission(form, row.data);
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect((row.data.risk as { risk_level: string }).risk_level).toBe(row.risk_level);
    }
    expect(new Set(rows.map((r) => r.risk_level))).toEqual(new Set(['low', 'medium', 'high']));
  });

  it('shows the sector every Pukë case and the Gjegjan NJVNR only its unit’s', async () => {
    const sss = await loginAs(t.app, 'sss.puke');
    const all = (
      await sss.request({ method: 'GET', url: '/api/care/cases?pageSize=100' })
    ).json() as CareCasePage;
    expect(all.total).toBe(18);
    expect(new Set(all.items.map((c) => c.status))).toEqual(
      new Set(['identified', 'assessed', 'planned', 'in_service', 'closed']),
    );
    const njvnr = await loginAs(t.app, 'njvnr.gjegjan');
    const unit = (
      await njvnr.request({ method: 'GET', url: '/api/care/cases?pageSize=100' })
    ).json() as CareCasePage;
    expect(unit.total).toBe(6);
    expect(new Set(unit.items.map((c) => c.jurisdiction.name.sq))).toEqual(new Set(['Gjegjan']));
    const outside = all.items.find((c) => c.jurisdiction.name.sq === 'Pukë');
    const refused = await njvnr.request({ method: 'GET', url: `/api/care/cases/${outside?.id}` });
    expect(refused.statusCode).toBe(403);
  });

  it('tells each step on the timeline and counts it in the version', async () => {
    const sss = await loginAs(t.app, 'sss.puke');
    const page = (
      await sss.request({ method: 'GET', url: '/api/care/cases?status=in_service&pageSize=100' })
    ).json() as CareCasePage;
    const marie = page.items.find((c) => c.person.fullName === 'Marie Dedaj');
    const detail = (
      await sss.request({ method: 'GET', url: `/api/care/cases/${marie?.id}` })
    ).json() as CareCaseDetail;
    expect(detail.timeline.map((e) => e.kind)).toEqual([
      'care.opened',
      'care.assessed',
      'care.planned',
      'care.referred',
      'care.referral.declined',
      'care.referred',
      'care.referral.accepted',
      'service.started',
      'care.referral.followed_up',
    ]);
    expect(detail.version).toBe(8);
    expect(detail.referrals.map((r) => [r.status, r.evaluation])).toEqual([
      ['declined', null],
      ['followed_up', 'suits'],
    ]);
    const enrolments = await careServiceDb(t.db.kysely)
      .selectFrom('care_enrolments')
      .select('care_case_id')
      .where('care_case_id', 'is not', null)
      .execute();
    // Three places at the women's centre in Pukë, four at Peja's CSW counselling: the first
    // returnee already holds a place there (the care-service demo's), so none is added for them.
    expect(enrolments).toHaveLength(7);
  });

  it('flags Peja’s cases from returnee cases as returnees, computed', async () => {
    const rows = await careDb(t.db.kysely)
      .selectFrom('care_cases')
      .select(['returnee', 'returnee_case_id', 'channel'])
      .where('channel', '=', 'returnee_case')
      .execute();
    expect(rows.map((r) => [r.returnee, r.returnee_case_id]).sort()).toEqual(
      returneeCaseIds.map((id) => [true, id]).sort(),
    );
    const declared = await careDb(t.db.kysely)
      .selectFrom('care_cases')
      .select('returnee')
      .where('returnee', '=', true)
      .where('returnee_case_id', 'is', null)
      .execute();
    expect(declared).toHaveLength(1);
  });
});

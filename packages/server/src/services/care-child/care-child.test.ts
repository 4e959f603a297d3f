import type { CareCaseDetail, ChildProtection, RepresentativeList, WorkItem } from '@vatra/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCareChild } from '../../demo/care-child.js';
import { readWorkbook } from '../../xlsx/read.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';
import { reportPeriods, reportStatus } from './schedule.js';

// Child protection on a care case in Pukë: the child-protection worker (cpw.puke: care.child)
// drafts and approves the protection plan, builds the intersectoral group, reports to the State
// Agency every 3 months; the DV coordinator (dv.puke: care.assess, sensitive.read, no
// care.child) may not approve; Peja's CSW (qps.peja) is outside the jurisdiction.

let t: TestApp;
let cpw: Session;
let dv: Session;
let qps: Session;
let child: string;
let cpwId: string;
let dvId: string;
let schoolId: string;
let pukeId: string;

type WorkQueue = { items: WorkItem[] };
type Reply = { statusCode: number; json(): unknown; body: string };
const body = <T>(response: Reply) => response.json() as T;
const errorOf = (response: Reply) =>
  (response.json() as { error: { code: string; fields?: Record<string, string> } }).error;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function lastAudit(action: string) {
  return t.db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  t = await testApp();
  const k = t.db.kysely;
  await k.updateTable('users').set({ locale: 'en' }).execute();
  cpw = await loginAs(t.app, 'cpw.puke');
  dv = await loginAs(t.app, 'dv.puke');
  qps = await loginAs(t.app, 'qps.peja');
  child = (
    await insertSampleHousehold(k, 'AL-PUK', [
      samplePerson({ firstName: 'Erion', lastName: 'Marku', dateOfBirth: '2014-04-11' }),
    ])
  ).personIds[0] as string;
  const ids = await k.selectFrom('users').select(['id', 'username']).execute();
  cpwId = ids.find((row) => row.username === 'cpw.puke')?.id as string;
  dvId = ids.find((row) => row.username === 'dv.puke')?.id as string;
  schoolId = (
    await k
      .selectFrom('institutions')
      .select('id')
      .where('code', '=', 'NJMF-AL-PUK')
      .executeTakeFirstOrThrow()
  ).id;
  pukeId = (
    await k.selectFrom('jurisdictions').select('id').where('code', '=', 'AL-PUK').executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => {
  await t.close();
});

describe('the reporting schedule', () => {
  it('is due every 3 months from the opening, month ends clamped', () => {
    const periods = reportPeriods('2025-11-30', { value: 3, unit: 'months' }, '2026-06-01');
    expect(periods).toEqual([
      { period: 1, startsOn: '2025-11-30', dueOn: '2026-02-28' },
      { period: 2, startsOn: '2026-02-28', dueOn: '2026-05-30' },
      { period: 3, startsOn: '2026-05-30', dueOn: '2026-08-30' },
    ]);
    expect(reportStatus('2026-05-30', false, '2026-06-01')).toBe('overdue');
    expect(reportStatus('2026-06-15', false, '2026-06-01')).toBe('due_soon');
    expect(reportStatus('2026-06-16', false, '2026-06-01')).toBe('upcoming');
    expect(reportStatus('2026-05-30', true, '2026-06-01')).toBe('submitted');
  });
});

describe('child protection on a care case in Pukë', () => {
  let kase: CareCaseDetail;
  let cp: ChildProtection;

  const post = (session: Session, path: string, payload: Record<string, unknown>) =>
    session.request({ method: 'POST', url: `/api/care/cases/${kase.id}/child${path}`, payload });

  it('opens a sensitive child case; the schedule starts at the opening', async () => {
    const response = await cpw.request({
      method: 'POST',
      url: '/api/care/cases',
      payload: {
        personId: child,
        channel: 'school',
        referringParty: 'Shkolla 9-vjeçare "Gjergj Fishta", Pukë',
        targetGroups: ['children'],
        sensitivity: 'sensitive',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    kase = body<CareCaseDetail>(response);
    // Opened 3 months less 10 days ago: the first report falls due in 10 days.
    const opened = new Date();
    opened.setUTCMonth(opened.getUTCMonth() - 3);
    opened.setUTCDate(opened.getUTCDate() + 10);
    await sql`update care_cases set opened_at = ${opened} where id = ${kase.id}`.execute(t.db.kysely);
    const read = await cpw.request({ method: 'GET', url: `/api/care/cases/${kase.id}/child` });
    expect(read.statusCode).toBe(200);
    cp = body<ChildProtection>(read);
    expect(cp.reportEveryMonths).toBe(3);
    expect(cp.reports).toHaveLength(1);
    expect(cp.reports[0]).toMatchObject({ period: 1, status: 'due_soon', submittedOn: null });
  });

  it('refuses a supervisor without care.child and a missing goal, naming the field', async () => {
    const bad = await post(cpw, '/plans', {
      goals: ['Erion attends school every day'],
      measures: [{ measure: 'Daily attendance check', responsible: 'School psychologist' }],
      supervisedBy: dvId,
      version: cp.caseVersion,
    });
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(errorOf(bad).fields ?? {})).toEqual(['supervisedBy']);
    const empty = await post(cpw, '/plans', {
      goals: [],
      measures: [],
      supervisedBy: cpwId,
      version: cp.caseVersion,
    });
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(errorOf(empty).fields ?? {})).toContain('goals');
  });

  it('drafts the plan; a stale version is 409', async () => {
    const response = await post(cpw, '/plans', {
      goals: ['Erion attends school every day', 'Erion is safe at home'],
      measures: [
        { measure: 'Daily attendance check', responsible: 'School psychologist', dueOn: '2026-12-31' },
        { measure: 'Monthly home visit', responsible: 'Child-protection worker' },
      ],
      supervisedBy: cpwId,
      version: cp.caseVersion,
    });
    expect(response.statusCode, response.body).toBe(200);
    const stale = await post(cpw, '/plans', {
      goals: ['x'],
      measures: [{ measure: 'x', responsible: 'x' }],
      supervisedBy: cpwId,
      version: cp.caseVersion,
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('conflict');
    cp = body<ChildProtection>(response);
    expect(cp.plans).toHaveLength(1);
    expect(cp.plans[0]).toMatchObject({
      planNumber: 1,
      status: 'draft',
      supervisedBy: { id: cpwId },
      approvedAt: null,
    });
    expect(cp.plans[0]?.measures[1]).toEqual({
      measure: 'Monthly home visit',
      responsible: 'Child-protection worker',
      dueOn: null,
    });
  });

  it('refuses approval without care.child with an audited 403', async () => {
    // dv.puke may see the sensitive case (sensitive.read) and holds care.assess, not care.child.
    const response = await post(dv, `/plans/${cp.plans[0]?.id}/approve`, { version: cp.caseVersion });
    expect(response.statusCode).toBe(403);
    expect(errorOf(response).code).toBe('child_protection_only');
    expect(await lastAudit('approveChildPlan')).toMatchObject({
      username: 'dv.puke',
      outcome: 'denied',
      record_id: kase.id,
    });
  });

  it('approves the plan as the child-protection worker', async () => {
    const response = await post(cpw, `/plans/${cp.plans[0]?.id}/approve`, { version: cp.caseVersion });
    expect(response.statusCode, response.body).toBe(200);
    cp = body<ChildProtection>(response);
    expect(cp.plans[0]).toMatchObject({ status: 'approved', approvedBy: 'Albana Doçi' });
    expect(cp.plans[0]?.approvedAt).not.toBeNull();
    expect(await lastAudit('care.child.plan.approve')).toMatchObject({ record_id: kase.id, outcome: 'ok' });
  });

  it('builds the intersectoral group and records its meeting', async () => {
    const member = await post(cpw, '/group', {
      institutionId: schoolId,
      userId: cpwId,
      role: 'coordinator',
      version: cp.caseVersion,
    });
    expect(member.statusCode, member.body).toBe(200);
    cp = body<ChildProtection>(member);
    const again = await post(cpw, '/group', {
      institutionId: schoolId,
      role: 'coordinator',
      version: cp.caseVersion,
    });
    expect(again.statusCode).toBe(409);
    const meeting = await post(cpw, '/meetings', {
      heldOn: day(-1),
      decisions: 'The school reports absences to the NJMF the same day.',
      version: cp.caseVersion,
    });
    expect(meeting.statusCode, meeting.body).toBe(200);
    cp = body<ChildProtection>(meeting);
    expect(cp.group).toHaveLength(1);
    expect(cp.group[0]).toMatchObject({ role: 'coordinator', user: { id: cpwId } });
    expect(cp.meetings.map((row) => row.heldOn)).toEqual([day(-1)]);
  });

  it('puts the report falling due in the worker’s work queue', async () => {
    const response = await cpw.request({ method: 'GET', url: '/api/work-queue?kind=child_report_due' });
    expect(response.statusCode, response.body).toBe(200);
    const page = body<WorkQueue>(response);
    const item = page.items.find((row) => row.recordId === kase.id);
    expect(item).toMatchObject({ overdue: false, titleKey: 'careChild.queue.reportDue' });
    expect(item?.dueAt?.slice(0, 10)).toBe(cp.reports[0]?.dueOn);
    expect(item?.titleValues.period).toBe('1');
  });

  it('submits the first report; a second one for the period is 409, a future period 422', async () => {
    const response = await post(cpw, '/reports', {
      period: 1,
      submittedOn: day(0),
      summary: 'Attendance improved; no new incidents at home.',
      version: cp.caseVersion,
    });
    expect(response.statusCode, response.body).toBe(200);
    cp = body<ChildProtection>(response);
    expect(cp.reports[0]).toMatchObject({ period: 1, status: 'submitted', submittedOn: day(0) });
    const again = await post(cpw, '/reports', {
      period: 1,
      submittedOn: day(0),
      summary: 'x',
      version: cp.caseVersion,
    });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('period_reported');
    const future = await post(cpw, '/reports', {
      period: 3,
      submittedOn: day(0),
      summary: 'x',
      version: cp.caseVersion,
    });
    expect(future.statusCode).toBe(422);
    expect(Object.keys(errorOf(future).fields ?? {})).toEqual(['period']);
    const queue = await cpw.request({ method: 'GET', url: '/api/work-queue?kind=child_report_due' });
    expect(body<WorkQueue>(queue).items.some((row) => row.recordId === kase.id)).toBe(false);
  });

  it('refuses a case of another jurisdiction with an audited 403', async () => {
    const response = await qps.request({ method: 'GET', url: `/api/care/cases/${kase.id}/child` });
    expect(response.statusCode).toBe(403);
    expect(errorOf(response).code).toBe('out_of_jurisdiction');
    expect(await lastAudit('getChildProtection')).toMatchObject({
      username: 'qps.peja',
      outcome: 'denied',
      record_id: kase.id,
    });
  });
});

describe('the yearly list of procedural representatives', () => {
  it('adds representatives and reads the list back', async () => {
    for (const [fullName, qualification] of [
      ['Valbona Gjoka', 'Jurist'],
      ['Arben Prenga', 'Psikolog'],
    ] as const) {
      const response = await cpw.request({
        method: 'POST',
        url: '/api/care/child/representatives',
        payload: {
          jurisdictionId: pukeId,
          year: 2026,
          fullName,
          institution: 'Bashkia Pukë',
          qualification,
          appointedOn: '2026-01-15',
        },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const list = await cpw.request({ method: 'GET', url: '/api/care/child/representatives?year=2026' });
    expect(body<RepresentativeList>(list).items.map((item) => item.fullName)).toEqual([
      'Arben Prenga',
      'Valbona Gjoka',
    ]);
  });

  it('refuses another country’s municipality with an audited 403', async () => {
    const response = await qps.request({
      method: 'GET',
      url: `/api/care/child/representatives?year=2026&jurisdictionId=${pukeId}`,
    });
    expect(response.statusCode).toBe(403);
    expect(await lastAudit('listProceduralRepresentatives')).toMatchObject({
      username: 'qps.peja',
      outcome: 'denied',
    });
  });

  it('exports the list as XLSX in Albanian and Serbian', async () => {
    for (const [locale, heading] of [
      ['sq', 'Emër mbiemër'],
      ['sr', 'Ime i prezime'],
    ] as const) {
      const response = await cpw.request({
        method: 'GET',
        url: `/api/care/child/representatives.xlsx?year=2026&locale=${locale}`,
      });
      expect(response.statusCode).toBe(200);
      const workbook = await readWorkbook(response.rawPayload);
      const sheet = workbook.worksheets[0];
      expect(sheet?.getRow(3).getCell(2).value).toBe(heading);
      expect(sheet?.getRow(4).getCell(2).value).toBe('Arben Prenga');
      expect(sheet?.getRow(5).getCell(4).value).toBe('Jurist');
    }
  });
});

describe('the demo seed', () => {
  it('seeds Pukë’s child case once: approved plan, first report sent, the second falling due', async () => {
    expect(await seedDemoCareChild(t.db)).toEqual({ cases: 1 });
    expect(await seedDemoCareChild(t.db)).toEqual({ cases: 0 });
    const queue = await cpw.request({ method: 'GET', url: '/api/work-queue?kind=child_report_due' });
    const item = body<WorkQueue>(queue).items.find((row) => row.titleValues.name?.startsWith('K'));
    expect(item?.titleValues.period).toBe('2');
    const response = await cpw.request({ method: 'GET', url: `/api/care/cases/${item?.recordId}/child` });
    const cp = body<ChildProtection>(response);
    expect(cp.plans.map((plan) => plan.status)).toEqual(['approved']);
    expect(cp.group).toHaveLength(2);
    expect(cp.reports.map((slot) => slot.status)).toEqual(['submitted', 'due_soon']);
    const due = cp.reports[1]?.dueOn ?? '';
    expect(due <= day(10) && due >= day(7)).toBe(true);
    const list = await cpw.request({
      method: 'GET',
      url: `/api/care/child/representatives?year=${new Date().getUTCFullYear()}`,
    });
    expect(body<RepresentativeList>(list).items).toHaveLength(5);
  });
});

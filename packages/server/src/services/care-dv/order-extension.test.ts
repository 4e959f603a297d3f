import type { CareCaseDetail, DvCaseBody } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';

// A court extends a protection order in Pukë: the new last day must come after the current one,
// and the 60-day report schedule continues to it — the next report falls due and is accepted.

let t: TestApp;
let dv: Session;
let sss: Session;
let kase: CareCaseDetail;
let dvCase: DvCaseBody;

type Reply = { statusCode: number; body: string; json(): unknown };
const errorOf = (response: Reply) =>
  (response.json() as { error: { code: string; fields?: Record<string, string> } }).error;
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await testApp();
  await t.db.kysely.updateTable('users').set({ locale: 'en' }).execute();
  dv = await loginAs(t.app, 'dv.puke');
  sss = await loginAs(t.app, 'sss.puke');
  const person = (
    await insertSampleHousehold(t.db.kysely, 'AL-PUK', [
      samplePerson({ firstName: 'Shpresa', lastName: 'Deda', gender: 'female', dateOfBirth: '1992-06-08' }),
    ])
  ).personIds[0] as string;
  const opened = await dv.request({
    method: 'POST',
    url: '/api/care/cases',
    payload: { personId: person, channel: 'police', referringParty: 'Komisariati i Policisë Pukë' },
  });
  kase = opened.json() as CareCaseDetail;
  const marked = await dv.request({
    method: 'POST',
    url: `/api/care/cases/${kase.id}/dv`,
    payload: { version: kase.version },
  });
  dvCase = marked.json() as DvCaseBody;
});
afterAll(async () => {
  await t.close();
});

const order = () => {
  const found = dvCase.orders[0];
  if (!found) throw new Error('no order');
  return found;
};

function post(session: Session, path: string, payload: Record<string, unknown>) {
  return session.request({ method: 'POST', url: `/api/care/cases/${kase.id}/dv${path}`, payload });
}

async function queue(): Promise<string[]> {
  const response = await dv.request({
    method: 'GET',
    url: '/api/work-queue?kind=dv_report_due&pageSize=100',
  });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: { recordId: string }[] }).items.map((item) => item.recordId);
}

describe('extending a protection order', () => {
  it('has one period while the order ends in 3 days; after its report none is due', async () => {
    const recorded = await post(dv, '/orders', {
      version: dvCase.version,
      kind: 'regular',
      court: 'Gjykata e Rrethit Gjyqësor Pukë',
      orderNumber: 'UM-27/2026',
      issuedOn: dayOffset(-115),
      validUntil: dayOffset(3),
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    dvCase = recorded.json() as DvCaseBody;
    expect(order().reports.map((slot) => [slot.dueOn, slot.state])).toEqual([[dayOffset(-55), 'overdue']]);
    const report = await post(dv, `/orders/${order().id}/reports`, {
      version: dvCase.version,
      summary: 'Urdhri respektohet; asnjë incident i ri.',
      policeInformed: true,
    });
    expect(report.statusCode, report.body).toBe(200);
    dvCase = report.json() as DvCaseBody;
    const none = await post(dv, `/orders/${order().id}/reports`, {
      version: dvCase.version,
      summary: 'Raport shtesë.',
      policeInformed: false,
    });
    expect(none.statusCode).toBe(409);
    expect(errorOf(none).code).toBe('no_report_due');
    expect(await queue()).toEqual([]);
  });

  it('refuses a new last day that is not after the current one (422 on validUntil)', async () => {
    for (const validUntil of [dayOffset(3), dayOffset(-10)]) {
      const response = await post(dv, `/orders/${order().id}/extend`, {
        version: dvCase.version,
        validUntil,
        decisionNumber: 'Vendim 301/2026',
        decidedOn: dayOffset(-1),
      });
      expect(response.statusCode, validUntil).toBe(422);
      expect(Object.keys(errorOf(response).fields ?? {})).toEqual(['validUntil']);
    }
    const future = await post(dv, `/orders/${order().id}/extend`, {
      version: dvCase.version,
      validUntil: dayOffset(150),
      decisionNumber: 'Vendim 301/2026',
      decidedOn: dayOffset(2),
    });
    expect(future.statusCode).toBe(422);
    expect(Object.keys(errorOf(future).fields ?? {})).toEqual(['decidedOn']);
    const stale = await post(dv, `/orders/${order().id}/extend`, {
      version: dvCase.version - 1,
      validUntil: dayOffset(150),
      decisionNumber: 'Vendim 301/2026',
      decidedOn: dayOffset(-1),
    });
    expect(stale.statusCode).toBe(409);
    const scope = await post(sss, `/orders/${order().id}/extend`, {
      version: dvCase.version,
      validUntil: dayOffset(150),
      decisionNumber: 'Vendim 301/2026',
      decidedOn: dayOffset(-1),
    });
    expect(scope.statusCode).toBe(403);
  });

  it('extends the order: audited, on the timeline, and the next report falls due', async () => {
    const response = await post(dv, `/orders/${order().id}/extend`, {
      version: dvCase.version,
      validUntil: dayOffset(150),
      decisionNumber: 'Vendim 301/2026',
      decidedOn: dayOffset(-1),
    });
    expect(response.statusCode, response.body).toBe(200);
    dvCase = response.json() as DvCaseBody;
    expect(order().validUntil).toBe(dayOffset(150));
    expect(order().extensions).toEqual([
      expect.objectContaining({
        previousValidUntil: dayOffset(3),
        validUntil: dayOffset(150),
        decisionNumber: 'Vendim 301/2026',
        decidedOn: dayOffset(-1),
        court: null,
        recordedBy: 'Marije Prendi',
      }),
    ]);
    expect(order().reports.map((slot) => [slot.dueOn, slot.state])).toEqual([
      [dayOffset(-55), 'submitted'],
      [dayOffset(5), 'due_soon'],
      [dayOffset(65), 'upcoming'],
      [dayOffset(125), 'upcoming'],
    ]);
    expect(await queue()).toEqual([kase.id]);
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'dv.order_extend')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ username: 'dv.puke', record_id: kase.id });
    expect(audit.details).toMatchObject({ previousValidUntil: dayOffset(3), validUntil: dayOffset(150) });
    const file = await dv.request({ method: 'GET', url: `/api/care/cases/${kase.id}` });
    const event = (file.json() as CareCaseDetail).timeline.find(
      (entry) => entry.kind === 'dv.order_extended',
    );
    expect(event?.details).toMatchObject({ orderNumber: 'UM-27/2026', validUntil: dayOffset(150) });
  });

  it('accepts the report of the period inside the extension; the one after is upcoming', async () => {
    const response = await post(dv, `/orders/${order().id}/reports`, {
      version: dvCase.version,
      summary: 'Vizitë në shtëpi; gruaja ndihet e sigurt.',
      policeInformed: true,
    });
    expect(response.statusCode, response.body).toBe(200);
    dvCase = response.json() as DvCaseBody;
    expect(order().reports.map((slot) => [slot.periodIndex, slot.state])).toEqual([
      [1, 'submitted'],
      [2, 'submitted'],
      [3, 'upcoming'],
      [4, 'upcoming'],
    ]);
    expect(order().reports[1]?.dueOn).toBe(dayOffset(5));
    expect(await queue()).toEqual([]);
  });
});

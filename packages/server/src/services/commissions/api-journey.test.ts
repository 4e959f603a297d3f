import type { MeetingList, MeetingView, WaitingList } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commissionDb } from '../../storage/commissions/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';

// The commission's part of the request path through the requests API: Peja's case manager
// (cm.peja) files a reconstruction request and submits it, the KKR takes it up for review, it
// waits for the meeting, goes on the agenda and is decided there; the request reads decided.

let t: TestApp;
let cm: Session;
let kkr: Session;
let caseId: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await testApp();
  const k = commissionDb(t.db.kysely);
  const household = await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [
    samplePerson({ firstName: 'Shqipe', lastName: 'Gashi' }),
  ]);
  const place = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', 'XK-PEJ')
    .executeTakeFirstOrThrow();
  const manager = await k
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'cm.peja')
    .executeTakeFirstOrThrow();
  const kase = await k
    .insertInto('cases')
    .values({
      number: 'PEJ-2026-7001',
      jurisdiction_id: place.id,
      household_id: household.householdId,
      person_id: household.personIds[0] ?? '',
      kind: 'returnee',
      clock_start: new Date(),
      visit_due_at: new Date(Date.now() + 72 * 3_600_000),
      closure_due_on: '2028-01-01',
      stage: 'planned',
      case_manager_id: manager.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  caseId = kase.id;
  cm = await loginAs(t.app, 'cm.peja');
  kkr = await loginAs(t.app, 'kkr.peja');
});
afterAll(async () => {
  await t.close();
});

interface RequestBody {
  id: string;
  version: number;
  status: string;
  documents: { requirement: string }[];
}

describe('a request filed through the API, decided at the KKR meeting', () => {
  it('reaches the waiting list once under review and is decided at the meeting', async () => {
    const filed = await cm.request({
      method: 'POST',
      url: `/api/cases/${caseId}/requests`,
      payload: {
        schemeCode: 'reconstruction',
        description: 'Rindërtimi i shtëpisë në Vitomiricë',
        amountRequested: 8000,
        currency: 'EUR',
      },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    let request = filed.json() as RequestBody;
    for (const document of request.documents) {
      const waived = await cm.request({
        method: 'POST',
        url: `/api/requests/${request.id}/documents`,
        payload: {
          requirement: document.requirement,
          waivedReason: 'Dorëzohet në origjinal në mbledhje.',
          version: request.version,
        },
      });
      expect(waived.statusCode, waived.body).toBe(200);
      request = waived.json() as RequestBody;
    }
    const submitted = await cm.request({
      method: 'POST',
      url: `/api/requests/${request.id}/submit`,
      payload: { version: request.version },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    request = submitted.json() as RequestBody;

    const list = (
      await kkr.request({ method: 'GET', url: '/api/commissions/meetings' })
    ).json() as MeetingList;
    // The planner chairs: kkr.peja's own id among the commission's users.
    const planner = await t.db.kysely
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'kkr.peja')
      .executeTakeFirstOrThrow();
    expect(list.users.map((u) => u.id)).toContain(planner.id);
    const chairId = planner.id;
    const created = await kkr.request({
      method: 'POST',
      url: '/api/commissions/meetings',
      payload: { heldOn: today, members: [{ userId: chairId, role: 'chair' }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    let meeting = created.json() as MeetingView;
    const waitingUrl = `/api/commissions/meetings/${meeting.id}/waiting`;
    // Submitted is not yet under review: not waiting.
    expect(((await kkr.request({ method: 'GET', url: waitingUrl })).json() as WaitingList).items).toEqual([]);
    const reviewed = await kkr.request({
      method: 'POST',
      url: `/api/requests/${request.id}/review`,
      payload: { version: request.version },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const waiting = (await kkr.request({ method: 'GET', url: waitingUrl })).json() as WaitingList;
    expect(waiting.items.map((d) => d.requestId)).toEqual([request.id]);
    expect(waiting.items[0]?.caseManager).not.toBeNull();

    const base = `/api/commissions/meetings/${meeting.id}`;
    const steps: [string, object][] = [
      ['/agenda', { items: [{ requestId: request.id }] }],
      ['/attendance', { present: [chairId] }],
    ];
    for (const [path, body] of steps) {
      const response = await kkr.request({
        method: 'POST',
        url: `${base}${path}`,
        payload: { ...body, version: meeting.version },
      });
      expect(response.statusCode, response.body).toBe(200);
      meeting = response.json() as MeetingView;
    }
    const item = meeting.agenda[0]?.id ?? '';
    const voted = await kkr.request({
      method: 'POST',
      url: `${base}/items/${item}/votes`,
      payload: { votes: [{ userId: chairId, vote: 'for' }] },
    });
    expect(voted.statusCode, voted.body).toBe(200);
    const decided = await kkr.request({
      method: 'POST',
      url: `${base}/items/${item}/decide`,
      payload: { reasons: 'Kushtet e skemës plotësohen.' },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const after = await cm.request({ method: 'GET', url: `/api/requests/${request.id}` });
    expect(after.statusCode, after.body).toBe(200);
    expect((after.json() as RequestBody).status).toBe('decided');
  });
});

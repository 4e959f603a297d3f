import type { CareCaseDetail } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';

// Changing a care case's sensitivity after opening: the social services officer (sss.puke,
// care.manage) and the DV coordinator (dv.puke, care.dv) on her own cases; the child-protection
// worker (cpw.puke, care.assess only) is refused; a DV case stays restricted.

let t: TestApp;
let sss: Session;
let dv: Session;
let cpw: Session;
let zvp: Session;
let persons: string[];

type Reply = { statusCode: number; body: string; json(): unknown };
const errorOf = (response: Reply) =>
  (response.json() as { error: { code: string; fields?: Record<string, string> } }).error;

beforeAll(async () => {
  t = await testApp();
  await t.db.kysely.updateTable('users').set({ locale: 'en' }).execute();
  sss = await loginAs(t.app, 'sss.puke');
  dv = await loginAs(t.app, 'dv.puke');
  cpw = await loginAs(t.app, 'cpw.puke');
  zvp = await loginAs(t.app, 'zvp.puke');
  persons = (
    await insertSampleHousehold(t.db.kysely, 'AL-PUK', [
      samplePerson({ firstName: 'Valbona', lastName: 'Gjoni', gender: 'female', dateOfBirth: '1984-02-20' }),
      samplePerson({ firstName: 'Besnik', lastName: 'Gjoni', dateOfBirth: '1980-07-01' }),
    ])
  ).personIds;
});
afterAll(async () => {
  await t.close();
});

async function open(session: Session, personId: string): Promise<CareCaseDetail> {
  const response = await session.request({
    method: 'POST',
    url: '/api/care/cases',
    payload: { personId, channel: 'walk_in' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CareCaseDetail;
}

function change(session: Session, id: string, payload: Record<string, unknown>) {
  return session.request({ method: 'POST', url: `/api/care/cases/${id}/sensitivity`, payload });
}

async function lastAudit(action?: string) {
  let query = t.db.kysely.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1);
  if (action) query = query.where('action', '=', action);
  return query.executeTakeFirstOrThrow();
}

describe('changing the sensitivity of a care case', () => {
  let kase: CareCaseDetail;

  it('is done by care.manage with a reason: audited and on the timeline', async () => {
    kase = await open(sss, persons[0] ?? '');
    expect(kase.sensitivity).toBe('normal');
    const reason = 'Dyshim për dhunë psikologjike nga bashkëshorti.';
    const response = await change(sss, kase.id, { sensitivity: 'sensitive', reason, version: kase.version });
    expect(response.statusCode, response.body).toBe(200);
    const changed = response.json() as CareCaseDetail;
    expect(changed.sensitivity).toBe('sensitive');
    expect(changed.version).toBe(kase.version + 1);
    const event = changed.timeline.find((entry) => entry.kind === 'care.sensitivity_changed');
    expect(event?.details).toEqual({ from: 'normal', to: 'sensitive', reason });
    expect(await lastAudit('care.sensitivity')).toMatchObject({
      username: 'sss.puke',
      record_id: kase.id,
      details: { from: 'normal', to: 'sensitive', reason },
    });
    kase = changed;
    // zvp.puke (care.read, no sensitive.read) no longer sees it.
    const hidden = await zvp.request({ method: 'GET', url: `/api/care/cases/${kase.id}` });
    expect(hidden.statusCode).toBe(403);
  });

  it('refuses a stale version (409), a missing reason (400) and no change (422)', async () => {
    const stale = await change(sss, kase.id, {
      sensitivity: 'normal',
      reason: 'Gabim në regjistrim.',
      version: kase.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('conflict');
    const noReason = await change(sss, kase.id, { sensitivity: 'normal', version: kase.version });
    expect(noReason.statusCode).toBe(400);
    expect(Object.keys(errorOf(noReason).fields ?? {})).toEqual(['reason']);
    const same = await change(sss, kase.id, {
      sensitivity: 'sensitive',
      reason: 'Konfirmim.',
      version: kase.version,
    });
    expect(same.statusCode).toBe(422);
    expect(Object.keys(errorOf(same).fields ?? {})).toEqual(['sensitivity']);
  });

  it('restricting keeps the case visible to who restricted it (they join the team)', async () => {
    const response = await change(sss, kase.id, {
      sensitivity: 'restricted',
      reason: 'Rrezik i lartë; vetëm ekipi i rastit.',
      version: kase.version,
    });
    expect(response.statusCode, response.body).toBe(200);
    kase = response.json() as CareCaseDetail;
    expect(kase.sensitivity).toBe('restricted');
    const again = await sss.request({ method: 'GET', url: `/api/care/cases/${kase.id}` });
    expect(again.statusCode).toBe(200);
  });

  it('refuses care.assess without care.manage or care.dv on the case (403, audited)', async () => {
    const normal = await open(sss, persons[1] ?? '');
    const refused = await change(cpw, normal.id, {
      sensitivity: 'sensitive',
      reason: 'Fëmijë në rrezik.',
      version: normal.version,
    });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('sensitivity_change_not_allowed');
    expect(await lastAudit()).toMatchObject({
      action: 'changeCareSensitivity',
      outcome: 'denied',
      username: 'cpw.puke',
      record_id: normal.id,
    });
    // The DV coordinator is not on this case's team or group either.
    const notHers = await change(dv, normal.id, {
      sensitivity: 'sensitive',
      reason: 'Dhunë në familje.',
      version: normal.version,
    });
    expect(notHers.statusCode).toBe(403);
    expect(errorOf(notHers).code).toBe('sensitivity_change_not_allowed');
    // Without care.assess the route itself refuses.
    const scope = await change(zvp, normal.id, {
      sensitivity: 'sensitive',
      reason: 'x',
      version: normal.version,
    });
    expect(scope.statusCode).toBe(403);
    expect(errorOf(scope).code).toBe('forbidden');
  });
});

describe('the DV coordinator', () => {
  it('changes her own case, and cannot lower a DV case below restricted', async () => {
    const own = await open(dv, persons[1] ?? '');
    const raised = await change(dv, own.id, {
      sensitivity: 'sensitive',
      reason: 'Raportim nga policia.',
      version: own.version,
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const sensitive = raised.json() as CareCaseDetail;
    const marked = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${own.id}/dv`,
      payload: { version: sensitive.version },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    const dvVersion = (marked.json() as { version: number }).version;
    const lowered = await change(dv, own.id, {
      sensitivity: 'sensitive',
      reason: 'Rreziku u ul.',
      version: dvVersion,
    });
    expect(lowered.statusCode).toBe(422);
    expect(Object.keys(errorOf(lowered).fields ?? {})).toEqual(['sensitivity']);
    expect(errorOf(lowered).fields?.sensitivity).toBe(
      'A domestic-violence case stays restricted: its sensitivity cannot be lowered.',
    );
    const file = await dv.request({ method: 'GET', url: `/api/care/cases/${own.id}` });
    expect((file.json() as CareCaseDetail).sensitivity).toBe('restricted');
  });
});

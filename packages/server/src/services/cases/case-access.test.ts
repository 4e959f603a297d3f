import { type CaseDetail } from '@vatra/core';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';
import { deniedEntries, jurisdictionId, open, pejaFamily, userId } from '../../test/case-fixtures.js';

// The case path's refusals (jurisdiction, scope, sensitivity) and its queue and transfer.

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe('the case path', () => {
  it('refuses and audits users outside the jurisdiction or the scope', async () => {
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const opened = await open(t, zkkk, await pejaFamily(t));
    const gjilan = await loginAs(t.app, 'qps.gjilan');
    const foreign = await gjilan.request({ method: 'GET', url: `/api/cases/${opened.id}` });
    expect(foreign.statusCode).toBe(403);
    const audited = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('record_id', '=', opened.id)
      .where('outcome', '=', 'denied')
      .execute();
    expect(audited.map((row) => row.action)).toContain('getCase');

    const kkr = await loginAs(t.app, 'kkr.peja');
    const visit = await kkr.request({
      method: 'POST',
      url: `/api/cases/${opened.id}/visits`,
      payload: {
        visitedAt: new Date().toISOString(),
        outcome: 'completed',
        team: [{ institutionId: null, name: 'X' }],
      },
    });
    expect(visit.statusCode).toBe(403);
    expect(await deniedEntries(t, 'recordVisit', 'kkr.peja')).toHaveLength(1);
  });

  it('shows a sensitive case only to those working it and masks its name in lists', async () => {
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const opened = await open(t, zkkk, await pejaFamily(t, 'sensitive'));
    const cm = await loginAs(t.app, 'cm.peja');
    const refused = await cm.request({ method: 'GET', url: `/api/cases/${opened.id}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('sensitive_record');
    const list = (await cm.request({ method: 'GET', url: '/api/cases' })).json();
    expect(list.items.map((item: { id: string }) => item.id)).not.toContain(opened.id);
    // The registering officer is on the team: sees it, masked in the list.
    const mine = (await zkkk.request({ method: 'GET', url: '/api/cases' })).json();
    const row = mine.items.find((item: { id: string }) => item.id === opened.id);
    expect(row.person).toMatchObject({ firstName: 'A. K.', lastName: '', dateOfBirth: null });
    expect((await zkkk.request({ method: 'GET', url: `/api/cases/${opened.id}` })).statusCode).toBe(200);

    // Restricted: only the team. The social worker who restricts it joins the team; a colleague
    // added to the team sees it too.
    const qps = await loginAs(t.app, 'qps.peja');
    const restricted = await qps.request({
      method: 'PUT',
      url: `/api/cases/${opened.id}/sensitivity`,
      payload: { sensitivity: 'restricted', version: opened.version },
    });
    expect(restricted.statusCode, restricted.body).toBe(200);
    const zp = await loginAs(t.app, 'zkkk.peja');
    expect((await zp.request({ method: 'GET', url: `/api/cases/${opened.id}` })).statusCode).toBe(200);
    const added = await qps.request({
      method: 'POST',
      url: `/api/cases/${opened.id}/team`,
      payload: { userId: await userId(t, 'cm.peja') },
    });
    expect(added.statusCode, added.body).toBe(200);
    expect((await cm.request({ method: 'GET', url: `/api/cases/${opened.id}` })).statusCode).toBe(200);
    const team = (await qps.request({ method: 'GET', url: `/api/cases/${opened.id}/team` })).json();
    expect(team.items.map((m: { user: { fullName: string } }) => m.user.fullName)).toEqual([
      'Mimoza Berisha',
      'Ardian Kelmendi',
      'Teuta Gjoni',
    ]);
    const gjilan = await loginAs(t.app, 'qps.gjilan');
    const outside = await qps.request({
      method: 'POST',
      url: `/api/cases/${opened.id}/team`,
      payload: { userId: await userId(t, 'qps.gjilan') },
    });
    expect(outside.statusCode).toBe(422);
    expect((await gjilan.request({ method: 'GET', url: `/api/cases/${opened.id}` })).statusCode).toBe(403);
  });

  it('marks late visits overdue in the queue and transfers a case that moved', async () => {
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const family = await pejaFamily(t);
    const opened = await open(t, zkkk, family);
    await sql`update cases set visit_due_at = now() - interval '1 hour' where id = ${opened.id}`.execute(
      t.db.kysely,
    );
    const queue = (await zkkk.request({ method: 'GET', url: '/api/work-queue?kind=visit_due' })).json();
    expect(queue.items[0]).toMatchObject({
      caseId: opened.id,
      overdue: true,
      titleKey: 'cases.queue.visit_due',
    });
    const detail = (
      await zkkk.request({ method: 'GET', url: `/api/cases/${opened.id}` })
    ).json() as CaseDetail;
    expect(detail.visitOverdue).toBe(true);

    // Straight to an approved plan, then closure as "moved" to Gjilan.
    await sql`update cases set stage = 'assessed' where id = ${opened.id}`.execute(t.db.kysely);
    const planned = await zkkk.request({
      method: 'POST',
      url: `/api/cases/${opened.id}/plans`,
      payload: { personId: null, items: [{ serviceCode: 'social_assistance', priority: 'high' }] },
    });
    expect(planned.statusCode, planned.body).toBe(200);
    const plan = (planned.json() as CaseDetail).plans[0];
    const qps = await loginAs(t.app, 'qps.peja');
    const approved = await qps.request({
      method: 'POST',
      url: `/api/plans/${plan?.id}/approve`,
      payload: { version: 1 },
    });
    expect(approved.statusCode).toBe(200);
    const moved = await zkkk.request({
      method: 'POST',
      url: `/api/cases/${opened.id}/close`,
      payload: {
        outcome: 'moved',
        planAchieved: 'not',
        evaluation: 'The family moved to relatives in Gjilan.',
        coordinatorName: 'Besa Dreshaj',
        version: approved.json().version,
      },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.fields).toHaveProperty('movedToJurisdictionId');
    const transferred = await zkkk.request({
      method: 'POST',
      url: `/api/cases/${opened.id}/close`,
      payload: {
        outcome: 'moved',
        planAchieved: 'not',
        evaluation: 'The family moved to relatives in Gjilan.',
        coordinatorName: 'Besa Dreshaj',
        movedToJurisdictionId: await jurisdictionId(t, 'XK-GJL'),
        version: approved.json().version,
      },
    });
    expect(transferred.statusCode, transferred.body).toBe(200);
    const target = transferred.json().transferredTo;
    expect(target.number).toMatch(/^GJL-/);
    const gjilan = await loginAs(t.app, 'zkkk.gjilan');
    const there = await gjilan.request({ method: 'GET', url: `/api/cases/${target.id}` });
    expect(there.statusCode).toBe(200);
    expect(there.json()).toMatchObject({ stage: 'registered', transferredFrom: { id: opened.id } });
    const reopen = await zkkk.request({
      method: 'POST',
      url: `/api/cases/${opened.id}/reopen`,
      payload: { reason: 'Back', version: transferred.json().version },
    });
    expect(reopen.statusCode).toBe(409);
  });
});

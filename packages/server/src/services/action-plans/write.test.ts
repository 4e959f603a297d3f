import type { ActionPlanDetail } from '@vatra/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDb } from '../../storage/action-plans/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { planId } from '../../test/plans.js';

let t: TestApp;
let peja: Session;
let id: string;
beforeEach(async () => {
  t = await testApp();
  peja = await loginAs(t.app, 'plan.peja');
  id = await planId(t, 'peja-reintegration-2026-2028');
});
afterEach(async () => {
  await t.close();
});

async function detail(session: Session, planKey = id): Promise<ActionPlanDetail> {
  return (await session.request({ method: 'GET', url: `/api/action-plans/${planKey}` })).json();
}

describe('editing an action plan', () => {
  it('saves every change as a new version with its reason, and refuses a stale one', async () => {
    const plan = await detail(peja);
    const content = structuredClone(plan.content);
    const objective = content.objectives[0];
    if (!objective) throw new Error('no objective');
    objective.title.en = 'Sustainable reintegration of returnees (revised)';
    const saved = await peja.request({
      method: 'PUT',
      url: `/api/action-plans/${id}`,
      payload: { version: 1, content, change: 'English title of objective 1 corrected' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2 });
    expect(saved.json().content.objectives[0].title.en).toBe(
      'Sustainable reintegration of returnees (revised)',
    );
    const stale = await peja.request({
      method: 'PUT',
      url: `/api/action-plans/${id}`,
      payload: { version: 1, content, change: 'again' },
    });
    expect(stale.statusCode).toBe(409);
    const versions = (await peja.request({ method: 'GET', url: `/api/action-plans/${id}/versions` })).json();
    expect(versions.items.map((v: { version: number; change: string }) => [v.version, v.change])).toEqual([
      [2, 'English title of objective 1 corrected'],
      [1, 'plans/peja-reintegration-2026-2028.json'],
    ]);
    expect(versions.items[0].changedBy.name).toBe('Blerta Rugova');
    const stored = await planDb(t.db.kysely)
      .selectFrom('action_plan_versions')
      .select('content')
      .where('plan_id', '=', id)
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    expect(stored.content.objectives[0]?.title.en).not.toBe(
      'Sustainable reintegration of returnees (revised)',
    );
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('record_id', '=', id)
      .where('action', '=', 'action_plan.edit')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a changed key, a broken reference and a missing reason, naming the field in Albanian', async () => {
    const plan = await detail(peja);
    const renamed = { ...structuredClone(plan.content), key: 'peja-other' };
    const key = await peja.request({
      method: 'PUT',
      url: `/api/action-plans/${id}`,
      payload: { version: 1, content: renamed, change: 'x' },
    });
    expect(key.statusCode).toBe(422);
    expect(key.json().error.fields['content.key']).toMatch(/Çelësi i planit/);
    const broken = structuredClone(plan.content);
    const second = broken.objectives[1];
    const first = broken.objectives[0];
    if (!first || !second) throw new Error('objectives');
    second.id = first.id;
    const duplicate = await peja.request({
      method: 'PUT',
      url: `/api/action-plans/${id}`,
      payload: { version: 1, content: broken, change: 'x' },
    });
    expect(duplicate.statusCode).toBe(400);
    expect(Object.keys(duplicate.json().error.fields)).toContain('content.objectives[1]');
    const reasonless = await peja.request({
      method: 'PUT',
      url: `/api/action-plans/${id}`,
      payload: { version: 1, content: plan.content, change: '' },
    });
    expect(reasonless.statusCode).toBe(400);
    expect(reasonless.json().error.fields).toHaveProperty('change');
    expect((await detail(peja)).version).toBe(1);
  });

  it('moves the status along the one path, adoption with its decision, and freezes an evaluated plan', async () => {
    const jump = await peja.request({
      method: 'POST',
      url: `/api/action-plans/${id}/status`,
      payload: { version: 1, status: 'evaluated' },
    });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().error.message).toContain('projekt');
    const bare = await peja.request({
      method: 'POST',
      url: `/api/action-plans/${id}/status`,
      payload: { version: 1, status: 'adopted' },
    });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().error.fields).toHaveProperty('adoption');
    const adopted = await peja.request({
      method: 'POST',
      url: `/api/action-plans/${id}/status`,
      payload: {
        version: 1,
        status: 'adopted',
        adoption: { by: 'Kuvendi Komunal i Pejës', decisionNumber: '01-016/26-114', date: '2026-03-26' },
      },
    });
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({
      status: 'adopted',
      version: 2,
      content: { status: 'adopted', adoption: { decisionNumber: '01-016/26-114' } },
    });
    for (const [version, status] of [
      [2, 'in_implementation'],
      [3, 'evaluated'],
    ] as const) {
      const moved = await peja.request({
        method: 'POST',
        url: `/api/action-plans/${id}/status`,
        payload: { version, status },
      });
      expect(moved.statusCode, status).toBe(200);
    }
    const plan = await detail(peja);
    const frozen = await peja.request({
      method: 'PUT',
      url: `/api/action-plans/${id}`,
      payload: { version: plan.version, content: plan.content, change: 'late fix' },
    });
    expect(frozen.statusCode).toBe(409);
  });

  it('lets only plan editors write, and only in their municipality', async () => {
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const plan = await detail(zkkk);
    expect(plan.key).toBe('peja-reintegration-2026-2028');
    const write = await zkkk.request({
      method: 'PUT',
      url: `/api/action-plans/${id}`,
      payload: { version: 1, content: plan.content, change: 'x' },
    });
    expect(write.statusCode).toBe(403);
    const gjilan = await loginAs(t.app, 'plan.gjilan');
    const foreign = await gjilan.request({
      method: 'POST',
      url: `/api/action-plans/${id}/copy`,
      payload: { key: 'peja-copy', period: { from: 2029, to: 2031 } },
    });
    expect(foreign.statusCode).toBe(403);
    const denied = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'username'])
      .where('action', 'in', ['editActionPlan', 'copyActionPlan'])
      .where('outcome', '=', 'denied')
      .orderBy('id')
      .execute();
    expect(denied).toEqual([
      { action: 'editActionPlan', username: 'zkkk.peja' },
      { action: 'copyActionPlan', username: 'plan.gjilan' },
    ]);
  });

  it('drafts a new plan by copying one, links to computed definitions included', async () => {
    await planDb(t.db.kysely)
      .insertInto('action_plan_indicator_links')
      .values({
        plan_id: id,
        indicator_id: (await detail(peja)).content.objectives[0]?.indicators[0]?.id ?? 'none',
        definition_key: 'cases.registered',
        linked_by: null,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const copy = await peja.request({
      method: 'POST',
      url: `/api/action-plans/${id}/copy`,
      payload: { key: 'peja-reintegration-2029-2031', period: { from: 2029, to: 2031 } },
    });
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({
      key: 'peja-reintegration-2029-2031',
      status: 'draft',
      origin: 'copied',
      version: 1,
      period: { from: 2029, to: 2031 },
      copiedFrom: { id, key: 'peja-reintegration-2026-2028' },
      content: { key: 'peja-reintegration-2029-2031', adoption: null },
    });
    const links = await planDb(t.db.kysely)
      .selectFrom('action_plan_indicator_links')
      .select('definition_key')
      .where('plan_id', '=', copy.json().id)
      .execute();
    const original = await planDb(t.db.kysely)
      .selectFrom('action_plan_indicator_links')
      .select('definition_key')
      .where('plan_id', '=', id)
      .execute();
    expect(links.length).toBe(original.length);
    const again = await peja.request({
      method: 'POST',
      url: `/api/action-plans/${id}/copy`,
      payload: { key: 'peja-reintegration-2029-2031', period: { from: 2029, to: 2031 } },
    });
    expect(again.statusCode).toBe(409);
    const backwards = await peja.request({
      method: 'POST',
      url: `/api/action-plans/${id}/copy`,
      payload: { key: 'peja-x', period: { from: 2031, to: 2029 } },
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.fields).toHaveProperty(['period.to']);
  });
});

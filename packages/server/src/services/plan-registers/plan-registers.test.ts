import { randomUUID } from 'node:crypto';
import { PLAN_REGISTER_KINDS, translate, type PlanRegisterEntry } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDb } from '../../storage/cases/tables.js';
import { planDb } from '../../storage/action-plans/tables.js';
import { registerDb } from '../../storage/plan-registers/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { HttpError } from '../../http/errors.js';
import { AccessContext } from '../access/context.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';
import { checkCaseLinks } from './cases.js';
import { sampleEntry } from './samples.js';

// The registers of an action plan through the API against a real database: Peja's plan
// coordinator (plan.peja, Albanian) writes, Gjilan's (plan.gjilan) may not read them, Peja's
// ZKKK (plan.read only) may read but not write, a case manager may not even read.

let t: TestApp;
let peja: Session;
let pejaPlanId: string;
let caseCounter = 7300;

beforeAll(async () => {
  t = await testApp();
  pejaPlanId = await planId('peja-reintegration-2026-2028', 'XK-PEJ');
  peja = await loginAs(t.app, 'plan.peja');
});
afterAll(async () => {
  await t.close();
});

/** A shipped plan by key; inserted here when the template does not hold the shipped plans. */
async function planId(key: string, municipality: string): Promise<string> {
  const db = planDb(t.db.kysely);
  const found = await db.selectFrom('action_plans').select('id').where('key', '=', key).executeTakeFirst();
  if (found) return found.id;
  const place = await db
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', municipality)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('action_plans')
    .values({ key, jurisdiction_id: place.id, status: 'adopted', content: '{}', origin: 'imported' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An open case in a municipality (XK-PEJ, XK-GJL), written straight to the database. */
async function openCase(municipality: string, sensitivity: 'normal' | 'sensitive' = 'normal') {
  const k = t.db.kysely;
  const jurisdiction = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', municipality)
    .executeTakeFirstOrThrow();
  const household = await insertSampleHousehold(k, municipality, [
    samplePerson({ firstName: 'Fatos', lastName: 'Berisha' }),
  ]);
  const now = new Date();
  caseCounter++;
  const row = await caseDb(k)
    .insertInto('cases')
    .values({
      number: `${municipality.slice(3)}-2026-${caseCounter}`,
      jurisdiction_id: jurisdiction.id,
      household_id: household.householdId,
      person_id: household.personIds[0] ?? '',
      kind: 'returnee',
      clock_start: now,
      visit_due_at: new Date(now.getTime() + 72 * 3_600_000),
      closure_due_on: '2027-07-31',
      stage: 'registered',
      status: 'open',
      sensitivity,
      case_manager_id: null,
      outcome: null,
      closed_at: null,
      closed_by: null,
      closure: null,
      transferred_from: null,
      transferred_to: null,
      rent_fund_since: null,
      rent_reviewed_on: null,
      registered_by: null,
      updated_at: now,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return row;
}

async function outreachCount(): Promise<number> {
  const row = await registerDb(t.db.kysely)
    .selectFrom('plan_register_entries')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('kind', '=', 'outreach')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const url = (kind: string, rest = '') => `/api/action-plans/${pejaPlanId}/registers/${kind}${rest}`;

async function create(session: Session, kind: (typeof PLAN_REGISTER_KINDS)[number], caseIds: string[] = []) {
  return session.request({ method: 'POST', url: url(kind), payload: { data: sampleEntry(kind, caseIds) } });
}

describe('plan registers', () => {
  it('creates and lists an entry in each of the seven registers, with case links and risk scores', async () => {
    const discussed = await openCase('XK-PEJ');
    for (const kind of PLAN_REGISTER_KINDS) {
      const linked = kind === 'meeting' || kind === 'outreach' ? [discussed.id] : [];
      const created = await create(peja, kind, linked);
      expect(created.statusCode, `${kind}: ${created.body}`).toBe(201);
      const entry = created.json<PlanRegisterEntry>();
      expect(entry).toMatchObject({ planId: pejaPlanId, kind, version: 1, archivedAt: null });
      expect(entry.createdBy?.fullName).toBe('Blerta Rugova');
      const list = await peja.request({ method: 'GET', url: url(kind) });
      expect(list.statusCode).toBe(200);
      const items = list.json<{ items: PlanRegisterEntry[] }>().items;
      expect(items.map((item) => item.id)).toContain(entry.id);
      if (linked.length > 0) {
        expect(entry.cases).toEqual([{ id: discussed.id, number: discussed.number }]);
        expect(entry.data).toMatchObject({ caseIds: [discussed.id] });
      }
    }
    const risks = (await peja.request({ method: 'GET', url: url('risk') })).json<{
      items: PlanRegisterEntry[];
    }>();
    expect(risks.items[0]?.risk).toEqual({ score: 20, level: 'critical' });
    // The links are rows with real foreign keys.
    const links = await registerDb(t.db.kysely).selectFrom('plan_register_cases').select('case_id').execute();
    expect(links).toHaveLength(2);
    // Reads and writes are audited.
    const audited = await t.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'plan_register.%')
      .execute();
    expect(audited.filter((row) => row.action === 'plan_register.create')).toHaveLength(7);
    expect(audited.filter((row) => row.action === 'plan_register.list').length).toBeGreaterThanOrEqual(7);
  });

  it('updates at the current version, refuses a stale one with 409, and archives', async () => {
    const entry = (await create(peja, 'risk')).json<PlanRegisterEntry>();
    const changed = { ...sampleEntry('risk'), likelihood: 2, impact: 2, status: 'monitored' };
    const updated = await peja.request({
      method: 'PUT',
      url: url('risk', `/${entry.id}`),
      payload: { data: changed, version: 1 },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, risk: { score: 4, level: 'low' } });
    const stale = await peja.request({
      method: 'PUT',
      url: url('risk', `/${entry.id}`),
      payload: { data: sampleEntry('risk'), version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const staleArchive = await peja.request({
      method: 'POST',
      url: url('risk', `/${entry.id}/archive`),
      payload: { version: 1 },
    });
    expect(staleArchive.statusCode).toBe(409);
    const archived = await peja.request({
      method: 'POST',
      url: url('risk', `/${entry.id}/archive`),
      payload: { version: 2 },
    });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    const list = (await peja.request({ method: 'GET', url: url('risk') })).json<{
      items: PlanRegisterEntry[];
    }>();
    expect(list.items.map((item) => item.id)).not.toContain(entry.id);
    const all = (await peja.request({ method: 'GET', url: url('risk', '?archived=true') })).json<{
      items: PlanRegisterEntry[];
    }>();
    expect(all.items.map((item) => item.id)).toContain(entry.id);
    const afterArchive = await peja.request({
      method: 'PUT',
      url: url('risk', `/${entry.id}`),
      payload: { data: sampleEntry('risk'), version: 3 },
    });
    expect(afterArchive.statusCode).toBe(409);
  });

  it('refuses cases of another municipality and sensitive cases with 422 on the field, writing nothing', async () => {
    const gjilanCase = await openCase('XK-GJL');
    const sensitive = await openCase('XK-PEJ', 'sensitive');
    for (const caseId of [gjilanCase.id, sensitive.id]) {
      const refused = await create(peja, 'meeting', [caseId]);
      expect(refused.statusCode).toBe(422);
      expect(Object.keys(refused.json().error.fields)).toEqual(['data.caseIds']);
      expect(refused.json().error.fields['data.caseIds']).toBe(
        translate('sq', 'server.planRegisters.caseOutOfReach'),
      );
    }
    const before = await outreachCount();
    const outreach = await create(peja, 'outreach', [gjilanCase.id]);
    expect(outreach.statusCode).toBe(422);
    expect(await outreachCount()).toBe(before);
  });

  it('lets the country level read registers but not write them', async () => {
    const drpr = await loginAs(t.app, 'drpr.central');
    expect((await drpr.request({ method: 'GET', url: url('meeting') })).statusCode).toBe(200);
    // drpr.central has plan.read but not plan.edit.
    expect((await create(drpr, 'meeting')).statusCode).toBe(403);
  });

  it('refuses a case of another municipality even to a user who may see both', async () => {
    const gjilanCase = await openCase('XK-GJL');
    const pejaCase = await openCase('XK-PEJ');
    const plan = await planDb(t.db.kysely)
      .selectFrom('action_plans as p')
      .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
      .select(['p.id', 'p.key', 'p.jurisdiction_id as jurisdictionId', 'j.path'])
      .where('p.id', '=', pejaPlanId)
      .executeTakeFirstOrThrow();
    // A national user with case.read (no demo role has plan.edit over the whole country).
    const national = new AccessContext(
      t.db.kysely,
      {
        sessionId: 's',
        csrfToken: 'c',
        expiresAt: new Date(Date.now() + 60_000),
        userId: randomUUID(),
        username: 'national.test',
        fullName: 'National Test',
        locale: 'en',
        mustChangePassword: false,
        institutionId: randomUUID(),
        institutionCode: 'MIA-XK',
        countryCode: 'XK',
        scopes: new Set(['case.read', 'plan.edit']),
        paths: ['/XK/'],
      },
      null,
      'en',
      'createPlanRegisterEntry',
    );
    await expect(checkCaseLinks(national, plan, [pejaCase.id])).resolves.toBeUndefined();
    const refused = await checkCaseLinks(national, plan, [pejaCase.id, gjilanCase.id]).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).status).toBe(422);
    expect((refused as HttpError).fields).toEqual({
      'data.caseIds': { key: 'server.planRegisters.caseOtherMunicipality' },
    });
    // Links made before are kept without a check: only added cases must be reachable.
    await expect(
      checkCaseLinks(national, plan, [gjilanCase.id], new Set([gjilanCase.id])),
    ).resolves.toBeUndefined();
  });

  it('refuses Gjilan’s coordinator on Peja’s registers (403, audited) and wrong scopes (403)', async () => {
    const gjilan = await loginAs(t.app, 'plan.gjilan');
    const foreign = await gjilan.request({ method: 'GET', url: url('team') });
    expect(foreign.statusCode).toBe(403);
    const denied = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'username'])
      .where('record_id', '=', pejaPlanId)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toContainEqual({ action: 'listPlanRegister', username: 'plan.gjilan' });
    expect((await create(gjilan, 'team')).statusCode).toBe(403);

    const zkkk = await loginAs(t.app, 'zkkk.peja');
    expect((await zkkk.request({ method: 'GET', url: url('team') })).statusCode).toBe(200);
    const write = await create(zkkk, 'team');
    expect(write.statusCode).toBe(403);
    const cm = await loginAs(t.app, 'cm.peja');
    expect((await cm.request({ method: 'GET', url: url('team') })).statusCode).toBe(403);
    const scopeDenials = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'username'])
      .where('outcome', '=', 'denied')
      .where('username', 'in', ['zkkk.peja', 'cm.peja'])
      .execute();
    expect(scopeDenials).toEqual(
      expect.arrayContaining([
        { action: 'createPlanRegisterEntry', username: 'zkkk.peja' },
        { action: 'listPlanRegister', username: 'cm.peja' },
      ]),
    );
  });

  it('refuses bad input with 400 naming the fields, in Albanian for an Albanian user', async () => {
    const bad = await peja.request({
      method: 'POST',
      url: url('risk'),
      payload: { data: { ...sampleEntry('risk'), likelihood: 7, owner: '' } },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.fields;
    expect(fields['data.likelihood']).toBe(translate('sq', 'server.fields.tooBig', { max: 5 }));
    expect(fields['data.owner']).toBe(translate('sq', 'server.fields.required'));
    expect(bad.json().error.message).toBe(translate('sq', 'server.errors.validation'));

    const mismatch = await peja.request({
      method: 'POST',
      url: url('risk'),
      payload: { data: sampleEntry('team') },
    });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().error.fields).toEqual({
      'data.kind': translate('sq', 'server.planRegisters.kindMismatch'),
    });
    const backwards = await peja.request({
      method: 'POST',
      url: url('project'),
      payload: { data: { ...sampleEntry('project'), to: '2025-01-01' } },
    });
    expect(backwards.statusCode).toBe(422);
    expect(Object.keys(backwards.json().error.fields)).toEqual(['data.to']);
    const unknownKind = await peja.request({
      method: 'GET',
      url: `/api/action-plans/${pejaPlanId}/registers/budget`,
    });
    expect(unknownKind.statusCode).toBe(400);
  });
});

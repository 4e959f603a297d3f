import type { Scope } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../demo/users.js';
import { randomUUID } from 'node:crypto';
import { insertSampleHousehold, samplePerson } from '../services/registry/samples.js';
import { planDb } from '../storage/action-plans/tables.js';
import { caseDb } from '../storage/cases/tables.js';
import { requestDb } from '../storage/requests/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../test/harness.js';
import type { RecordKind } from './route-access.js';

// For every API operation × every demo user (one per role and place) × a record in their own
// and in a foreign jurisdiction: the answer follows the policy declared on the route, and every
// refusal leaves an audit entry naming the operation and the user.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

interface Subject {
  username: string;
  scopes: Set<Scope>;
  paths: string[];
  session: Session;
}

const samples: Record<string, { householdId: string; personIds: string[] }> = {};
const caseSamples: Record<string, Record<'case' | 'plan' | 'referral' | 'document', string>> = {};

/** A household's case in a place with a draft plan, a referral and a document (straight in SQL). */
async function caseSample(place: string) {
  const existing = caseSamples[place];
  if (existing) return existing;
  const k = caseDb(t.db.kysely);
  const household = (samples[place] ??= await insertSampleHousehold(t.db.kysely, place, [
    samplePerson({ firstName: `Matrix ${place}` }),
  ]));
  const jurisdiction = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', place)
    .executeTakeFirstOrThrow();
  const user = await k.selectFrom('users').select('id').orderBy('username').executeTakeFirstOrThrow();
  // Any two institutions of the place (Albania's have other types than Kosovo's).
  const [from, to] = await k
    .selectFrom('institutions')
    .select('id')
    .where('jurisdiction_id', '=', jurisdiction.id)
    .orderBy('code')
    .limit(2)
    .execute();
  const kase = await k
    .insertInto('cases')
    .values({
      number: `MATRIX-${place}`,
      jurisdiction_id: jurisdiction.id,
      household_id: household.householdId,
      person_id: household.personIds[0] ?? '',
      kind: 'returnee',
      clock_start: new Date(),
      visit_due_at: new Date(Date.now() + 72 * 3_600_000),
      closure_due_on: '2028-01-01',
      stage: 'assessed',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const plan = await k
    .insertInto('case_plans')
    .values({
      case_id: kase.id,
      person_id: null,
      plan_type: 'PIR',
      plan_version: 1,
      status: 'draft',
      created_by: user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const referral = await k
    .insertInto('referrals')
    .values({
      case_id: kase.id,
      to_institution_id: (to ?? from)?.id ?? '',
      from_institution_id: from?.id ?? '',
      reason: 'School placement',
      sent_by: user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const document = await k
    .insertInto('documents')
    .values({
      jurisdiction_id: jurisdiction.id,
      case_id: kase.id,
      doc_type: 'other',
      series_id: randomUUID(),
      file_name: 'matrix.pdf',
      content_type: 'application/pdf',
      size_bytes: 1,
      sha256: '0'.repeat(64),
      storage_key: `aa/${randomUUID()}`,
      uploaded_by: user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (caseSamples[place] = {
    case: kase.id,
    plan: plan.id,
    referral: referral.id,
    document: document.id,
  });
}

const requestSamples: Record<string, string> = {};

/** A draft request of the place's sample case (straight in SQL). */
async function insertRequestSample(caseId: string, jurisdictionId: string, place: string): Promise<string> {
  const k = requestDb(t.db.kysely);
  const kase = await k
    .selectFrom('cases')
    .select(['household_id', 'person_id'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const user = await k.selectFrom('users').select('id').orderBy('username').executeTakeFirstOrThrow();
  const row = await k
    .insertInto('requests')
    .values({
      number: `MATRIX-K-${place}`,
      jurisdiction_id: jurisdictionId,
      case_id: caseId,
      person_id: kase.person_id,
      household_id: kase.household_id,
      scheme_code: 'social_assistance',
      deciding_type: 'QPS',
      status: 'draft',
      description: 'Matrix request',
      filed_by: user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The jurisdiction path of each record kind's sample in a place, read straight from SQL. */
async function sampleRecord(kind: RecordKind, place: string): Promise<{ id: string; path: string }> {
  const k = t.db.kysely;
  if (kind === 'case' || kind === 'plan' || kind === 'referral' || kind === 'document') {
    const ids = await caseSample(place);
    const row = await k
      .selectFrom('jurisdictions')
      .select('path')
      .where('code', '=', place)
      .executeTakeFirstOrThrow();
    return { id: ids[kind], path: row.path };
  }
  if (kind === 'request') {
    const caseId = (await caseSample(place)).case;
    const row = await k
      .selectFrom('jurisdictions')
      .select(['id', 'path'])
      .where('code', '=', place)
      .executeTakeFirstOrThrow();
    requestSamples[place] ??= await insertRequestSample(caseId, row.id, place);
    return { id: requestSamples[place], path: row.path };
  }
  if (kind === 'person' || kind === 'household') {
    const sample = (samples[place] ??= await insertSampleHousehold(k, place, [
      samplePerson({ firstName: `Matrix ${place}` }),
    ]));
    const row = await k
      .selectFrom('jurisdictions')
      .select('path')
      .where('code', '=', place)
      .executeTakeFirstOrThrow();
    return { id: kind === 'person' ? (sample.personIds[0] ?? '') : sample.householdId, path: row.path };
  }
  if (kind === 'action_plan') {
    // Every place the matrix uses (Kaçanik, Peja, Gjilan, Pukë) has a shipped plan.
    const row = await planDb(k)
      .selectFrom('action_plans as p')
      .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
      .select(['p.id', 'j.path'])
      .where('j.code', '=', place)
      .orderBy('p.key')
      .executeTakeFirstOrThrow();
    return { id: row.id, path: row.path };
  }
  if (kind === 'role') {
    const country = place.slice(0, 2);
    const row = await k
      .selectFrom('roles')
      .select('id')
      .where('country_code', '=', country)
      .orderBy('code')
      .executeTakeFirstOrThrow();
    return { id: row.id, path: `/${country}/` };
  }
  if (kind === 'institution') {
    const row = await k
      .selectFrom('institutions as i')
      .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
      .select(['i.id', 'j.path'])
      .where('j.code', '=', place)
      .orderBy('i.code')
      .executeTakeFirstOrThrow();
    return { id: row.id, path: row.path };
  }
  const row = await k
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['u.id', 'j.path'])
    .where('j.code', '=', place)
    .orderBy('u.username')
    .executeTakeFirstOrThrow();
  return { id: row.id, path: row.path };
}

/** A municipality inside the subject's jurisdiction, and one outside it. */
function places(subject: Subject): { own: string; foreign: string } {
  const path = subject.paths[0] ?? '';
  const codes = path.split('/').filter(Boolean);
  const municipality = codes[2] ?? (codes[0] === 'XK' ? 'XK-PEJ' : 'AL-PUK');
  const foreign =
    codes[0] === 'AL'
      ? 'XK-GJL'
      : codes.length <= 2
        ? 'AL-PUK'
        : municipality === 'XK-GJL'
          ? 'XK-PEJ'
          : 'XK-GJL';
  return { own: municipality, foreign };
}

async function subjects(): Promise<Subject[]> {
  const rows = await t.db.kysely
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['u.username', 'j.path'])
    .where('u.demo', '=', true)
    .execute();
  const result: Subject[] = [];
  // One user per role set and level (municipal, regional, national) in each country: the same
  // role in another municipality runs the same code with another jurisdiction path, and the
  // foreign-record half of the matrix already covers a second municipality.
  const seen = new Set<string>();
  for (const demo of DEMO_USERS) {
    const row = rows.find((r) => r.username === demo.username);
    if (!row) throw new Error(`demo user ${demo.username} missing`);
    const codes = row.path.split('/').filter(Boolean);
    const kind = `${[...demo.roles].sort().join('+')} ${codes[0]} ${codes.length}`;
    if (seen.has(kind)) continue;
    seen.add(kind);
    const session = await loginAs(t.app, demo.username);
    const me = (await session.request({ method: 'GET', url: '/api/auth/me' })).json() as { scopes: Scope[] };
    result.push({ username: demo.username, scopes: new Set(me.scopes), paths: [row.path], session });
  }
  return result;
}

async function lastAudit() {
  return t.db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

describe('access matrix', () => {
  it('every operation declares its access, and every protected one refuses anonymous callers', async () => {
    expect(t.app.operations.length).toBeGreaterThan(15);
    for (const op of t.app.operations) {
      expect(op.access, `${op.method} ${op.url}`).toBeDefined();
      if (op.access && 'public' in op.access) continue;
      const response = await t.app.inject({
        method: op.method as 'GET',
        url: op.url.replace(':id', '00000000-0000-4000-8000-000000000000'),
        payload: op.method === 'GET' ? undefined : {},
      });
      expect(response.statusCode, `${op.method} ${op.url}`).toBe(401);
    }
  });

  it('answers every operation × role × own/foreign record as the policy says, auditing each refusal', async () => {
    const all = await subjects();
    // Logging out ends the session the rest of the matrix uses, so it goes last.
    const operations = t.app.operations
      .filter((op) => op.access && !('public' in op.access))
      .sort((a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'));
    let checked = 0;
    let refused = 0;
    for (const subject of all) {
      const { own, foreign } = places(subject);
      for (const op of operations) {
        const access = op.access as { scope: Scope | null; record?: RecordKind; operationId: string };
        const targets = access.record
          ? [await sampleRecord(access.record, own), await sampleRecord(access.record, foreign)]
          : [null];
        for (const target of targets) {
          const url = target ? op.url.replace(':id', target.id) : op.url;
          const allowedByScope = access.scope === null || subject.scopes.has(access.scope);
          const allowedByPlace = !target || subject.paths.some((p) => target.path.startsWith(p));
          const expectAllowed = allowedByScope && allowedByPlace;
          const response = await subject.session.request({
            method: op.method as 'GET',
            url,
            ...(op.method === 'GET' ? {} : { payload: {} }),
          });
          const label = `${subject.username} ${op.method} ${url}`;
          checked++;
          if (expectAllowed) {
            // A service may narrow the route's policy (a sensitive record, a referral only its two
            // sides may read) with its own audited 403; the route's own refusals must not appear.
            expect(response.statusCode, label).not.toBe(401);
            if (response.statusCode === 403)
              expect(['forbidden', 'out_of_jurisdiction'], label).not.toContain(response.json().error.code);
            expect(response.statusCode, label).toBeLessThan(500);
          } else {
            refused++;
            expect(response.statusCode, label).toBe(403);
            expect(response.json().error.code, label).toBe(
              allowedByScope ? 'out_of_jurisdiction' : 'forbidden',
            );
            const entry = await lastAudit();
            expect(entry, label).toMatchObject({
              action: access.operationId,
              outcome: 'denied',
              username: subject.username,
            });
            expect(entry.details, label).toMatchObject({ reason: allowedByScope ? 'jurisdiction' : 'scope' });
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(100);
    // Thousands of requests: every operation × one user per role and level × two records.
  }, 600_000);
});

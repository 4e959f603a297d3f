import type { Scope } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../demo/users.js';
import { testApp, type Session, type TestApp } from '../test/harness.js';
import { scopedSession, userPaths } from '../test/subjects.js';
import { matrixSampler, type Sample } from '../test/matrix-samples.js';
import { scopeAllows, type RecordKind, type RouteScope } from './route-access.js';

// For every API operation × every demo user (one per role and place) × a record in their own
// and in a foreign jurisdiction: the answer follows the policy declared on the route, and every
// refusal leaves an audit entry naming the operation and the user.

let t: TestApp;
let sampleRecord: ReturnType<typeof matrixSampler>;

interface Subject {
  username: string;
  scopes: Set<Scope>;
  paths: string[];
  session: Session;
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
  const paths = await userPaths(t);
  const result: Subject[] = [];
  // One user per role set and level (municipal, regional, national) in each country: the same
  // role in another municipality runs the same code with another jurisdiction path, and the
  // foreign-record half of the matrix already covers a second municipality.
  const seen = new Set<string>();
  for (const demo of DEMO_USERS) {
    const path = paths.get(demo.username);
    if (!path) throw new Error(`demo user ${demo.username} missing`);
    const codes = path.split('/').filter(Boolean);
    const kind = `${[...demo.roles].sort().join('+')} ${codes[0]} ${codes.length}`;
    if (seen.has(kind)) continue;
    seen.add(kind);
    const { session, scopes } = await scopedSession(t, demo.username);
    result.push({ username: demo.username, scopes, paths: [path], session });
  }
  return result;
}

/** The newest audit entry's id, or '0' when the trail is empty. */
async function lastAuditId(): Promise<string> {
  const row = await t.db.kysely
    .selectFrom('audit_log')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? String(row.id) : '0';
}

/** The entries written after `afterId`, oldest first. */
async function auditSince(afterId: string) {
  return t.db.kysely.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').execute();
}

/** One request of the matrix: a user, an operation and (for a record's route) a record. */
interface Probe {
  url: string;
  method: string;
  operationId: string;
  allowedByScope: boolean;
  expectAllowed: boolean;
  label: string;
}

/** A distinct client address per refused request, so the audit entry it wrote can be found. */
function addressOf(index: number): string {
  return `10.77.${Math.floor(index / 256)}.${index % 256}`;
}

// The policy the matrix checks is declared on the routes and enforced by one hook: it does not
// depend on the engine, so the PostgreSQL lane (which runs every API test again) leaves it to the
// main lane, where it takes a minute.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('access matrix', () => {
  beforeAll(async () => {
    t = await testApp();
    // The samples are made once per kind and place; asking again only re-reads them, which
    // (thousands of times over) cost a third of the matrix.
    const sampler = matrixSampler(t.db.kysely);
    const known = new Map<string, Promise<Sample>>();
    sampleRecord = (kind, place) => {
      const key = `${kind} ${place}`;
      let sample = known.get(key);
      if (!sample) known.set(key, (sample = sampler(kind, place)));
      return sample;
    };
  });
  afterAll(async () => {
    await t.close();
  });

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
      const probes: Probe[] = [];
      for (const op of operations) {
        const access = op.access as {
          scope: RouteScope;
          record?: RecordKind;
          readFromUnit?: true;
          operationId: string;
        };
        const targets = access.record
          ? [await sampleRecord(access.record, own), await sampleRecord(access.record, foreign)]
          : [null];
        for (const target of targets) {
          const url = target ? op.url.replace(':id', target.id) : op.url;
          const allowedByScope = scopeAllows(access.scope, (scope) => subject.scopes.has(scope));
          // A unit's worker may make some reads in the unit's municipality (the samples' level).
          const allowedByPlace =
            !target ||
            subject.paths.some(
              (p) => target.path.startsWith(p) || (access.readFromUnit === true && p.startsWith(target.path)),
            );
          probes.push({
            url,
            method: op.method,
            operationId: access.operationId,
            allowedByScope,
            expectAllowed: allowedByScope && allowedByPlace,
            label: `${subject.username} ${op.method} ${url}`,
          });
        }
      }
      const send = (probe: Probe, remoteAddress?: string) =>
        subject.session.request({
          method: probe.method as 'GET',
          url: probe.url,
          ...(probe.method === 'GET' ? {} : { payload: {} }),
          ...(remoteAddress ? { remoteAddress } : {}),
        });

      // The refusals first, all at once: the access hook answers them before any handler runs,
      // so they change nothing but the audit trail, which commits their entries in groups (one
      // at a time, they were most of the matrix's minute). Each comes from its own address, by
      // which the last entry it wrote is found.
      const refusals = probes.filter((probe) => !probe.expectAllowed);
      const before = await lastAuditId();
      const answers = await Promise.all(refusals.map((probe, i) => send(probe, addressOf(i))));
      const lastEntryFrom = new Map<string | null, Awaited<ReturnType<typeof auditSince>>[number]>();
      for (const entry of await auditSince(before)) lastEntryFrom.set(entry.ip, entry);
      refusals.forEach((probe, i) => {
        const response = answers[i];
        const label = probe.label;
        checked++;
        refused++;
        expect(response?.statusCode, label).toBe(403);
        expect(response?.json().error.code, label).toBe(
          probe.allowedByScope ? 'out_of_jurisdiction' : 'forbidden',
        );
        const entry = lastEntryFrom.get(addressOf(i));
        expect(entry, label).toMatchObject({
          action: probe.operationId,
          outcome: 'denied',
          username: subject.username,
        });
        expect(entry?.details, label).toMatchObject({
          reason: probe.allowedByScope ? 'jurisdiction' : 'scope',
        });
      });

      // The allowed requests one after the other, in the order of the operations: they run
      // their handlers, which may change what the next one finds (logging out goes last).
      for (const probe of probes.filter((p) => p.expectAllowed)) {
        const response = await send(probe);
        const label = probe.label;
        checked++;
        // A service may narrow the route's policy (a sensitive record, a referral only its two
        // sides may read) with its own audited 403; the route's own refusals must not appear.
        expect(response.statusCode, label).not.toBe(401);
        if (response.statusCode === 403)
          expect(['forbidden', 'out_of_jurisdiction'], label).not.toContain(response.json().error.code);
        expect(response.statusCode, label).toBeLessThan(500);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(100);
    // Thousands of requests: every operation × one user per role and level × two records.
  }, 600_000);
});

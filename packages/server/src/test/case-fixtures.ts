import type { CaseDetail } from '@vatra/core';
import { expect } from 'vitest';
import type { Session, TestApp } from './harness.js';
import { insertSampleHousehold, samplePerson } from '../services/registry/samples.js';

// What the case-path tests share: ids by name, a Peja family, opening its case, refusals audited.

export async function userId(t: TestApp, username: string): Promise<string> {
  const row = await t.db.kysely
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function jurisdictionId(t: TestApp, code: string): Promise<string> {
  const row = await t.db.kysely
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A Peja family of three (two adults, a child of 9) registered straight in the database. */
export async function pejaFamily(t: TestApp, sensitivity: 'normal' | 'sensitive' = 'normal') {
  const { householdId, personIds } = await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [
    samplePerson(),
    samplePerson({
      firstName: 'Shqipe',
      gender: 'female',
      dateOfBirth: '1988-05-04',
      relationToHead: 'spouse',
    }),
    samplePerson({
      firstName: 'Dritë',
      gender: 'female',
      dateOfBirth: '2017-09-01',
      relationToHead: 'child',
    }),
  ]);
  const [head, spouse, child] = personIds as [string, string, string];
  return { householdId, head, spouse, child, sensitivity };
}

export type PejaFamily = Awaited<ReturnType<typeof pejaFamily>>;

export async function open(t: TestApp, session: Session, family: PejaFamily) {
  const response = await session.request({
    method: 'POST',
    url: '/api/cases',
    payload: { householdId: family.householdId, personId: family.head, sensitivity: family.sensitivity },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CaseDetail;
}

export async function deniedEntries(t: TestApp, action: string, username: string) {
  return t.db.kysely
    .selectFrom('audit_log')
    .select(['details'])
    .where('action', '=', action)
    .where('outcome', '=', 'denied')
    .where('username', '=', username)
    .execute();
}

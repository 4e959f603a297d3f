import { officeToday } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DEMO_PASSWORD } from '../../demo/users.js';
import { commissionDb } from '../../storage/commissions/tables.js';
import { hashPassword } from '../access/passwords.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';

// Fixtures for the commission tests: extra commission members and requests under review,
// written straight to the database (no access check, no audit). Tests only.

/** An active user of an institution (by code) with a role (by code), able to log in. */
export async function insertCommissionUser(
  db: Kysely<Database>,
  institutionCode: string,
  roleCode: string,
  username: string,
  fullName: string,
  locale: 'sq' | 'sr' | 'en' = 'en',
): Promise<string> {
  const institution = await db
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', institutionCode)
    .executeTakeFirstOrThrow();
  const role = await db
    .selectFrom('roles')
    .select('id')
    .where('code', '=', roleCode)
    .where('country_code', '=', 'XK')
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto('users')
    .values({
      username,
      full_name: fullName,
      email: `${username}@test.vatra.invalid`,
      institution_id: institution.id,
      password_hash: await hashPassword(DEMO_PASSWORD),
      locale,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('user_roles').values({ user_id: user.id, role_id: role.id }).execute();
  return user.id;
}

let counter = 0;

/**
 * A household with an open case (managed by `caseManagerId`) in a municipality and a request of
 * a scheme under review: KKR's reconstruction by default. Returns the ids.
 */
export async function insertRequestUnderReview(
  db: Kysely<Database>,
  place: string,
  options: {
    caseManagerId?: string | null;
    firstName?: string;
    lastName?: string;
    languages?: string[];
    schemeCode?: string;
    decidingType?: string;
    amount?: number;
  } = {},
): Promise<{ requestId: string; caseId: string; personId: string; number: string }> {
  const k = commissionDb(db);
  counter++;
  const household = await insertSampleHousehold(db, place, [
    samplePerson({
      firstName: options.firstName ?? 'Arbër',
      lastName: options.lastName ?? 'Krasniqi',
      languages: options.languages ?? ['sq'],
    }),
  ]);
  const personId = household.personIds[0] ?? '';
  const jurisdiction = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', place)
    .executeTakeFirstOrThrow();
  const filer = await k.selectFrom('users').select('id').orderBy('username').executeTakeFirstOrThrow();
  const kase = await k
    .insertInto('cases')
    .values({
      number: `KOM-${place}-${counter}`,
      jurisdiction_id: jurisdiction.id,
      household_id: household.householdId,
      person_id: personId,
      kind: 'returnee',
      clock_start: new Date(),
      visit_due_at: new Date(Date.now() + 72 * 3_600_000),
      closure_due_on: '2028-01-01',
      stage: 'planned',
      case_manager_id: options.caseManagerId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const decidingType = options.decidingType ?? 'KKR';
  const decider = await k
    .selectFrom('institutions')
    .select('id')
    .where('jurisdiction_id', '=', jurisdiction.id)
    .where('type_code', '=', decidingType)
    .executeTakeFirst();
  const number = `${place.slice(3)}-K-2026-${String(9000 + counter)}`;
  const request = await k
    .insertInto('requests')
    .values({
      number,
      jurisdiction_id: jurisdiction.id,
      case_id: kase.id,
      person_id: personId,
      household_id: household.householdId,
      scheme_code: options.schemeCode ?? 'reconstruction',
      deciding_type: decidingType,
      deciding_institution_id: decider?.id ?? null,
      executing_type: decidingType === 'KKR' ? 'DRPR-RC' : null,
      call_id: null,
      status: 'under_review',
      description: 'Rindërtimi i shtëpisë së dëmtuar në Vitomiricë',
      amount_requested: options.amount ?? 12000,
      currency: 'EUR',
      filed_by: filer.id,
      submitted_at: new Date(),
      decision_due_on: '2026-12-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { requestId: request.id, caseId: kase.id, personId, number };
}

/** An appeal filed against a request's decision, the request moved to appealed. */
export async function insertAppeal(
  db: Kysely<Database>,
  requestId: string,
  filedBy: string,
): Promise<string> {
  const k = commissionDb(db);
  const decision = await k
    .selectFrom('request_decisions')
    .select('id')
    .where('request_id', '=', requestId)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const today = officeToday();
  const appeal = await k
    .insertInto('request_appeals')
    .values({
      request_id: requestId,
      decision_id: decision.id,
      filed_on: today,
      grounds: 'Shtëpia është e pabanueshme; komisioni nuk e mori parasysh raportin e inxhinierit.',
      status: 'filed',
      decision_due_on: '2026-12-31',
      filed_by: filedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await k.updateTable('requests').set({ status: 'appealed' }).where('id', '=', requestId).execute();
  return appeal.id;
}

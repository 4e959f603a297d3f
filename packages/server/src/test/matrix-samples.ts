import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RecordKind } from '../http/route-access.js';
import { insertSampleHousehold, samplePerson } from '../services/registry/samples.js';
import { planDb } from '../storage/action-plans/tables.js';
import { caseDb } from '../storage/cases/tables.js';
import { requestDb } from '../storage/requests/tables.js';

export interface Sample {
  id: string;
  path: string;
}

/**
 * One record of each kind the access hook locates, per place, made straight in SQL (the access
 * matrix needs a record in the user's own and in a foreign jurisdiction, not a realistic one).
 * The switch is exhaustive: a new record kind does not compile until it has its sample here.
 */
export function matrixSampler(db: Kysely<Database>): (kind: RecordKind, place: string) => Promise<Sample> {
  const samples: Record<string, { householdId: string; personIds: string[] }> = {};
  const caseSamples: Record<string, Record<'case' | 'plan' | 'referral' | 'document', string>> = {};

  /** A household's case in a place with a draft plan, a referral and a document (straight in SQL). */
  async function caseSample(place: string) {
    const existing = caseSamples[place];
    if (existing) return existing;
    const k = caseDb(db);
    const household = (samples[place] ??= await insertSampleHousehold(db, place, [
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
    const k = requestDb(db);
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

  const made: Record<string, string> = {};
  const once = async (key: string, make: () => Promise<string>) => (made[key] ??= await make());
  const place$ = (place: string) =>
    db.selectFrom('jurisdictions').select(['id', 'path']).where('code', '=', place).executeTakeFirstOrThrow();
  const anyUser = () => db.selectFrom('users').select('id').orderBy('username').executeTakeFirstOrThrow();
  const inserted = async (query: ReturnType<typeof sql<{ id: string }>>) =>
    ((await query.execute(db)).rows[0] as { id: string }).id;

  async function careCase(place: string): Promise<string> {
    const where = await place$(place);
    const person = (samples[place] ??= await insertSampleHousehold(db, place, [
      samplePerson({ firstName: `Matrix ${place}` }),
    ]));
    const user = await anyUser();
    const institution = await db
      .selectFrom('institutions')
      .select('id')
      .where('jurisdiction_id', '=', where.id)
      .orderBy('code')
      .executeTakeFirstOrThrow();
    return once(`care_case ${place}`, () =>
      inserted(sql<{ id: string }>`
        insert into care_cases (number, jurisdiction_id, person_id, channel, returnee, status,
          responsible_institution_id, opened_by)
        values (${`MATRIX-SH-${place}`}, ${where.id}, ${person.personIds[0] ?? ''}, 'walk_in', false,
          'identified', ${institution.id}, ${user.id})
        returning id`),
    );
  }

  async function providerService(place: string): Promise<{ provider: string; service: string }> {
    const where = await place$(place);
    const provider = await once(`care_provider ${place}`, () =>
      inserted(sql<{ id: string }>`
        insert into care_providers (jurisdiction_id, name, kind, settlement, funding_source)
        values (${where.id}, ${`Matrix provider ${place}`}, 'public', 'Matrix', 'municipality')
        returning id`),
    );
    const service = await once(`care_provider_service ${place}`, () =>
      inserted(sql<{ id: string }>`
        insert into care_provider_services (provider_id, service_code, capacity)
        values (${provider}, 'matrix_service', 1)
        returning id`),
    );
    return { provider, service };
  }

  return async (kind, place) => {
    const where = await place$(place);
    switch (kind) {
      case 'case':
      case 'plan':
      case 'referral':
      case 'document':
        return { id: (await caseSample(place))[kind], path: where.path };
      case 'request': {
        const caseId = (await caseSample(place)).case;
        requestSamples[place] ??= await insertRequestSample(caseId, where.id, place);
        return { id: requestSamples[place], path: where.path };
      }
      case 'person':
      case 'household': {
        const sample = (samples[place] ??= await insertSampleHousehold(db, place, [
          samplePerson({ firstName: `Matrix ${place}` }),
        ]));
        return { id: kind === 'person' ? (sample.personIds[0] ?? '') : sample.householdId, path: where.path };
      }
      case 'action_plan': {
        // Every place the matrix uses (Kaçanik, Peja, Gjilan, Pukë) has a shipped plan.
        const row = await planDb(db)
          .selectFrom('action_plans')
          .select('id')
          .where('jurisdiction_id', '=', where.id)
          .orderBy('key')
          .executeTakeFirstOrThrow();
        return { id: row.id, path: where.path };
      }
      case 'role': {
        const country = place.slice(0, 2);
        const row = await db
          .selectFrom('roles')
          .select('id')
          .where('country_code', '=', country)
          .orderBy('code')
          .executeTakeFirstOrThrow();
        return { id: row.id, path: `/${country}/` };
      }
      case 'institution': {
        const row = await db
          .selectFrom('institutions')
          .select('id')
          .where('jurisdiction_id', '=', where.id)
          .orderBy('code')
          .executeTakeFirstOrThrow();
        return { id: row.id, path: where.path };
      }
      case 'user': {
        const row = await db
          .selectFrom('users as u')
          .innerJoin('institutions as i', 'i.id', 'u.institution_id')
          .select('u.id')
          .where('i.jurisdiction_id', '=', where.id)
          .orderBy('u.username')
          .executeTakeFirstOrThrow();
        return { id: row.id, path: where.path };
      }
      case 'call': {
        const institution = await db
          .selectFrom('institutions')
          .select('id')
          .where('jurisdiction_id', '=', where.id)
          .orderBy('code')
          .executeTakeFirstOrThrow();
        const user = await anyUser();
        const id = await once(`call ${place}`, () =>
          inserted(sql<{ id: string }>`
            insert into calls (number, jurisdiction_id, institution_id, scheme_code, title, opens_on,
              closes_on, budget, currency, status, criteria, created_by)
            values (${`MATRIX-T-${place}`}, ${where.id}, ${institution.id}, 'self_employment_grant',
              'Matrix call', '2026-01-01', '2026-12-31', 1000, 'EUR', 'draft', '[]', ${user.id})
            returning id`),
        );
        return { id, path: where.path };
      }
      case 'care_case':
        return { id: await careCase(place), path: where.path };
      case 'care_provider':
        return { id: (await providerService(place)).provider, path: where.path };
      case 'care_enrolment': {
        const { service } = await providerService(place);
        const person = await careCase(place).then(() => samples[place]?.personIds[0] ?? '');
        const user = await anyUser();
        const id = await once(`care_enrolment ${place}`, () =>
          inserted(sql<{ id: string }>`
            insert into care_enrolments (jurisdiction_id, person_id, provider_service_id, status,
              requested_on, created_by)
            values (${where.id}, ${person}, ${service}, 'waiting', '2026-01-05', ${user.id})
            returning id`),
        );
        return { id, path: where.path };
      }
      case 'council_list': {
        const user = await anyUser();
        const id = await once(`council_list ${place}`, () =>
          inserted(sql<{ id: string }>`
            insert into council_approval_lists (jurisdiction_id, title, status, created_by)
            values (${where.id}, 'Matrix list', 'draft', ${user.id})
            returning id`),
        );
        return { id, path: where.path };
      }
      case 'social_fund_request': {
        const user = await anyUser();
        const id = await once(`social_fund_request ${place}`, () =>
          inserted(sql<{ id: string }>`
            insert into social_fund_requests (jurisdiction_id, year, service_code, currency,
              municipal_amount, requested_amount, created_by)
            values (${where.id}, 2026, 'matrix_service', 'EUR', 100, 200, ${user.id})
            returning id`),
        );
        return { id, path: where.path };
      }
      case 'care_subsidy': {
        const user = await anyUser();
        const id = await once(`care_subsidy ${place}`, () =>
          inserted(sql<{ id: string }>`
            insert into care_subsidies (jurisdiction_id, year, recipient_name, source, currency, amount,
              period_from, period_to, purpose, created_by)
            values (${where.id}, 2026, 'Matrix NGO', 'municipality', 'EUR', 100, '2026-01-01',
              '2026-12-31', 'Matrix purpose', ${user.id})
            returning id`),
        );
        return { id, path: where.path };
      }
      case 'assisted_household': {
        const household = (samples[place] ??= await insertSampleHousehold(db, place, [
          samplePerson({ firstName: `Matrix ${place}` }),
        ]));
        const id = await once(`assisted_household ${place}`, () =>
          inserted(sql<{ id: string }>`
            insert into assisted_households (jurisdiction_id, household_id, scheme, area,
              national_reference, from_month)
            values (${where.id}, ${household.householdId}, 'ne', 'urban', ${`MATRIX-${place}`}, '2026-01-01')
            returning id`),
        );
        return { id, path: where.path };
      }
      case 'job_seeker_profile': {
        const household = (samples[place] ??= await insertSampleHousehold(db, place, [
          samplePerson({ firstName: `Matrix ${place}` }),
        ]));
        const id = await once(`job_seeker_profile ${place}`, () =>
          inserted(sql<{ id: string }>`
            insert into job_seeker_profiles (jurisdiction_id, person_id, registered_on, qualification)
            values (${where.id}, ${household.personIds[0] ?? ''}, '2026-01-05', 'Matrix')
            returning id`),
        );
        return { id, path: where.path };
      }
      default: {
        const unhandled: never = kind;
        throw new Error(`no access-matrix sample for record kind ${String(unhandled)}`);
      }
    }
  };
}

import { personInput } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Db } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { appendAudit } from '../services/audit/trail.js';
import { formatNumber, localCode, nextNumber } from '../services/cases/numbering.js';
import { samplePerson } from '../services/registry/samples.js';
import { writeHousehold } from '../services/registry/write.js';
import { dvDb } from '../storage/care-dv/tables.js';
import { textArray } from '../storage/registry/persons.js';

// One domestic-violence case in Pukë for the demo: a woman referred by the police, a regular
// protection order issued 55 days before the seed (so its first 60-day report falls due within
// the week), the intersectoral technical group and its first meeting. Dates are relative to the
// day of seeding because the point is to show a report falling due. People, the order number and
// the minutes are invented. Run once, guarded by its own marker.

const SEEDED_KEY = 'demo_care_dv_seeded_at';
const DAY = 86_400_000;
const dayFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

async function ids(trx: Kysely<Database>) {
  const place = await trx
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', 'AL-PUK')
    .executeTakeFirst();
  const coordinator = await trx
    .selectFrom('users')
    .select(['id', 'institution_id as institutionId'])
    .where('username', '=', 'dv.puke')
    .executeTakeFirst();
  const officer = await trx
    .selectFrom('users')
    .select(['id', 'institution_id as institutionId'])
    .where('username', '=', 'sss.puke')
    .executeTakeFirst();
  return place && coordinator && officer ? { place: place.id, coordinator, officer } : null;
}

/** Seeds Pukë's DV case once; a demo without Pukë or its DV coordinator is skipped. */
export async function seedDemoCareDv(db: Db, now: Date = new Date()): Promise<{ cases: number }> {
  return db.kysely.transaction().execute(async (trx) => {
    const done = await trx
      .selectFrom('app_meta')
      .select('key')
      .where('key', '=', SEEDED_KEY)
      .executeTakeFirst();
    if (done) return { cases: 0 };
    const found = await ids(trx);
    let cases = 0;
    if (found) {
      const { place, coordinator, officer } = found;
      const { personIds, householdId } = await writeHousehold(trx, {
        jurisdictionId: place,
        settlement: 'Qerret',
        members: [
          personInput.parse(
            samplePerson({
              firstName: 'Drita',
              lastName: 'Kolaj',
              fatherName: 'Pal',
              gender: 'female',
              dateOfBirth: '1988-07-19',
              category: 'resident',
              countryReturnedFrom: null,
              arrivalDate: null,
              languages: ['sq'],
              identityDocuments: [{ type: 'id_card', held: true, number: 'I19880719' }],
            }),
          ),
        ],
        createdBy: null,
      });
      const year = now.getUTCFullYear();
      const number = formatNumber(
        `${localCode('AL-PUK')}-SH`,
        year,
        await nextNumber(trx, 'care:AL-PUK', year),
      );
      const db = dvDb(trx);
      const opened = new Date(now.getTime() - 58 * DAY);
      const kase = await db
        .insertInto('care_cases')
        .values({
          number,
          jurisdiction_id: place,
          person_id: personIds[0] ?? '',
          household_id: householdId,
          channel: 'police',
          referring_party: 'Komisariati i Policisë Pukë',
          referring_institution_id: null,
          returnee: false,
          returnee_case_id: null,
          target_groups: textArray([]),
          sensitivity: 'restricted',
          dv: true,
          status: 'identified',
          responsible_institution_id: coordinator.institutionId,
          worker_id: coordinator.id,
          opened_by: coordinator.id,
          opened_at: opened,
          summary: 'Referuar nga policia pas një denoncimi për dhunë nga bashkëshorti.',
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('care_team')
        .values({ care_case_id: kase.id, user_id: coordinator.id, role: 'opener' })
        .execute();
      const order = await db
        .insertInto('protection_orders')
        .values({
          care_case_id: kase.id,
          kind: 'regular',
          court: 'Gjykata e Rrethit Gjyqësor Pukë',
          order_number: `UM-48/${year}`,
          issued_on: dayFrom(now, -55),
          valid_until: dayFrom(now, 310),
          police_informed_on: dayFrom(now, -54),
          created_by: coordinator.id,
          created_at: new Date(now.getTime() - 54 * DAY),
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('dv_group_members')
        .values([
          {
            care_case_id: kase.id,
            institution_id: coordinator.institutionId,
            institution_name: null,
            user_id: coordinator.id,
            role: 'coordinator',
            added_by: coordinator.id,
          },
          {
            care_case_id: kase.id,
            institution_id: officer.institutionId,
            institution_name: null,
            user_id: null,
            role: 'social_services',
            added_by: coordinator.id,
          },
          {
            care_case_id: kase.id,
            institution_id: null,
            institution_name: 'Komisariati i Policisë Pukë',
            user_id: null,
            role: 'police',
            added_by: coordinator.id,
          },
          {
            care_case_id: kase.id,
            institution_id: null,
            institution_name: 'Qendra Shëndetësore Pukë',
            user_id: null,
            role: 'health',
            added_by: coordinator.id,
          },
        ])
        .execute();
      await db
        .insertInto('dv_group_meetings')
        .values({
          care_case_id: kase.id,
          held_on: dayFrom(now, -50),
          notes: 'Plani i sigurisë; strehim i përkohshëm te motra në Qerret; këshillim psikologjik nga OJF.',
          attendees: textArray([
            'Marije Prendi (koordinatorja)',
            'Inspektori Pal Gjini (Policia)',
            'Dr. Ana Marku (QSH Pukë)',
          ]),
          recorded_by: coordinator.id,
        })
        .execute();
      await db
        .insertInto('care_events')
        .values([
          {
            care_case_id: kase.id,
            kind: 'care.opened',
            at: opened,
            actor_id: coordinator.id,
            institution_id: coordinator.institutionId,
            details: JSON.stringify({ number, channel: 'police', returnee: false }),
          },
          {
            care_case_id: kase.id,
            kind: 'dv.order_recorded',
            at: new Date(now.getTime() - 54 * DAY),
            actor_id: coordinator.id,
            institution_id: coordinator.institutionId,
            details: JSON.stringify({ orderId: order.id, kind: 'regular' }),
          },
        ])
        .execute();
      cases = 1;
    }
    await trx
      .insertInto('app_meta')
      .values({ key: SEEDED_KEY, value: JSON.stringify(now.toISOString()) })
      .execute();
    await appendAudit(trx, { action: 'system.seed_demo_care_dv', outcome: 'ok', details: { cases } });
    return { cases };
  });
}

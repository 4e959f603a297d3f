import { addDeadline, personInput } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Db } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { appendAudit } from '../services/audit/trail.js';
import { formatNumber, localCode, nextNumber } from '../services/cases/numbering.js';
import { reportPeriod } from '../services/care-child/schedule.js';
import { samplePerson } from '../services/registry/samples.js';
import { writeHousehold } from '../services/registry/write.js';
import { careChildDb } from '../storage/care-child/tables.js';
import { textArray } from '../storage/registry/persons.js';

// One child-protection case in Pukë for the demo: a boy referred by his school, opened six months
// less ten days before the seed, with an approved protection plan, the intersectoral group and a
// meeting, the first report to the State Agency (ASHMDF) submitted and the second falling due in
// ten days; and the year's list of procedural representatives. Dates are relative to the seeding
// day because the point is to show a report falling due. People are invented. Run once, guarded
// by its own marker.

const SEEDED_KEY = 'demo_care_child_seeded_at';
const DAY = 86_400_000;
// Albania's configured default (country.json deadlines.childProtectionReport).
const INTERVAL = { value: 3, unit: 'months' } as const;
const day = (date: Date) => date.toISOString().slice(0, 10);

async function ids(trx: Kysely<Database>) {
  const place = await trx
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', 'AL-PUK')
    .executeTakeFirst();
  const users = await trx
    .selectFrom('users')
    .select(['id', 'username', 'institution_id as institutionId'])
    .where('username', 'in', ['cpw.puke', 'sss.puke'])
    .execute();
  const worker = users.find((user) => user.username === 'cpw.puke');
  const officer = users.find((user) => user.username === 'sss.puke');
  return place && worker && officer ? { place: place.id, worker, officer } : null;
}

/** Seeds Pukë's child-protection case and list once; a demo without Pukë's worker is skipped. */
export async function seedDemoCareChild(db: Db, now: Date = new Date()): Promise<{ cases: number }> {
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
      const { place, worker, officer } = found;
      const db = careChildDb(trx);
      const { personIds, householdId } = await writeHousehold(trx, {
        jurisdictionId: place,
        settlement: 'Pukë',
        members: [
          personInput.parse(
            samplePerson({
              firstName: 'Kevin',
              lastName: 'Gjeloshi',
              fatherName: 'Ndue',
              gender: 'male',
              dateOfBirth: '2013-02-08',
              category: 'resident',
              countryReturnedFrom: null,
              arrivalDate: null,
              languages: ['sq'],
              identityDocuments: [],
            }),
          ),
        ],
        createdBy: null,
      });
      // Six months before ten days from now: the second report falls due in ten days (fewer when a
      // month end is clamped).
      const opened = addDeadline(new Date(now.getTime() + 10 * DAY), { value: -6, unit: 'months' });
      const openedOn = day(opened);
      const year = now.getUTCFullYear();
      const number = formatNumber(
        `${localCode('AL-PUK')}-SH`,
        year,
        await nextNumber(trx, 'care:AL-PUK', year),
      );
      const kase = await db
        .insertInto('care_cases')
        .values({
          number,
          jurisdiction_id: place,
          person_id: personIds[0] ?? '',
          household_id: householdId,
          channel: 'school',
          referring_party: 'Shkolla 9-vjeçare "Gjergj Fishta", Pukë',
          referring_institution_id: null,
          returnee: false,
          returnee_case_id: null,
          target_groups: textArray(['children']),
          sensitivity: 'sensitive',
          status: 'in_service',
          responsible_institution_id: worker.institutionId,
          worker_id: worker.id,
          opened_by: worker.id,
          opened_at: opened,
          summary: 'Mungesa të shpeshta në shkollë; shenja neglizhimi në familje.',
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('care_team')
        .values({ care_case_id: kase.id, user_id: worker.id, role: 'opener' })
        .execute();
      const approvedAt = new Date(opened.getTime() + 14 * DAY);
      await db
        .insertInto('child_protection_plans')
        .values({
          care_case_id: kase.id,
          plan_number: 1,
          status: 'approved',
          goals: JSON.stringify(['Kevini ndjek shkollën rregullisht', 'Familja merr mbështetje prindërore']),
          measures: JSON.stringify([
            {
              measure: 'Kontroll i përditshëm i frekuentimit',
              responsible: 'Psikologu i shkollës',
              dueOn: null,
            },
            { measure: 'Vizitë mujore në familje', responsible: 'Punonjësja e NJMF', dueOn: null },
            { measure: 'Këshillim prindëror', responsible: 'Shërbimi social i bashkisë', dueOn: day(now) },
          ]),
          supervised_by: worker.id,
          created_by: worker.id,
          created_at: new Date(opened.getTime() + 7 * DAY),
          approved_by: worker.id,
          approved_at: approvedAt,
        })
        .execute();
      await db
        .insertInto('child_group_members')
        .values([
          {
            care_case_id: kase.id,
            institution_id: worker.institutionId,
            user_id: worker.id,
            role: 'coordinator',
            added_by: worker.id,
          },
          {
            care_case_id: kase.id,
            institution_id: officer.institutionId,
            user_id: null,
            role: 'social',
            added_by: worker.id,
          },
        ])
        .execute();
      await db
        .insertInto('child_group_meetings')
        .values({
          care_case_id: kase.id,
          held_on: day(new Date(opened.getTime() + 10 * DAY)),
          decisions: 'Shkolla njofton NJMF-në për çdo mungesë; bashkia siguron këshillim prindëror.',
          recorded_by: worker.id,
        })
        .execute();
      const first = reportPeriod(openedOn, INTERVAL, 1);
      await db
        .insertInto('child_agency_reports')
        .values({
          care_case_id: kase.id,
          period: 1,
          due_on: first.dueOn,
          submitted_on: first.dueOn,
          summary: 'Frekuentimi është përmirësuar; familja ndjek këshillimin.',
          submitted_by: worker.id,
        })
        .execute();
      await db
        .insertInto('care_events')
        .values([
          {
            care_case_id: kase.id,
            kind: 'care.opened',
            at: opened,
            actor_id: worker.id,
            institution_id: worker.institutionId,
            details: JSON.stringify({ number, channel: 'school', returnee: false }),
          },
          {
            care_case_id: kase.id,
            kind: 'care.child.plan.approve',
            at: approvedAt,
            actor_id: worker.id,
            institution_id: worker.institutionId,
            details: JSON.stringify({ planNumber: 1 }),
          },
          {
            care_case_id: kase.id,
            kind: 'care.child.report',
            at: new Date(`${first.dueOn}T10:00:00Z`),
            actor_id: worker.id,
            institution_id: worker.institutionId,
            details: JSON.stringify({ period: 1 }),
          },
        ])
        .execute();
      await db
        .insertInto('procedural_representatives')
        .values(
          [
            ['Valbona Gjoka', 'Bashkia Pukë', 'Juriste', `${year}-01-20`],
            ['Arben Prenga', 'Qendra Shëndetësore Pukë', 'Psikolog', `${year}-01-20`],
            ['Mirela Dedaj', 'Dhoma e Avokatisë, Shkodër', 'Avokate', `${year}-02-03`],
          ].map(([fullName = '', institution = '', qualification = '', appointedOn = '']) => ({
            jurisdiction_id: place,
            year,
            full_name: fullName,
            institution,
            qualification,
            appointed_on: appointedOn,
            added_by: worker.id,
          })),
        )
        .execute();
      cases = 1;
    }
    await trx
      .insertInto('app_meta')
      .values({ key: SEEDED_KEY, value: JSON.stringify(now.toISOString()) })
      .execute();
    await appendAudit(trx, { action: 'system.seed_demo_care_child', outcome: 'ok', details: { cases } });
    return { cases };
  });
}

import { personInput, type PersonInput } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Db } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { appendAudit } from '../services/audit/trail.js';
import { samplePerson } from '../services/registry/samples.js';
import { writeHousehold } from '../services/registry/write.js';
import { householdsAssisted, monthlyMembers } from '../storage/employment/queries.js';
import { employmentDb } from '../storage/employment/tables.js';

// Pukë's economic-assistance links for the demo: 25 assisted households across its five
// administrative units (a few on the municipality's 6% fund, two whose assistance has ended),
// job-seeker profiles for some working-age members (one review overdue), a few refused offers,
// last month's list sent and this month's falling due. Ages and months are relative to the day
// of seeding so the list and the queues look the same whenever the demo is made. People and
// reference numbers are invented. Run once, guarded by its own marker.

const SEEDED_KEY = 'demo_employment_seeded_at';

/** "First Last gender age relation [disability]". */
type Member = string;
interface Household {
  unit: string;
  settlement: string;
  area: 'urban' | 'rural';
  scheme: 'ne' | 'fund6';
  /** Months before this one the assistance began, and (when it ended) the last month. */
  from: number;
  to?: number;
  members: Member[];
}

const HOUSEHOLDS: Household[] = [
  {
    unit: 'AL-PUK-PUK',
    settlement: 'Pukë',
    area: 'urban',
    scheme: 'ne',
    from: 30,
    members: [
      'Gjon Marku m 44 head',
      'Mrika Marku f 41 spouse',
      'Pjetër Marku m 19 child',
      'Dila Marku f 12 child',
    ],
  },
  {
    unit: 'AL-PUK-PUK',
    settlement: 'Pukë',
    area: 'urban',
    scheme: 'ne',
    from: 14,
    members: ['Lulzim Hoxha m 52 head', 'Vera Hoxha f 50 spouse disability', 'Erjon Hoxha m 24 child'],
  },
  {
    unit: 'AL-PUK-PUK',
    settlement: 'Pukë',
    area: 'urban',
    scheme: 'ne',
    from: 9,
    members: ['Drane Gjoka f 38 head', 'Klevis Gjoka m 16 child', 'Ana Gjoka f 11 child'],
  },
  {
    unit: 'AL-PUK-PUK',
    settlement: 'Pukë',
    area: 'urban',
    scheme: 'fund6',
    from: 5,
    members: ['Zef Pali m 61 head', 'Marije Pali f 63 spouse'],
  },
  {
    unit: 'AL-PUK-PUK',
    settlement: 'Pukë',
    area: 'urban',
    scheme: 'ne',
    from: 20,
    members: [
      'Ndue Doda m 35 head',
      'Rozafa Doda f 33 spouse',
      'Leka Doda m 8 child',
      'Tonin Doda m 70 parent',
    ],
  },
  {
    unit: 'AL-PUK-PUK',
    settlement: 'Pukë',
    area: 'urban',
    scheme: 'ne',
    from: 18,
    to: 2,
    members: ['Arben Kola m 29 head', 'Elona Kola f 27 spouse'],
  },
  {
    unit: 'AL-PUK-PUK',
    settlement: 'Kçirë',
    area: 'rural',
    scheme: 'ne',
    from: 26,
    members: ['Prenda Lleshi f 47 head', 'Gjergj Lleshi m 21 child', 'Mark Lleshi m 18 child'],
  },
  {
    unit: 'AL-PUK-PUK',
    settlement: 'Dedaj',
    area: 'rural',
    scheme: 'ne',
    from: 11,
    members: ['Nikoll Dedaj m 56 head', 'Lukë Dedaj m 30 child disability'],
  },
  {
    unit: 'AL-PUK-PUK',
    settlement: 'Mesul',
    area: 'rural',
    scheme: 'fund6',
    from: 7,
    members: ['Tereze Mëlyshi f 43 head', 'Paulin Mëlyshi m 17 child'],
  },
  {
    unit: 'AL-PUK-RRA',
    settlement: 'Rrapë',
    area: 'rural',
    scheme: 'ne',
    from: 16,
    members: ['Kol Bardhoku m 49 head', 'Drande Bardhoku f 46 spouse', 'Fran Bardhoku m 22 child'],
  },
  {
    unit: 'AL-PUK-RRA',
    settlement: 'Rrapë',
    area: 'rural',
    scheme: 'ne',
    from: 4,
    members: ['Shpresa Zefi f 34 head', 'Daniel Zefi m 10 child'],
  },
  {
    unit: 'AL-PUK-RRA',
    settlement: 'Rrapë',
    area: 'rural',
    scheme: 'fund6',
    from: 12,
    to: 1,
    members: ['Pashk Vuka m 58 head'],
  },
  {
    unit: 'AL-PUK-GJE',
    settlement: 'Gjegjan',
    area: 'rural',
    scheme: 'ne',
    from: 24,
    members: ['Rrok Prendi m 45 head', 'Lule Prendi f 42 spouse', 'Dila Prendi f 14 child disability'],
  },
  {
    unit: 'AL-PUK-GJE',
    settlement: 'Gjegjan',
    area: 'rural',
    scheme: 'ne',
    from: 8,
    members: ['Mhill Frroku m 39 head', 'Marta Frroku f 36 spouse', 'Gjin Frroku m 16 child'],
  },
  {
    unit: 'AL-PUK-GJE',
    settlement: 'Gjegjan',
    area: 'rural',
    scheme: 'fund6',
    from: 6,
    members: ['Lindita Kaçi f 31 head', 'Ardit Kaçi m 6 child'],
  },
  {
    unit: 'AL-PUK-GJE',
    settlement: 'Gjegjan',
    area: 'rural',
    scheme: 'fund6',
    from: 10,
    members: ['Gjon Tuci m 64 head', 'Roza Tuci f 60 spouse'],
  },
  {
    unit: 'AL-PUK-GJE',
    settlement: 'Gjegjan',
    area: 'rural',
    scheme: 'ne',
    from: 15,
    members: ['Sokol Ndoja m 27 head', 'Kristina Ndoja f 25 spouse'],
  },
  {
    unit: 'AL-PUK-QEL',
    settlement: 'Qelëz',
    area: 'rural',
    scheme: 'fund6',
    from: 13,
    members: ['Vitore Marashi f 55 head', 'Ndrec Marashi m 26 child'],
  },
  {
    unit: 'AL-PUK-QEL',
    settlement: 'Qelëz',
    area: 'rural',
    scheme: 'fund6',
    from: 9,
    members: ['Palok Shyti m 48 head', 'Mrika Shyti f 45 spouse', 'Ermal Shyti m 20 child'],
  },
  {
    unit: 'AL-PUK-QEL',
    settlement: 'Qelëz',
    area: 'rural',
    scheme: 'ne',
    from: 22,
    members: ['Angjelina Gjini f 36 head disability', 'Kevin Gjini m 15 child'],
  },
  {
    unit: 'AL-PUK-QEL',
    settlement: 'Qelëz',
    area: 'rural',
    scheme: 'ne',
    from: 3,
    members: ['Ded Pjetri m 42 head', 'Age Pjetri f 40 spouse', 'Valentina Pjetri f 18 child'],
  },
  {
    unit: 'AL-PUK-QER',
    settlement: 'Qerret',
    area: 'rural',
    scheme: 'ne',
    from: 17,
    members: ['Lekë Gega m 51 head', 'Katerina Gega f 49 spouse'],
  },
  {
    unit: 'AL-PUK-QER',
    settlement: 'Qerret',
    area: 'rural',
    scheme: 'ne',
    from: 5,
    members: ['Zamira Dushaj f 29 head', 'Noel Dushaj m 4 child'],
  },
  {
    unit: 'AL-PUK-QER',
    settlement: 'Qerret',
    area: 'rural',
    scheme: 'fund6',
    from: 11,
    members: ['Frrok Luli m 37 head', 'Merita Luli f 35 spouse', 'Arlind Luli m 13 child'],
  },
  {
    unit: 'AL-PUK-QER',
    settlement: 'Qerret',
    area: 'rural',
    scheme: 'ne',
    from: 28,
    members: ['Gjergj Mirdita m 60 head', 'Tereza Mirdita f 59 spouse disability'],
  },
];

/** Job seekers: name, qualification, experience, months since registration and since the last review. */
const PROFILES: Array<[string, string, string | null, number, number | null]> = [
  ['Gjon Marku', 'Elektricist', 'Punoi 8 vjet në minierën e bakrit në Fushë-Arrëz.', 20, 8],
  ['Pjetër Marku', 'Arsim i mesëm profesional (mekanikë)', null, 10, 3],
  ['Erjon Hoxha', 'Kuzhinier', 'Sezonal në hotelet e Shëngjinit, tri verë.', 12, 4],
  ['Drane Gjoka', 'Rrobaqepëse', 'Punë në fasoneri në Shkodër 2016–2019.', 9, 2],
  ['Gjergj Lleshi', 'Pa kualifikim', 'Mbledhës bimësh medicinale.', 14, 4],
  ['Fran Bardhoku', 'Shofer (patentë C)', 'Transport druri, 2 vjet.', 7, 1],
  ['Ndrec Marashi', 'Ndërtim (murator)', 'Punë ditore në ndërtim.', 3, null],
  ['Sokol Ndoja', 'Operator turistik (kurs AFP)', null, 4, null],
];

/** Refused offers: name, months ago, employer, position, reason. */
const REFUSALS: Array<[string, number, string, string, string]> = [
  [
    'Gjergj Lleshi',
    3,
    'Fabrika e përpunimit të bimëve medicinale, Shkodër',
    'Punëtor në linjë',
    'Larg shtëpisë, pa transport të përditshëm.',
  ],
  ['Gjergj Lleshi', 9, 'Sipërmarrje ndërtimi, Pukë', 'Punëtor krahu', 'Pagë nën minimumin e premtuar.'],
  [
    'Erjon Hoxha',
    2,
    'Hotel në Pukë',
    'Ndihmëskuzhinier',
    'Kujdeset për nënën me aftësi të kufizuar gjatë ditës.',
  ],
];

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** An Albanian-style personal number: decade letter, year digit, month (+50 for women), day, serial, letter. */
function nid(birth: Date, female: boolean, serial: number): string {
  const year = birth.getUTCFullYear();
  const decade = String.fromCharCode('A'.charCodeAt(0) + Math.floor((year - 1900) / 10));
  const month = birth.getUTCMonth() + 1 + (female ? 50 : 0);
  return `${decade}${year % 10}${pad(month, 2)}${pad(birth.getUTCDate(), 2)}${pad(serial, 3)}${String.fromCharCode(65 + (serial % 26))}`;
}

function monthStart(now: Date, offset: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
}
function monthsBefore(now: Date, months: number, day = 12): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day)).toISOString().slice(0, 10);
}

async function ids(trx: Kysely<Database>) {
  const places = await trx
    .selectFrom('jurisdictions')
    .select(['id', 'code'])
    .where('code', 'like', 'AL-PUK%')
    .execute();
  const users = await trx
    .selectFrom('users')
    .select(['id', 'username'])
    .where('username', 'in', ['sss.puke', 'zvp.puke'])
    .execute();
  const officer = users.find((user) => user.username === 'sss.puke')?.id;
  const zvp = users.find((user) => user.username === 'zvp.puke')?.id;
  const municipality = places.find((place) => place.code === 'AL-PUK')?.id;
  return officer && zvp && municipality
    ? { places: new Map(places.map((place) => [place.code, place.id])), officer, zvp, municipality }
    : null;
}

/** Seeds Pukë's assisted households, job seekers and list sends once; skipped without Pukë. */
export async function seedDemoEmployment(
  db: Db,
  workingAge: { from: number; to: number } = { from: 16, to: 64 },
  now: Date = new Date(),
): Promise<{ households: number }> {
  return db.kysely.transaction().execute(async (trx) => {
    const done = await trx
      .selectFrom('app_meta')
      .select('key')
      .where('key', '=', SEEDED_KEY)
      .executeTakeFirst();
    if (done) return { households: 0 };
    const found = await ids(trx);
    let households = 0;
    if (found) {
      const e = employmentDb(trx);
      const people = new Map<string, { personId: string; jurisdictionId: string }>();
      let serial = 100;
      for (const [index, item] of HOUSEHOLDS.entries()) {
        const jurisdictionId = found.places.get(item.unit) ?? found.municipality;
        const members = item.members.map((text) => {
          const [first = '', last = '', gender = 'm', age = '30', relation = 'head', flag] = text.split(' ');
          const female = gender === 'f';
          const birth = new Date(
            Date.UTC(now.getUTCFullYear() - Number(age), (index * 5 + serial) % 12, 1 + (serial % 27)),
          );
          if (birth > new Date(Date.UTC(now.getUTCFullYear() - Number(age), now.getUTCMonth(), 1)))
            birth.setUTCFullYear(birth.getUTCFullYear() - 1);
          serial += 7;
          return personInput.parse(
            samplePerson({
              firstName: first,
              lastName: last,
              fatherName: null,
              gender: female ? 'female' : 'male',
              dateOfBirth: birth.toISOString().slice(0, 10),
              personalNumber: Number(age) >= 16 ? nid(birth, female, serial) : null,
              category: 'resident',
              arrivalDate: null,
              countryReturnedFrom: null,
              community: 'albanian',
              languages: ['sq'],
              identityDocuments: [{ type: 'id_card', held: Number(age) >= 16 }],
              relationToHead: relation as PersonInput['relationToHead'],
              vulnerability: flag === 'disability' ? ['disability'] : [],
            }),
          );
        });
        const written = await writeHousehold(trx, {
          jurisdictionId,
          settlement: item.settlement,
          members,
          createdBy: null,
        });
        item.members.forEach((text, position) => {
          const name = text.split(' ').slice(0, 2).join(' ');
          people.set(name, { personId: written.personIds[position] ?? '', jurisdictionId });
        });
        await e
          .insertInto('assisted_households')
          .values({
            jurisdiction_id: jurisdictionId,
            household_id: written.householdId,
            scheme: item.scheme,
            area: item.area,
            national_reference: `${item.scheme === 'ne' ? 'NE' : 'F6'}-PUK-${pad(1000 + index * 37, 5)}`,
            from_month: monthStart(now, -item.from),
            to_month: item.to === undefined ? null : monthStart(now, -item.to),
            created_by: found.officer,
            updated_at: now,
          })
          .execute();
        households++;
      }
      for (const [name, qualification, experience, registered, reviewed] of PROFILES) {
        const person = people.get(name);
        if (!person) continue;
        const profile = await e
          .insertInto('job_seeker_profiles')
          .values({
            jurisdiction_id: person.jurisdictionId,
            person_id: person.personId,
            registered_on: monthsBefore(now, registered, 4),
            qualification,
            experience,
            last_reviewed_on: reviewed === null ? null : monthsBefore(now, reviewed, 9),
            created_by: found.zvp,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (reviewed !== null)
          await e
            .insertInto('job_seeker_reviews')
            .values({
              profile_id: profile.id,
              reviewed_on: monthsBefore(now, reviewed, 9),
              note: 'Profili u rishikua në takim; u informua për kurset e AFP-së dhe ofertat e zonës.',
              reviewed_by: found.zvp,
            })
            .execute();
        for (const [who, ago, employer, position, reason] of REFUSALS.filter(
          (refusal) => refusal[0] === name,
        ))
          await e
            .insertInto('job_offer_refusals')
            .values({
              jurisdiction_id: person.jurisdictionId,
              profile_id: profile.id,
              person_id: people.get(who)?.personId ?? person.personId,
              offered_on: monthsBefore(now, ago, 15),
              employer,
              position,
              reason,
              recorded_by: found.zvp,
            })
            .execute();
      }
      // Last month's list went to the Employment Office on its 5th; this month's is due.
      const lastMonth = monthStart(now, -1);
      const pukePath = (
        await trx
          .selectFrom('jurisdictions')
          .select('path')
          .where('id', '=', found.municipality)
          .executeTakeFirstOrThrow()
      ).path;
      const sentPersons = await monthlyMembers(trx, pukePath, lastMonth, workingAge).execute();
      await e
        .insertInto('employment_list_sends')
        .values({
          jurisdiction_id: found.municipality,
          month: lastMonth,
          sent_on: monthsBefore(now, 1, 5),
          sent_by: found.officer,
          households: await householdsAssisted(trx, pukePath, lastMonth),
          persons: sentPersons.length,
        })
        .execute();
    }
    await trx
      .insertInto('app_meta')
      .values({ key: SEEDED_KEY, value: JSON.stringify(now.toISOString()) })
      .execute();
    await appendAudit(trx, { action: 'system.seed_demo_employment', outcome: 'ok', details: { households } });
    return { households };
  });
}

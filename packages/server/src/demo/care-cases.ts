import { randomUUID } from 'node:crypto';
import { personInput, type CareStatus } from '@vatra/core';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { Db } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { appendAudit } from '../services/audit/trail.js';
import { formatNumber, localCode } from '../services/cases/numbering.js';
import { samplePerson } from '../services/registry/samples.js';
import { toPersonValues } from '../services/registry/write.js';
import { careDb, type CareTables } from '../storage/care/tables.js';
import { careServiceDb } from '../storage/care-services/tables.js';
import { textArray } from '../storage/registry/persons.js';
import { registryDb, type RegistryTables } from '../storage/registry/tables.js';
import { PEJA_STORIES } from './care-cases-peja.js';
import { GJEGJAN_STORIES } from './care-cases-gjegjan.js';
import { PUKE_STORIES } from './care-cases-puke.js';
import {
  assessmentData,
  insertEnrolments,
  timelineOf,
  type Actor,
  type DemoEnrolment,
  type StepRows,
} from './care-cases-rows.js';
import { receivedByOf, type Story, type StoryPerson } from './care-cases-stories.js';

// Ordinary social-care cases of the demo: about eighteen in Pukë (six in the Gjegjan unit, worked
// by its NJVNR) and a dozen in Peja, opened over the last ten months from every channel and left
// at every stage. Each story is acted out as the care services would have written it — the case,
// its team, assessment, plan, referrals with answers and follow-ups, places taken at the demo's
// providers, closure — with a timeline event per step and the case's version counting the steps.
// Dates are relative to the day of seeding. Numbers come from the same counter the app uses
// (number_sequences, series care:<municipality> per year), so later cases continue after them.
// Run once, in one transaction, guarded by its own marker; rows are inserted in bulk.

const SEEDED_KEY = 'demo_care_cases_seeded_at';
const DAY = 86_400_000;

interface Place {
  municipality: string;
  actor: Actor;
  unitActor?: Actor;
  stories: Story[];
}

async function idsByCode(trx: Kysely<Database>, table: 'jurisdictions' | 'institutions', codes: string[]) {
  const rows = await trx.selectFrom(table).select(['id', 'code']).where('code', 'in', codes).execute();
  return new Map(rows.map((row) => [row.code, row.id]));
}

/** The person of each returnee case the Peja stories use: open, not sensitive, a returnee. */
async function pejaReturnees(trx: Kysely<Database>) {
  return careDb(trx)
    .selectFrom('cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .select(['c.id as caseId', 'p.id as personId', 'p.household_id as householdId'])
    .where('j.code', '=', 'XK-PEJ')
    .where('c.kind', '=', 'returnee')
    .where('c.status', '=', 'open')
    .where('c.sensitivity', '=', 'normal')
    .where('p.sensitivity', '=', 'normal')
    .where('p.category', '<>', 'resident')
    .where('p.merged_into', 'is', null)
    .orderBy('c.number')
    .limit(2)
    .execute();
}

function member(person: StoryPerson, head: boolean) {
  return personInput.parse(
    samplePerson({
      firstName: person.first,
      lastName: person.last,
      fatherName: person.father,
      gender: person.gender,
      dateOfBirth: person.born,
      category: 'resident',
      countryReturnedFrom: null,
      arrivalDate: null,
      community: person.community ?? 'albanian',
      languages: person.languages ?? ['sq'],
      vulnerability: person.vulnerability ?? [],
      relationToHead: person.relation ?? (head ? 'head' : 'other_relative'),
      identityDocuments: [{ type: 'id_card', held: true, number: `I${person.born.replace(/-/g, '')}` }],
    }),
  );
}

/** Takes `count` numbers of a series and year at once; real cases continue after them. */
async function takeNumbers(trx: Kysely<Database>, series: string, year: number, count: number) {
  const { rows } = await sql<{ last_value: number }>`
    insert into number_sequences (series, year, last_value) values (${series}, ${year}, ${count})
    on conflict (series, year) do update set last_value = number_sequences.last_value + ${count}
    returning last_value`.execute(trx);
  const last = Number(rows[0]?.last_value ?? count);
  return Array.from({ length: count }, (_, index) => last - count + 1 + index);
}

type Rows = { [K in keyof CareTables]: Insertable<CareTables[K]>[] };

/** Seeds the ordinary care cases once; a place not configured (or without its users) is skipped. */
export async function seedDemoCareCases(db: Db, now: Date = new Date()): Promise<{ cases: number }> {
  return db.kysely.transaction().execute(async (trx) => {
    const done = await trx
      .selectFrom('app_meta')
      .select('key')
      .where('key', '=', SEEDED_KEY)
      .executeTakeFirst();
    if (done) return { cases: 0 };
    const places: Place[] = [];
    const users = await trx
      .selectFrom('users')
      .select(['id', 'username', 'institution_id as institutionId'])
      .where('username', 'in', ['sss.puke', 'njvnr.gjegjan', 'qps.peja'])
      .execute();
    const [sss, njvnr, qps] = ['sss.puke', 'njvnr.gjegjan', 'qps.peja'].map((name) =>
      users.find((user) => user.username === name),
    );
    if (sss && njvnr)
      places.push({
        municipality: 'AL-PUK',
        actor: sss,
        unitActor: njvnr,
        stories: [...PUKE_STORIES, ...GJEGJAN_STORIES],
      });
    if (qps) places.push({ municipality: 'XK-PEJ', actor: qps, stories: PEJA_STORIES });
    const stories = places.flatMap((place) => place.stories);
    const jurisdictions = await idsByCode(trx, 'jurisdictions', [
      ...places.map((p) => p.municipality),
      ...stories.flatMap((s) => (s.unit ? [s.unit] : [])),
    ]);
    const institutions = await idsByCode(trx, 'institutions', [
      ...new Set(
        stories.flatMap((s) => [
          ...(s.referrer && 'institution' in s.referrer ? [s.referrer.institution] : []),
          ...(s.plan?.items.flatMap((i) => (i.responsible ? [i.responsible] : [])) ?? []),
          ...(s.referrals?.flatMap((r) => ('institution' in r.to ? [r.to.institution] : [])) ?? []),
        ]),
      ),
    ]);
    const institution = (code: string) => {
      const id = institutions.get(code);
      if (!id) throw new Error(`demo care cases: institution ${code} is missing`);
      return id;
    };
    const providers = await careServiceDb(trx)
      .selectFrom('care_providers as p')
      .innerJoin('care_provider_services as s', 's.provider_id', 'p.id')
      .select([
        'p.id',
        'p.name',
        'p.jurisdiction_id as jurisdictionId',
        's.id as serviceId',
        's.service_code as code',
      ])
      .execute();
    const returnees = await pejaReturnees(trx);

    const rows: Rows = {
      care_cases: [],
      care_team: [],
      care_assessments: [],
      care_plans: [],
      care_plan_items: [],
      care_referrals: [],
      care_events: [],
    };
    const enrolments: DemoEnrolment[] = [];
    const households: Insertable<RegistryTables['households']>[] = [];
    const persons: Insertable<RegistryTables['persons']>[] = [];
    const numbered: { place: Place; openedAt: Date; index: number }[] = [];
    const dayAt = (daysAgo: number, hour: number) => {
      const date = new Date(now.getTime() - daysAgo * DAY);
      date.setUTCHours(hour, 0, 0, 0);
      return date;
    };

    for (const place of places) {
      const municipalityId = jurisdictions.get(place.municipality);
      if (!municipalityId) continue;
      for (const [order, story] of place.stories.entries()) {
        const who = story.unit ? (place.unitActor ?? place.actor) : place.actor;
        const jurisdictionId = story.unit
          ? (jurisdictions.get(story.unit) ?? municipalityId)
          : municipalityId;
        let personId: string;
        let householdId: string | null;
        let returneeCaseId: string | null = null;
        if ('returneeCase' in story.person) {
          const found = returnees[story.person.returneeCase];
          // A demo without the returnee cases (the test template) has no such story.
          if (!found) continue;
          ({ personId, householdId } = found);
          returneeCaseId = found.caseId;
        } else {
          householdId = randomUUID();
          households.push({
            id: householdId,
            jurisdiction_id: jurisdictionId,
            settlement: story.settlement,
            address_line: null,
            phone: null,
            created_by: who.id,
          });
          const members = [
            member(story.person, true),
            ...(story.household ?? []).map((m) => member(m, false)),
          ];
          personId = '';
          for (const parsed of members) {
            const id = randomUUID();
            personId ||= id;
            const values = toPersonValues(parsed, { jurisdictionId, householdId, createdBy: who.id });
            persons.push({
              ...values,
              id,
              languages: textArray(values.languages),
              vulnerability: textArray(values.vulnerability),
            });
          }
        }
        const caseId = randomUUID();
        const openedAt = dayAt(story.daysAgo, 8 + (order % 6));
        const step = (after: number) => {
          if (after >= story.daysAgo)
            throw new Error(`demo care cases: a step of ${story.summary} is in the future`);
          return new Date(openedAt.getTime() + after * DAY + 2 * 3_600_000);
        };
        const steps: StepRows = timelineOf(story, {
          caseId,
          who,
          openedAt,
          step,
          institution,
          provider: (name, code) => {
            const found = providers.find(
              (p) => p.name === name && p.code === code && p.jurisdictionId === municipalityId,
            );
            if (!found) throw new Error(`demo care cases: provider ${name} (${code}) is missing`);
            return found;
          },
          returnee: returneeCaseId !== null || story.declaredReturnee === true,
          returneeComputed: returneeCaseId !== null,
        });
        const status: CareStatus = story.close
          ? 'closed'
          : steps.referrals.some((r) => r.status === 'accepted' || r.status === 'followed_up')
            ? 'in_service'
            : story.plan
              ? 'planned'
              : story.assessment
                ? 'assessed'
                : 'identified';
        rows.care_cases.push({
          id: caseId,
          number: '',
          jurisdiction_id: jurisdictionId,
          person_id: personId,
          household_id: householdId,
          channel: story.channel,
          received_by: receivedByOf(story),
          referring_institution_id:
            story.referrer && 'institution' in story.referrer
              ? institution(story.referrer.institution)
              : null,
          referring_party: story.referrer && 'party' in story.referrer ? story.referrer.party : null,
          returnee: returneeCaseId !== null || story.declaredReturnee === true,
          returnee_case_id: returneeCaseId,
          target_groups: textArray(story.targetGroups),
          risk_level: story.assessment?.risk ?? null,
          sensitivity: 'normal',
          status,
          responsible_institution_id: who.institutionId,
          worker_id: who.id,
          opened_by: who.id,
          opened_at: openedAt,
          closed_at: story.close ? step(story.close.after) : null,
          closure_reason: story.close?.reason ?? null,
          summary: story.summary,
          version: 1 + steps.touches,
          updated_at: steps.lastAt ?? openedAt,
        });
        rows.care_team.push({ care_case_id: caseId, user_id: who.id, role: 'opener' });
        if (story.assessment) rows.care_team.push({ care_case_id: caseId, user_id: who.id, role: 'worker' });
        if (story.assessment) {
          rows.care_assessments.push({
            care_case_id: caseId,
            form_key: 'care_assessment',
            form_version: 1,
            data: JSON.stringify(assessmentData(story.assessment, step(story.assessment.after))),
            risk_level: story.assessment.risk,
            institution_id: who.institutionId,
            assessed_by: who.id,
            assessed_at: step(story.assessment.after),
          });
        }
        rows.care_plans.push(...steps.plans);
        rows.care_plan_items.push(...steps.items);
        rows.care_referrals.push(...steps.referrals);
        rows.care_events.push(...steps.events);
        enrolments.push(
          ...steps.enrolments.map((e) => ({
            ...e,
            personId,
            caseId,
            jurisdictionId: municipalityId,
            by: who.id,
            institutionId: who.institutionId,
          })),
        );
        numbered.push({ place, openedAt, index: rows.care_cases.length - 1 });
      }
    }

    // Numbers in the order the cases were opened, per municipality and year.
    numbered.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
    const groups = new Map<string, typeof numbered>();
    for (const entry of numbered) {
      const key = `${entry.place.municipality}|${entry.openedAt.getUTCFullYear()}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    for (const [key, entries] of groups) {
      const [municipality = '', yearText = ''] = key.split('|');
      const year = Number(yearText);
      const values = await takeNumbers(trx, `care:${municipality}`, year, entries.length);
      entries.forEach((entry, index) => {
        const row = rows.care_cases[entry.index];
        if (!row) return;
        row.number = formatNumber(`${localCode(municipality)}-SH`, year, values[index] ?? 0);
        const opened = rows.care_events.find((e) => e.care_case_id === row.id && e.kind === 'care.opened');
        if (opened)
          opened.details = JSON.stringify({ ...JSON.parse(opened.details ?? '{}'), number: row.number });
      });
    }

    const cdb = careDb(trx);
    if (households.length) await registryDb(trx).insertInto('households').values(households).execute();
    if (persons.length) await registryDb(trx).insertInto('persons').values(persons).execute();
    if (rows.care_cases.length > 0) {
      await cdb.insertInto('care_cases').values(rows.care_cases).execute();
      await cdb.insertInto('care_team').values(rows.care_team).execute();
      if (rows.care_assessments.length)
        await cdb.insertInto('care_assessments').values(rows.care_assessments).execute();
      if (rows.care_plans.length) await cdb.insertInto('care_plans').values(rows.care_plans).execute();
      if (rows.care_plan_items.length)
        await cdb.insertInto('care_plan_items').values(rows.care_plan_items).execute();
      if (rows.care_referrals.length)
        await cdb.insertInto('care_referrals').values(rows.care_referrals).execute();
    }
    await insertEnrolments(trx, enrolments, rows.care_events);
    if (rows.care_events.length) await cdb.insertInto('care_events').values(rows.care_events).execute();

    const cases = rows.care_cases.length;
    await trx
      .insertInto('app_meta')
      .values({ key: SEEDED_KEY, value: JSON.stringify(now.toISOString()) })
      .execute();
    await appendAudit(trx, { action: 'system.seed_demo_care_cases', outcome: 'ok', details: { cases } });
    return { cases };
  });
}

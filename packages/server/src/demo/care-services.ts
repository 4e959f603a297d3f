import { personInput } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Db } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { appendAudit } from '../services/audit/trail.js';
import { samplePerson } from '../services/registry/samples.js';
import { writeHousehold } from '../services/registry/write.js';
import { LocalDiskBlobStore } from '../storage/blobs/local-disk.js';
import { careServiceDb, type FundingSource, type ProviderKind } from '../storage/care-services/tables.js';
import { demoPdf } from './cases/files.js';

// The care-service basket of the demo: providers of Pukë (from the social plan's 2020 list) and
// of Peja (the CSW and CSOs the strategy names), each with services and capacities, one licence
// expired and one about to; places taken, waiting lists in order, and in Pukë the Municipal
// Council's decided list of beneficiaries with each proposal's documentation. People, licence
// numbers and the Council's decision are invented; the providers and places are real.
// Deterministic (fixed dates and order) and run once, guarded by its own marker.

const SEEDED_KEY = 'demo_care_services_seeded_at';

interface ServiceSeed {
  code: string;
  capacity: number;
  place: string;
  /** Persons (by index into the place's people) with a place, then those waiting, in order. */
  active: number[];
  waiting: number[];
}

interface ProviderSeed {
  name: string;
  kind: ProviderKind;
  licence: [string, string] | null;
  settlement: string;
  funding: FundingSource;
  note: string | null;
  services: ServiceSeed[];
}

const PUKE_PEOPLE: [string, string, 'female' | 'male', string, string][] = [
  ['Lule', 'Marku', 'female', '1948-04-11', 'Qerret'],
  ['Gjon', 'Prendi', 'male', '1945-09-02', 'Pukë'],
  ['Mrika', 'Gjoka', 'female', '1951-01-23', 'Gjegjan'],
  ['Pjetër', 'Doda', 'male', '1947-06-30', 'Rrapë'],
  ['Drande', 'Lleshi', 'female', '1950-12-05', 'Qelëz'],
  ['Kolë', 'Zefi', 'male', '1949-03-17', 'Fierzë'],
  ['Tereze', 'Marashi', 'female', '1952-08-08', 'Kçirë'],
  ['Nikollë', 'Bardhoku', 'male', '1946-02-14', 'Pukë'],
  ['Arben', 'Lleshaj', 'male', '1990-05-21', 'Pukë'],
  ['Valentina', 'Preçi', 'female', '1996-10-03', 'Qerret'],
];

const PUKE: ProviderSeed[] = [
  {
    name: 'Qendra Ditore Multifunksionale Pukë',
    kind: 'public',
    licence: ['MSHMS-L-2025-031', '2028-12-31'],
    settlement: 'Pukë',
    funding: 'social_fund',
    note: 'Fondi Social: MSHMS, donatorë, Bashkia Pukë',
    services: [
      {
        code: 'day_centre_elderly',
        capacity: 4,
        place: 'Lagjja Qendër, Pukë',
        active: [0, 1, 2, 3],
        waiting: [4, 5],
      },
      {
        code: 'day_centre_disability',
        capacity: 6,
        place: 'Lagjja Qendër, Pukë',
        active: [8, 9],
        waiting: [],
      },
    ],
  },
  {
    name: 'Qendra Sociale „Sot për të ardhmen”',
    kind: 'ngo',
    licence: ['MSHMS-L-2021-112', '2025-06-30'],
    settlement: 'Pukë',
    funding: 'donor',
    note: null,
    services: [{ code: 'half_day_service', capacity: 15, place: 'Pukë', active: [], waiting: [] }],
  },
  {
    name: 'Qendra e Gruas „Hapa të lehtë”',
    kind: 'ngo',
    licence: ['MSHMS-L-2024-077', '2027-03-31'],
    settlement: 'Pukë',
    funding: 'donor',
    note: 'Projekt i BE-së',
    services: [{ code: 'info_counselling', capacity: 40, place: 'Pukë', active: [6], waiting: [] }],
  },
  {
    name: 'Bashkia Pukë – Asistenca në shtëpi',
    kind: 'public',
    licence: ['MSHMS-L-2025-032', '2028-12-31'],
    settlement: 'Pukë',
    funding: 'municipality',
    note: null,
    services: [
      { code: 'in_family_care', capacity: 10, place: 'Njësitë administrative', active: [], waiting: [] },
    ],
  },
];

const PEJA: ProviderSeed[] = [
  {
    name: 'Qendra për Punë Sociale Pejë',
    kind: 'public',
    licence: ['MPMS-QPS-2023-019', '2027-12-31'],
    settlement: 'Pejë',
    funding: 'municipality',
    note: 'Nën-zyra në Gorazhdec',
    services: [
      { code: 'csw_counselling', capacity: 60, place: 'Pejë', active: [0, 1, 2], waiting: [] },
      { code: 'home_care', capacity: 3, place: 'Pejë dhe fshatrat', active: [3, 4, 5], waiting: [6, 7] },
    ],
  },
  {
    name: 'Qendra për Mirëqenien e Gruas – Strehimore',
    kind: 'ngo',
    licence: ['MPMS-LIC-2024-008', '2026-12-31'],
    settlement: 'Pejë',
    funding: 'ministry',
    note: 'Subvencione të MPMS-së sipas projekteve',
    services: [{ code: 'shelter_dv', capacity: 8, place: 'Adresë e mbrojtur', active: [], waiting: [] }],
  },
  {
    name: 'OJQ Ura e Shpresës',
    kind: 'ngo',
    licence: ['MPMS-LIC-2022-031', '2025-12-31'],
    settlement: 'Pejë',
    funding: 'municipality',
    note: null,
    services: [{ code: 'day_care_elderly', capacity: 10, place: 'Pejë', active: [], waiting: [] }],
  },
];

async function placeOf(trx: Kysely<Database>, code: string) {
  return trx.selectFrom('jurisdictions').select('id').where('code', '=', code).executeTakeFirst();
}

async function userId(trx: Kysely<Database>, username: string) {
  return (await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst())?.id;
}

async function pukePeople(trx: Kysely<Database>, jurisdictionId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [firstName, lastName, gender, dateOfBirth, settlement] of PUKE_PEOPLE) {
    const { personIds } = await writeHousehold(trx, {
      jurisdictionId,
      settlement,
      members: [
        personInput.parse(
          samplePerson({
            firstName,
            lastName,
            fatherName: gender === 'male' ? 'Ndue' : 'Gjergj',
            gender,
            dateOfBirth,
            // ordinary residents of Pukë served by social care, not returnees
            category: 'resident',
            countryReturnedFrom: null,
            arrivalDate: null,
            languages: ['sq'],
            identityDocuments: [{ type: 'id_card', held: true, number: `I${dateOfBirth.replace(/-/g, '')}` }],
          }),
        ),
      ],
      createdBy: null,
    });
    ids.push(personIds[0] ?? '');
  }
  return ids;
}

/** Writes providers, services and enrolments of one place; returns service ids by code. */
async function seedProviders(
  trx: Kysely<Database>,
  jurisdictionId: string,
  createdBy: string,
  providers: ProviderSeed[],
  people: string[],
  approvals: Map<string, string>,
): Promise<number> {
  const db = careServiceDb(trx);
  let enrolments = 0;
  for (const provider of providers) {
    const row = await db
      .insertInto('care_providers')
      .values({
        jurisdiction_id: jurisdictionId,
        name: provider.name,
        kind: provider.kind,
        licence_number: provider.licence?.[0] ?? null,
        licence_valid_until: provider.licence?.[1] ?? null,
        settlement: provider.settlement,
        address: null,
        funding_source: provider.funding,
        funding_note: provider.note,
        created_by: createdBy,
        updated_at: new Date('2026-01-15T09:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const service of provider.services) {
      const offered = await db
        .insertInto('care_provider_services')
        .values({
          provider_id: row.id,
          service_code: service.code,
          capacity: service.capacity,
          place: service.place,
          updated_at: new Date('2026-01-15T09:00:00Z'),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const entries = [
        ...service.active.map((index) => ({ index, active: true })),
        ...service.waiting.map((index) => ({ index, active: false })),
      ];
      for (const [order, entry] of entries.entries()) {
        const personId = people[entry.index];
        if (!personId) continue;
        const day = `2026-03-${String(2 + order).padStart(2, '0')}`;
        await db
          .insertInto('care_enrolments')
          .values({
            jurisdiction_id: jurisdictionId,
            person_id: personId,
            provider_service_id: offered.id,
            status: entry.active ? 'active' : 'waiting',
            requested_on: day,
            queued_at: new Date(`${day}T09:00:00Z`),
            started_on: entry.active ? '2026-04-01' : null,
            approval_item_id: approvals.get(`${personId}:${service.code}`) ?? null,
            created_by: createdBy,
            updated_at: new Date(`${day}T09:00:00Z`),
          })
          .execute();
        enrolments += 1;
      }
    }
  }
  return enrolments;
}

/** Pukë's decided list: six elderly and two persons with disabilities approved, one rejected. */
async function seedCouncilList(
  trx: Kysely<Database>,
  jurisdictionId: string,
  createdBy: string,
  people: string[],
  store: LocalDiskBlobStore,
): Promise<Map<string, string>> {
  const db = careServiceDb(trx);
  const list = await db
    .insertInto('council_approval_lists')
    .values({
      jurisdiction_id: jurisdictionId,
      title: 'Përfituesit e shërbimeve komunitare, tremujori I 2026',
      status: 'decided',
      submitted_at: new Date('2026-02-10T10:00:00Z'),
      council_decision_number: 'VKB nr. 14',
      council_decision_date: '2026-02-26',
      created_by: createdBy,
      created_at: new Date('2026-02-02T09:00:00Z'),
      updated_at: new Date('2026-02-26T15:00:00Z'),
      version: 4,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const proposals: [number, string, string | null][] = [
    ...[0, 1, 2, 3, 4, 5].map((i): [number, string, null] => [i, 'day_centre_elderly', null]),
    [7, 'day_centre_elderly', 'Nuk jeton vetëm dhe ka kujdes të mjaftueshëm familjar.'],
    [8, 'day_centre_disability', null],
    [9, 'day_centre_disability', null],
  ];
  const approvals = new Map<string, string>();
  for (const [position, [index, code, rejection]] of proposals.entries()) {
    const personId = people[index] ?? '';
    const [first, last] = PUKE_PEOPLE[index] ?? ['', ''];
    const item = await db
      .insertInto('council_approval_items')
      .values({
        list_id: list.id,
        position: position + 1,
        person_id: personId,
        care_case_id: null,
        service_code: code,
        provider_service_id: null,
        proposal_note: 'Vlerësimi i NJVNR-së dhe dokumentacioni sipas VKM 518/2018.',
        decision: rejection ? 'rejected' : 'approved',
        decision_reason: rejection,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (!rejection) approvals.set(`${personId}:${code}`, item.id);
    const bytes = demoPdf([
      `Vleresimi i nevojave - ${first} ${last}`,
      'NJVNR Puke, shkurt 2026',
      'VKM 518/2018',
    ]);
    const blob = await store.put(bytes);
    const document = await db
      .insertInto('documents')
      .values({
        jurisdiction_id: jurisdictionId,
        person_id: personId,
        case_id: null,
        submission_id: null,
        note: null,
        doc_type: 'other',
        series_id: item.id,
        file_name: `vleresimi-${position + 1}.pdf`,
        content_type: 'application/pdf',
        size_bytes: blob.size,
        sha256: blob.sha256,
        storage_key: blob.key,
        uploaded_by: createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('council_approval_item_documents')
      .values({ item_id: item.id, document_id: document.id })
      .execute();
  }
  return approvals;
}

/** Seeds the care-service demo once; a place not configured (no Pukë or no Peja) is skipped. */
export async function seedDemoCareServices(db: Db, documentsDir: string): Promise<{ enrolments: number }> {
  const store = new LocalDiskBlobStore(documentsDir);
  return db.kysely.transaction().execute(async (trx) => {
    const done = await trx
      .selectFrom('app_meta')
      .select('key')
      .where('key', '=', SEEDED_KEY)
      .executeTakeFirst();
    if (done) return { enrolments: 0 };
    let enrolments = 0;
    const puke = await placeOf(trx, 'AL-PUK');
    const pukeOfficer = await userId(trx, 'sss.puke');
    if (puke && pukeOfficer) {
      const people = await pukePeople(trx, puke.id);
      const approvals = await seedCouncilList(trx, puke.id, pukeOfficer, people, store);
      enrolments += await seedProviders(trx, puke.id, pukeOfficer, PUKE, people, approvals);
    }
    const peja = await placeOf(trx, 'XK-PEJ');
    const pejaWorker = await userId(trx, 'qps.peja');
    if (peja && pejaWorker) {
      // Persons the demo cases registered in Peja (adults, not sensitive), in a fixed order.
      const people = await careServiceDb(trx)
        .selectFrom('persons')
        .select('id')
        .where('jurisdiction_id', '=', peja.id)
        .where('merged_into', 'is', null)
        .where('sensitivity', '=', 'normal')
        .where('date_of_birth', '<', '2000-01-01')
        // The oldest first: home care and counselling go mostly to the elderly.
        .orderBy('date_of_birth')
        .orderBy('last_name')
        .orderBy('first_name')
        .orderBy('id')
        .limit(8)
        .execute();
      enrolments += await seedProviders(
        trx,
        peja.id,
        pejaWorker,
        PEJA,
        people.map((p) => p.id),
        new Map(),
      );
    }
    await trx
      .insertInto('app_meta')
      .values({ key: SEEDED_KEY, value: JSON.stringify('2026-01-15') })
      .execute();
    await appendAudit(trx, {
      action: 'system.seed_demo_care_services',
      outcome: 'ok',
      details: { enrolments },
    });
    return { enrolments };
  });
}

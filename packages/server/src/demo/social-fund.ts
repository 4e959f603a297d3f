import type { Kysely } from 'kysely';
import type { Db } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { appendAudit } from '../services/audit/trail.js';
import { socialFundDb, type SocialFundStatus, type SubsidySource } from '../storage/social-fund/tables.js';

// The Social Fund and subsidies of the demo. Pukë (lek): requests for the community centre and the
// disability day centre, approved for 2025 and submitted / still a draft for 2026, in the range of
// the social plan (118,578,657 lek over 2021–2023, about 40 million a year); UNDP funding the
// children's day centre of an NGO. Peja (EUR): the DMS subsidy line of €20,000 split between two
// NGOs, the shelter's MPMS project, a Mayor's Office subsidy and a donor. Providers are those of
// demo/care-services.ts (found by name; a missing one is skipped). Decision numbers, amounts and
// donors' projects are invented. Run once, guarded by its own marker.

const SEEDED_KEY = 'demo_social_fund_seeded_at';

interface RequestSeed {
  year: number;
  service: string;
  provider?: string;
  municipal: number;
  requested: number;
  status: SocialFundStatus;
  submittedOn?: string;
  approved?: { amount: number; number: string; date: string };
  note?: string;
}

interface SubsidySeed {
  provider?: string;
  recipientName?: string;
  source: SubsidySource;
  sourceName?: string;
  amount: number;
  from: string;
  to: string;
  purpose: string;
  service?: string;
  planned?: number;
  reached?: number;
  obligations?: string;
  reports?: [string, string][];
}

interface PlaceSeed {
  code: string;
  officer: string;
  currency: 'ALL' | 'EUR';
  requests: RequestSeed[];
  subsidies: SubsidySeed[];
}

const CENTRE = 'Qendra Ditore Multifunksionale Pukë';
const SOT = 'Qendra Sociale „Sot për të ardhmen”';
const SHELTER = 'Qendra për Mirëqenien e Gruas – Strehimore';
const URA = 'OJQ Ura e Shpresës';

const PLACES: PlaceSeed[] = [
  {
    code: 'AL-PUK',
    officer: 'sss.puke',
    currency: 'ALL',
    requests: [
      {
        year: 2025,
        service: 'community_centre',
        municipal: 3_000_000,
        requested: 14_500_000,
        status: 'approved',
        submittedOn: '2025-02-26',
        approved: { amount: 13_800_000, number: 'VKM nr. 147', date: '2025-03-26' },
      },
      {
        year: 2025,
        service: 'day_centre_disability',
        provider: CENTRE,
        municipal: 2_400_000,
        requested: 11_200_000,
        status: 'approved',
        submittedOn: '2025-02-26',
        approved: { amount: 11_200_000, number: 'VKM nr. 147', date: '2025-03-26' },
      },
      {
        year: 2026,
        service: 'community_centre',
        municipal: 3_300_000,
        requested: 15_000_000,
        status: 'submitted',
        submittedOn: '2026-02-27',
        note: 'Miratuar nga Këshilli Bashkiak me vendimin nr. 12, datë 20.02.2026.',
      },
      {
        year: 2026,
        service: 'day_centre_disability',
        provider: CENTRE,
        municipal: 2_600_000,
        requested: 11_800_000,
        status: 'draft',
      },
    ],
    subsidies: [
      {
        provider: SOT,
        source: 'donor',
        sourceName: 'UNDP – Programi Leave No One Behind',
        amount: 4_200_000,
        from: '2026-01-01',
        to: '2026-12-31',
        purpose:
          'Qendra ditore për fëmijët: stafi, ushqimi dhe transporti i fëmijëve nga njësitë administrative.',
        service: 'day_centre_children',
        planned: 20,
        reached: 14,
        obligations: 'Raport narrativ dhe financiar çdo gjashtë muaj për donatorin dhe bashkinë.',
        reports: [['2026-07-15', 'Raporti i gjashtëmujorit të parë: 14 fëmijë të pranuar.']],
      },
    ],
  },
  {
    code: 'XK-PEJ',
    officer: 'qps.peja',
    currency: 'EUR',
    requests: [
      {
        year: 2026,
        service: 'home_care',
        municipal: 18_000,
        requested: 42_000,
        status: 'submitted',
        submittedOn: '2026-03-10',
      },
    ],
    subsidies: [
      {
        provider: SHELTER,
        source: 'municipality',
        amount: 12_000,
        from: '2026-01-01',
        to: '2026-12-31',
        purpose: 'Bashkëfinancimi i strehimores nga DMS (linja e subvencioneve për OShC).',
        service: 'shelter_dv',
        planned: 30,
        obligations: 'Raport tremujor për DMS me numrin e viktimave të strehuara.',
        reports: [['2026-04-08', 'Raporti i tremujorit të parë: 7 gra dhe 9 fëmijë të strehuar.']],
      },
      {
        provider: URA,
        source: 'municipality',
        amount: 8_000,
        from: '2026-03-01',
        to: '2026-12-31',
        purpose: 'Kujdesi ditor për të moshuarit e vetmuar (linja e subvencioneve për OShC).',
        service: 'day_care_elderly',
        planned: 10,
        obligations: 'Raport gjashtëmujor për DMS.',
      },
      {
        provider: SHELTER,
        source: 'ministry_project',
        sourceName: 'MPMS – Subvencionimi i strehimoreve 2026',
        amount: 30_000,
        from: '2026-01-01',
        to: '2026-12-31',
        purpose: 'Strehimi, këshillimi psiko-social dhe ndihma juridike për viktimat e dhunës në familje.',
        service: 'shelter_dv',
        planned: 30,
        obligations: 'Raport financiar dhe narrativ për MPMS në fund të projektit.',
      },
      {
        recipientName: 'Shoqata e të Verbërve Pejë',
        source: 'mayor_office',
        amount: 3_500,
        from: '2026-05-01',
        to: '2026-10-31',
        purpose: 'Kurse të shkrimit Braille dhe shoqërimi i anëtarëve në shërbime.',
      },
      {
        provider: URA,
        source: 'donor',
        sourceName: 'Caritas – Kujdesi në shtëpi',
        amount: 15_000,
        from: '2026-01-01',
        to: '2026-12-31',
        purpose: 'Ndihmë në shtëpi dhe furnizim me ushqime për të moshuarit në fshatrat e Pejës.',
        planned: 25,
      },
    ],
  },
];

async function providerId(trx: Kysely<Database>, jurisdictionId: string, name: string | undefined) {
  if (!name) return null;
  const row = await socialFundDb(trx)
    .selectFrom('care_providers')
    .select('id')
    .where('jurisdiction_id', '=', jurisdictionId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.id ?? null;
}

async function seedPlace(trx: Kysely<Database>, seed: PlaceSeed): Promise<number> {
  const db = socialFundDb(trx);
  const place = await db
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', seed.code)
    .executeTakeFirst();
  const officer = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', seed.officer)
    .executeTakeFirst();
  if (!place || !officer) return 0;
  let rows = 0;
  for (const r of seed.requests) {
    await db
      .insertInto('social_fund_requests')
      .values({
        jurisdiction_id: place.id,
        year: r.year,
        service_code: r.service,
        provider_id: await providerId(trx, place.id, r.provider),
        currency: seed.currency,
        municipal_amount: r.municipal,
        requested_amount: r.requested,
        status: r.status,
        submitted_on: r.submittedOn ?? null,
        approved_amount: r.approved?.amount ?? null,
        decision_number: r.approved?.number ?? null,
        decision_date: r.approved?.date ?? null,
        note: r.note ?? null,
        created_by: officer.id,
        updated_at: new Date(),
      })
      .execute();
    rows++;
  }
  for (const s of seed.subsidies) {
    const provider = await providerId(trx, place.id, s.provider);
    // A provider the care-service demo did not create: the subsidy is skipped, not misattributed.
    if (s.provider && !provider) continue;
    const row = await db
      .insertInto('care_subsidies')
      .values({
        jurisdiction_id: place.id,
        year: Number(s.from.slice(0, 4)),
        provider_id: provider,
        recipient_name: provider ? null : (s.recipientName ?? null),
        source: s.source,
        source_name: s.sourceName ?? null,
        currency: seed.currency,
        amount: s.amount,
        period_from: s.from,
        period_to: s.to,
        purpose: s.purpose,
        service_code: s.service ?? null,
        beneficiaries_planned: s.planned ?? null,
        beneficiaries_reached: s.reached ?? null,
        reporting_obligations: s.obligations ?? null,
        created_by: officer.id,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [receivedOn, note] of s.reports ?? [])
      await db
        .insertInto('care_subsidy_reports')
        .values({ subsidy_id: row.id, received_on: receivedOn, note, recorded_by: officer.id })
        .execute();
    rows++;
  }
  return rows;
}

/** Seeds the Social Fund demo once; a place not configured (no Pukë or no Peja) is skipped. */
export async function seedDemoSocialFund(db: Db): Promise<{ rows: number }> {
  return db.kysely.transaction().execute(async (trx) => {
    const done = await trx
      .selectFrom('app_meta')
      .select('key')
      .where('key', '=', SEEDED_KEY)
      .executeTakeFirst();
    if (done) return { rows: 0 };
    let rows = 0;
    for (const place of PLACES) rows += await seedPlace(trx, place);
    await trx
      .insertInto('app_meta')
      .values({ key: SEEDED_KEY, value: JSON.stringify('2026-07-20') })
      .execute();
    await appendAudit(trx, { action: 'system.seed_demo_social_fund', outcome: 'ok', details: { rows } });
    return { rows };
  });
}

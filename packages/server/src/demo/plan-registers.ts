import { planRegisterData, type PlanRegisterInput } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { registerDb } from '../storage/plan-registers/tables.js';
import { storedData } from '../services/plan-registers/rows.js';

// Invented register entries for the demo plans of Peja and Kaçanik: the monitoring team named by
// a Mayor's decision, meetings, trainings, contacts, projects with their donors, risks and
// outreach in Roma, Ashkali and Egyptian settlements. People, decision numbers and projects are
// invented; institutions, donors and places are real.

interface PlanRegisterSeed {
  key: string;
  /** The plan coordinator who "wrote" the entries. */
  author: string;
  municipality: string;
  entries: PlanRegisterInput[];
}

const team = (
  decisionNumber: string,
  decisionDate: string,
  members: [string, string, 'chair' | 'deputy_chair' | 'member' | 'secretary'][],
): PlanRegisterInput[] =>
  members.map(([name, institution, teamRole]) => ({
    kind: 'team',
    name,
    institution,
    teamRole,
    decisionNumber,
    decisionDate,
    from: decisionDate,
  }));

const PEJA: PlanRegisterSeed = {
  key: 'peja-reintegration-2026-2028',
  author: 'plan.peja',
  municipality: 'XK-PEJ',
  entries: [
    ...team('01 Nr. 016-2026/0412', '2026-02-16', [
      ['Blerta Rugova', 'Kabineti i Kryetarit', 'chair'],
      ['Mimoza Berisha', 'Zyra Komunale për Komunitete dhe Kthim', 'deputy_chair'],
      ['Ardian Kelmendi', 'Qendra për Punë Sociale Pejë', 'member'],
      ['Hana Nikçi', 'Drejtoria Komunale e Arsimit', 'member'],
      ['Muhamet Lajçi', 'Zyra e Punësimit Pejë', 'member'],
      ['Luljeta Dreshaj', 'Zyra Komunale për Komunitete dhe Kthim', 'secretary'],
    ]),
    {
      kind: 'meeting',
      meetingType: 'monitoring_team',
      date: '2026-03-12',
      place: 'Komuna e Pejës, salla e Kabinetit',
      participants: [
        'Blerta Rugova (Kabineti i Kryetarit)',
        'Mimoza Berisha (ZKKK)',
        'Ardian Kelmendi (QPS)',
        'Hana Nikçi (DKA)',
        'Muhamet Lajçi (ZP)',
      ],
      caseIds: [],
      minutes:
        'Ekipi miratoi planin e punës për tremujorin e parë dhe formatin e raportit analitik për Kryetarin. U ra dakord që lista e rreziqeve të rishikohet në çdo takim.',
      decisions: 'Raporti i parë analitik dërgohet te Kryetari deri më 15 prill 2026.',
    },
    {
      kind: 'meeting',
      meetingType: 'case_conference',
      date: '2026-04-02',
      place: 'QPS Pejë',
      participants: ['Mimoza Berisha (ZKKK)', 'Teuta Gjoni (QPS, menaxhere rasti)', 'Hana Nikçi (DKA)'],
      caseIds: [],
      minutes:
        'U diskutuan familjet e kthyera në Vitomiricë me fëmijë pa dokumente shkollore: DKA organizon testimin e njohurive dhe regjistrimin në shkollë.',
      decisions: 'DKA njofton ZKKK-në për regjistrimin brenda dy javësh.',
    },
    {
      kind: 'meeting',
      meetingType: 'local_network',
      date: '2026-05-21',
      place: 'Qendra Kulturore, Pejë',
      participants: [
        'Mimoza Berisha (ZKKK)',
        'Ardian Kelmendi (QPS)',
        'Muhamet Lajçi (ZP)',
        'Gresa Hasani (OJQ Ura e Re)',
        'Dejan Milić (Zyra e komunitetit, Gorazhdec)',
      ],
      caseIds: [],
      minutes:
        'Takimi tremujor i rrjetit lokal: organizatat prezantuan projektet e tyre; u identifikua mbivendosje në trajnimet për plan biznesi.',
      decisions: 'Projektet e reja koordinohen me ZKKK-në para nisjes.',
    },
    {
      kind: 'training',
      topic: 'Vlerësimi i nevojave të familjeve (FVN) dhe plani individual i riintegrimit',
      date: '2026-03-25',
      organiser: 'Departamenti për Riintegrimin e Personave të Riatdhesuar (DRPR)',
      participantsCount: 14,
      participants: ['Mimoza Berisha', 'Teuta Gjoni', 'Ardian Kelmendi', 'Luljeta Dreshaj'],
      institutions: ['ZKKK Pejë', 'QPS Pejë', 'DKA Pejë'],
      hours: 12,
    },
    {
      kind: 'training',
      topic: 'Identifikimi dhe menaxhimi i rreziqeve në zbatimin e planit komunal',
      date: '2026-06-10',
      organiser: 'Ministria e Administrimit të Pushtetit Lokal',
      participantsCount: 9,
      participants: ['Blerta Rugova', 'Mimoza Berisha', 'Luljeta Dreshaj'],
      institutions: ['Kabineti i Kryetarit', 'ZKKK Pejë'],
      hours: 6,
    },
    ...[
      ['Arbnora Shala', 'Zyra e Gjendjes Civile Pejë', 'Zyrtare për regjistrim civil', ['sq', 'sr']],
      ['Gani Thaqi', 'Zyra e Punësimit Pejë', 'Këshilltar për punësim', ['sq', 'de']],
      ['Fikrije Ahmeti', 'Qendra Kryesore e Mjekësisë Familjare Pejë', 'Koordinatore e vaksinimit', ['sq']],
      ['Dejan Milić', 'Zyra e QPS-së në Gorazhdec', 'Punëtor social', ['sr', 'sq']],
      ['Senad Berisha', 'Ndërmjetësues komunitar (RAE)', 'Ndërmjetësues', ['sq', 'rom']],
      ['Gresa Hasani', 'OJQ Ura e Re', 'Drejtoreshë ekzekutive', ['sq', 'en']],
    ].map(([name, institution, position, languages], index): PlanRegisterInput => ({
      kind: 'contact',
      name: name as string,
      institution: institution as string,
      position: position as string,
      phone: `+383 44 20${index} 31${index}`,
      email: `kontakt${index + 1}@example.org`,
      languages: languages as ('sq' | 'sr' | 'de' | 'rom' | 'en')[],
    })),
    {
      kind: 'project',
      title: 'Ura drejt punës: vetëpunësim për të kthyerit',
      donor: 'GIZ',
      implementer: 'OJQ Ura e Re',
      from: '2026-01-01',
      to: '2027-12-31',
      budget: 180000,
      currency: 'EUR',
      services: 'Trajnime për plan biznesi, grante deri në 3.000 EUR, mentorim për 12 muaj',
      targetGroup: 'Të riatdhesuarit e papunë të regjistruar në ZP',
      scope: 'municipality',
    },
    {
      kind: 'project',
      title: 'Dokumente për çdo fëmijë',
      donor: 'UNICEF Kosovo',
      implementer: 'Qendra për Punë Sociale Pejë me ndërmjetësuesit komunitarë',
      from: '2026-03-01',
      to: '2026-12-31',
      budget: 25000,
      currency: 'EUR',
      services: 'Regjistrim civil i vonuar, përkthim dhe nostrifikim i dëftesave shkollore',
      targetGroup: 'Fëmijët e komuniteteve rom, ashkali dhe egjiptian',
      scope: 'settlements',
      settlements: 'Lagjja 7 Shtatori, Vitomiricë, Zahaq',
    },
    {
      kind: 'project',
      title: 'Ngrohtësi në shtëpi: riparime për familjet e kthyera',
      donor: 'Komuna e Pejës (buxheti komunal)',
      implementer: 'Drejtoria e Shëndetësisë dhe Mirëqenies Sociale',
      from: '2026-04-01',
      to: '2026-11-30',
      budget: 60000,
      currency: 'EUR',
      services: 'Riparim i kulmeve dhe dritareve, mobilim bazë',
      targetGroup: 'Familjet e kthyera me vendim të KKR-së',
      scope: 'municipality',
    },
    {
      kind: 'risk',
      description: 'Buxheti komunal për strehim social nuk mjafton për kërkesat e miratuara.',
      likelihood: 4,
      impact: 5,
      owner: 'Drejtoria e Buxhetit dhe Financave',
      mitigation: 'Kërkesë te donatorët dhe rishikim i buxhetit në tetor.',
      status: 'open',
    },
    {
      kind: 'risk',
      description: 'Familjet rom dhe egjiptiane nuk paraqiten te ZKKK pas kthimit.',
      likelihood: 3,
      impact: 4,
      owner: 'Zyra Komunale për Komunitete dhe Kthim',
      mitigation: 'Takime informuese në lagje me ndërmjetësuesit komunitarë; fletushka në gjuhën rome.',
      status: 'monitored',
    },
    {
      kind: 'risk',
      description: 'Qarkullimi i stafit në QPS ndërpret menaxhimin e rasteve.',
      likelihood: 2,
      impact: 4,
      owner: 'Qendra për Punë Sociale Pejë',
      mitigation: 'Dosje të plota në sistem dhe zëvendës i caktuar për çdo menaxher rasti.',
      status: 'open',
    },
    {
      kind: 'risk',
      description: 'Vonesa në përkthimin e njoftimeve në gjuhën serbe.',
      likelihood: 2,
      impact: 2,
      owner: 'Zyra për përkthim dhe lektorim',
      mitigation: 'Afat i brendshëm prej 3 ditësh për përkthim.',
      status: 'mitigated',
    },
    {
      kind: 'outreach',
      eventType: 'information_meeting',
      date: '2026-04-18',
      title: 'Të drejtat e të kthyerve dhe dokumentet personale',
      communities: ['egyptian', 'roma'],
      languages: ['sq', 'rom'],
      channel: 'community_mediator',
      place: 'Lagjja 7 Shtatori, Pejë',
      participantsCount: 42,
      caseIds: [],
    },
    {
      kind: 'outreach',
      eventType: 'door_to_door',
      date: '2026-05-06',
      title: 'Vizita shtëpi më shtëpi për regjistrimin e fëmijëve në shkollë',
      communities: ['ashkali', 'egyptian'],
      languages: ['sq'],
      channel: 'in_person',
      place: 'Vitomiricë',
      participantsCount: 27,
      caseIds: [],
    },
    {
      kind: 'outreach',
      eventType: 'leaflet',
      date: '2026-06-01',
      title: 'Fletushka: shërbimet për familjet e kthyera',
      communities: ['roma', 'ashkali', 'egyptian'],
      languages: ['sq', 'rom', 'sr'],
      channel: 'print',
      place: 'Zahaq, Brestovik, Lagjja 7 Shtatori',
      copies: 1500,
      caseIds: [],
    },
  ],
};

const KACANIK: PlanRegisterSeed = {
  key: 'kacanik-reintegration-2019-2022',
  author: 'plan.kacanik',
  municipality: 'XK-KAC',
  entries: [
    ...team('01 Nr. 016-2019/1187', '2019-11-04', [
      ['Besnik Sahiti', 'Kabineti i Kryetarit', 'chair'],
      ['Arben Krasniqi', 'Zyra Komunale për Komunitete dhe Kthim', 'member'],
      ['Valbona Gashi', 'Qendra për Punë Sociale Kaçanik', 'member'],
      ['Nazmi Ibishi', 'Drejtoria Komunale e Arsimit', 'member'],
      ['Drita Shabani', 'Zyra Komunale për Komunitete dhe Kthim', 'secretary'],
    ]),
    {
      kind: 'meeting',
      meetingType: 'monitoring_team',
      date: '2020-02-13',
      place: 'Komuna e Kaçanikut',
      participants: ['Besnik Sahiti', 'Arben Krasniqi (ZKKK)', 'Valbona Gashi (QPS)', 'Nazmi Ibishi (DKA)'],
      caseIds: [],
      minutes: 'Shqyrtim i zbatimit të planit për vitin 2019 dhe përgatitja e listës së rreziqeve.',
      decisions: 'ZKKK përgatit raportin analitik për Kryetarin deri në fund të marsit.',
    },
    {
      kind: 'meeting',
      meetingType: 'directorates',
      date: '2020-06-09',
      place: 'Komuna e Kaçanikut',
      participants: [
        'Arben Krasniqi (ZKKK)',
        'Lirije Morina (ZP)',
        'Nazmi Ibishi (DKA)',
        'Valbona Gashi (QPS)',
      ],
      caseIds: [],
      minutes: 'Takim mujor me drejtoritë: referimet e hapura dhe afatet për përgjigje.',
    },
    {
      kind: 'meeting',
      meetingType: 'donors',
      date: '2020-11-26',
      place: 'Online',
      participants: ['Besnik Sahiti', 'Arben Krasniqi (ZKKK)', 'Përfaqësues të donatorëve'],
      caseIds: [],
      minutes: 'Takimi vjetor me donatorët: nevojat për banim dhe punësim për vitin 2021.',
    },
    {
      kind: 'training',
      topic: 'Sistemi i menaxhimit të rasteve dhe referimet',
      date: '2020-03-03',
      organiser: 'DRPR',
      participantsCount: 8,
      participants: ['Arben Krasniqi', 'Valbona Gashi', 'Ilir Bajrami'],
      institutions: ['ZKKK Kaçanik', 'QPS Kaçanik'],
      hours: 8,
    },
    {
      kind: 'training',
      topic: 'Cikli i projektit dhe shkrimi i propozimeve për donatorë',
      date: '2021-05-19',
      organiser: 'OJQ Zëri i Kaçanikut',
      participantsCount: 11,
      participants: ['Drita Shabani', 'Arben Krasniqi'],
      institutions: ['ZKKK Kaçanik', 'Drejtoria e Bujqësisë'],
      hours: 10,
    },
    ...[
      ['Lirije Morina', 'Zyra e Punësimit Kaçanik', 'Këshilltare', ['sq']],
      ['Shpresa Hyseni', 'Komisioni Komunal për Riintegrim', 'Anëtare', ['sq']],
      ['Fatmir Rexhepi', 'Drejtoria e Bujqësisë dhe Zhvillimit Rural', 'Zyrtar për grante', ['sq', 'en']],
      ['Egzona Halili', 'Qendra e Aftësimit Profesional Ferizaj', 'Koordinatore', ['sq']],
      [
        'Driton Kastrati',
        'Policia e Kosovës, Stacioni Kaçanik',
        'Zyrtar i policimit në komunitet',
        ['sq', 'sr'],
      ],
      ['Burim Dauti', 'Koordinatori Rajonal i DRPR-së, Ferizaj', 'Koordinator rajonal', ['sq', 'de']],
    ].map(([name, institution, position, languages], index): PlanRegisterInput => ({
      kind: 'contact',
      name: name as string,
      institution: institution as string,
      position: position as string,
      phone: `+383 45 10${index} 27${index}`,
      languages: languages as ('sq' | 'sr' | 'de' | 'en')[],
    })),
    {
      kind: 'project',
      title: 'Grante bujqësore për familjet e kthyera në zonat rurale',
      donor: 'Zyra e Bashkimit Evropian në Kosovë',
      implementer: 'Shoqata e Fermerëve të Kaçanikut',
      from: '2020-04-01',
      to: '2021-09-30',
      budget: 95000,
      currency: 'EUR',
      services: 'Grante për pajisje bujqësore, fara dhe këshillim',
      targetGroup: 'Familjet e kthyera në fshatrat e Kaçanikut',
      scope: 'settlements',
      settlements: 'Stagovë, Doganaj, Runjevë',
    },
    {
      kind: 'project',
      title: 'Kurse gjuhe dhe mësim plotësues për fëmijët e kthyer',
      donor: 'Agjencia Zvicerane për Zhvillim dhe Bashkëpunim (SDC)',
      implementer: 'OJQ Zëri i Kaçanikut',
      from: '2020-09-01',
      to: '2022-06-30',
      budget: 40000,
      currency: 'EUR',
      services: 'Kurse të gjuhës shqipe dhe mësim plotësues pasdite',
      targetGroup: 'Nxënësit e kthyer me vështirësi në gjuhë',
      scope: 'municipality',
    },
    {
      kind: 'project',
      title: 'Subvencionim i pagës për punësimin e të kthyerve',
      donor: 'Ministria e Punëve të Brendshme (DRPR)',
      implementer: 'Zyra e Punësimit Kaçanik',
      from: '2021-01-01',
      to: '2021-12-31',
      budget: 30000,
      currency: 'EUR',
      services: 'Subvencionim i pagës për 6 muaj dhe trajnim në punë',
      targetGroup: 'Të riatdhesuarit e regjistruar si punëkërkues',
      scope: 'municipality',
    },
    {
      kind: 'risk',
      description: 'Mungesa e ndërtesave komunale të përshtatshme për strehim social.',
      likelihood: 4,
      impact: 4,
      owner: 'Drejtoria e Shërbimeve Publike',
      mitigation: 'Vlerësim i objekteve komunale dhe aplikim për fonde të ministrisë.',
      status: 'open',
    },
    {
      kind: 'risk',
      description: 'Të kthyerit nuk regjistrohen si punëkërkues dhe humbin skemat e punësimit.',
      likelihood: 3,
      impact: 3,
      owner: 'Zyra e Punësimit Kaçanik',
      mitigation: 'Referim i menjëhershëm nga ZKKK dhe njoftim me SMS për thirrjet.',
      status: 'monitored',
    },
    {
      kind: 'risk',
      description: 'Pandemia ndërpret vizitat në shtëpi brenda 72 orëve.',
      likelihood: 5,
      impact: 4,
      owner: 'Zyra Komunale për Komunitete dhe Kthim',
      mitigation: 'Intervista me telefon dhe vizitë e shtyrë me masa mbrojtëse.',
      status: 'mitigated',
    },
    {
      kind: 'risk',
      description: 'Mungesa e të dhënave për të kthyerit e paregjistruar.',
      likelihood: 3,
      impact: 2,
      owner: 'Zyra Komunale për Komunitete dhe Kthim',
      mitigation: 'Bashkëpunim me policimin në komunitet dhe shkollat për identifikim.',
      status: 'open',
    },
    {
      kind: 'outreach',
      eventType: 'information_meeting',
      date: '2020-07-15',
      title: 'Takim informues për skemat sociale dhe regjistrimin civil',
      communities: ['ashkali', 'roma'],
      languages: ['sq', 'rom'],
      channel: 'community_mediator',
      place: 'Kaçanik i Vjetër',
      participantsCount: 23,
      caseIds: [],
    },
    {
      kind: 'outreach',
      eventType: 'media',
      date: '2020-10-05',
      title: 'Emision në radio lokale për të drejtat e të kthyerve',
      communities: ['albanian', 'ashkali', 'roma'],
      languages: ['sq'],
      channel: 'local_radio',
      place: 'Kaçanik',
      caseIds: [],
    },
    {
      kind: 'outreach',
      eventType: 'door_to_door',
      date: '2021-04-20',
      title: 'Identifikimi i fëmijëve jashtë shkollës',
      communities: ['ashkali', 'egyptian'],
      languages: ['sq'],
      channel: 'in_person',
      place: 'Kaçanik, lagjet periferike',
      participantsCount: 16,
      caseIds: [],
    },
  ],
};

const SEEDS: PlanRegisterSeed[] = [PEJA, KACANIK];

/**
 * Writes the demo registers of Peja's and Kaçanik's plans (the ids by plan key; plans missing
 * from the map are skipped). Plans that already have entries are left alone, so it can run at
 * every start. Outreach events get the first demo cases of the municipality, when there are any,
 * as the cases identified afterwards. Returns the number of entries written.
 */
export async function seedPlanRegisters(
  db: Kysely<Database>,
  { planIdsByKey }: { planIdsByKey: Record<string, string> },
): Promise<number> {
  const rdb = registerDb(db);
  let written = 0;
  for (const seed of SEEDS) {
    const planId = planIdsByKey[seed.key];
    if (!planId) continue;
    const present = await rdb
      .selectFrom('plan_register_entries')
      .select('id')
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    if (present) continue;
    const author = await rdb
      .selectFrom('users')
      .select('id')
      .where('username', '=', seed.author)
      .executeTakeFirst();
    const cases = await rdb
      .selectFrom('cases as c')
      .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
      .select('c.id')
      .where('j.code', '=', seed.municipality)
      .where('c.sensitivity', '=', 'normal')
      .orderBy('c.number')
      .limit(3)
      .execute();
    let caseIndex = 0;
    for (const input of seed.entries) {
      const data = planRegisterData.parse(input);
      const row = await rdb
        .insertInto('plan_register_entries')
        .values({
          plan_id: planId,
          kind: data.kind,
          data: storedData(data),
          created_by: author?.id ?? null,
          updated_by: author?.id ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const linked = data.kind === 'outreach' ? cases[caseIndex++] : undefined;
      if (linked)
        await rdb
          .insertInto('plan_register_cases')
          .values({ entry_id: row.id, case_id: linked.id })
          .execute();
      written++;
    }
  }
  return written;
}

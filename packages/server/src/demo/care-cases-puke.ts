import type { CareRiskLevel } from '@vatra/core';
import { stories, who, type DemoAssessment } from './care-cases-compact.js';
import { PUKE_ASSISTANCE, PUKE_DAY_CENTRE, PUKE_WOMEN } from './care-cases-stories.js';

// Pukë's ordinary care cases for the demo, written compactly (care-cases-compact.ts expands them).

/** An old person living alone, housebound and chronically ill: the commonest case in the villages. */
export const elderlyAlone = (description: string, risk: CareRiskLevel, after: number): DemoAssessment => ({
  contact: { after, place: 'home' },
  situation: ['pension', 'lives_alone', 'housebound', 'chronic_illness'],
  description,
  needs: { care: ['home_care', 'health', 'socialisation'], health: 'high', psychosocial: 'medium' },
  risk: {
    level: risk,
    factors: ['isolation', 'serious_illness'],
    ...(risk === 'high'
      ? { rationale: 'Jeton vetëm, me sëmundje kronike dhe pa ndihmë të përditshme.' }
      : {}),
  },
});

const seasonalWork = 'U regjistrua si punëkërkues dhe mori një ofertë pune sezonale.';

/** Pukë: the municipality's sector (sss.puke) and, for the Gjegjan unit, its NJVNR (njvnr.gjegjan). */
export const PUKE_STORIES = stories([
  {
    person: who('Gjergj Marku', 'Pjetër', 'male', '1941-03-02', { vulnerability: ['elderly_alone'] }),
    settlement: 'Kçirë',
    channel: 'village_head',
    receivedBy: 'phone',
    referrer: { party: 'Kryetari i fshatit Kçirë' },
    targetGroups: ['elderly'],
    daysAgo: 290,
    summary: 'I moshuar që jeton vetëm; fëmijët janë emigrantë në Itali. Në dimër nuk del dot nga shtëpia.',
    assessment: elderlyAlone(
      'Jeton vetëm në një shtëpi përdhese; lëviz me vështirësi dhe vuan nga zemra. Fqinjët i sjellin ushqime.',
      'medium',
      6,
    ),
    plan: {
      after: 15,
      goal: 'Gjergji merr kujdes në shtëpi dhe kontrolle mjekësore të rregullta.',
      reviewAfter: 195,
      items: [{ code: 'in_family_care', level: 'local', note: 'Propozohet në listën e Këshillit Bashkiak.' }],
    },
    referrals: [
      {
        item: 1,
        provider: PUKE_ASSISTANCE,
        after: 20,
        reason: 'Asistencë në shtëpi dy herë në javë; pret miratimin e Këshillit Bashkiak.',
      },
    ],
  },
  {
    person: who('Marie Dedaj', 'Ndue', 'female', '1945-11-20', { vulnerability: ['elderly_alone'] }),
    settlement: 'Dedaj',
    channel: 'community_meeting',
    referrer: { party: 'Takimi komunitar në fshatin Dedaj' },
    targetGroups: ['elderly'],
    daysAgo: 260,
    summary: 'E identifikuar në takimin komunitar: e ve, jeton vetëm pa ngrohje të mjaftueshme.',
    assessment: elderlyAlone(
      'E ve prej tre vitesh, jeton vetëm; shtëpia nuk ngrohet mirë dhe pensioni nuk mjafton për dru zjarri.',
      'high',
      5,
    ),
    plan: {
      after: 12,
      goal: 'Marija nuk mbetet e izoluar dhe ka ndihmë për dokumentet dhe kujdesin ditor.',
      items: [
        { code: 'day_centre_elderly', level: 'local' },
        { code: 'info_counselling', level: 'local' },
      ],
    },
    referrals: [
      {
        item: 1,
        provider: PUKE_DAY_CENTRE,
        after: 14,
        reason: 'Pjesëmarrje në qendrën ditore tri herë në javë.',
        declined: [18, 'Nuk ka vend të lirë: katër vende të zëna dhe dy persona në listën e pritjes.'],
      },
      {
        item: 2,
        provider: PUKE_WOMEN,
        after: 20,
        reason: 'Këshillim dhe ndihmë për dokumentet e pensionit.',
        accepted: 22,
        enrol: true,
        followUp: [70, 'suits', 'Viziton qendrën një herë në javë; mori ndihmë për dokumentet e pensionit.'],
      },
    ],
  },
  {
    person: who('Prenk Lleshi', 'Gjon', 'male', '1979-06-14', { vulnerability: ['no_income'] }),
    household: [
      who('Mrika Lleshi', 'Zef', 'female', '1984-02-03', { relation: 'spouse' }),
      who('Gjon Lleshi', 'Prenk', 'male', '2010-09-12', { relation: 'child' }),
      who('Vera Lleshi', 'Prenk', 'female', '2014-04-25', { relation: 'child' }),
    ],
    settlement: 'Qerret',
    channel: 'walk_in',
    targetGroups: ['poor_families', 'job_seekers'],
    daysAgo: 240,
    summary: 'Familje me ndihmë ekonomike dhe tre fëmijë; babai kërkon punë pas mbylljes së sharrës.',
    assessment: {
      contact: { after: 7, place: 'office' },
      situation: ['economic_assistance', 'children_in_school'],
      description: 'Familja jeton me ndihmën ekonomike; asnjë i rritur nuk punon. Fëmijët ndjekin shkollën.',
      needs: { care: ['vocational', 'material'], income: 'high' },
      risk: { level: 'medium', factors: ['no_income'] },
    },
    plan: {
      after: 14,
      goal: 'Një i rritur i familjes punësohet ose ndjek një kurs profesional.',
      items: [{ code: 'employment_counselling', level: 'local', responsible: 'ZVP-AL-PUK' }],
    },
    referrals: [
      {
        item: 1,
        after: 15,
        reason: 'Regjistrim si punëkërkues dhe këshillim për punësim.',
        accepted: 21,
        followUp: [90, 'partly', seasonalWork],
      },
    ],
  },
  {
    person: who('Lule Prenga', 'Mark', 'female', '1983-08-09', { vulnerability: ['single_parent'] }),
    household: [
      who('Sara Prenga', 'Pal', 'female', '2011-01-17', { relation: 'child' }),
      who('Mario Prenga', 'Pal', 'male', '2016-05-30', { relation: 'child' }),
    ],
    settlement: 'Pukë',
    channel: 'phone_line',
    referrer: { party: 'Linja telefonike për referimin e rasteve sociale' },
    targetGroups: ['women', 'poor_families'],
    daysAgo: 200,
    summary: 'Nënë kryefamiljare me dy fëmijë; bashkëshorti ka emigruar dhe nuk dërgon ndihmë.',
    assessment: {
      contact: { after: 4, place: 'home' },
      situation: ['none', 'children_in_school'],
      description:
        'Nëna kujdeset vetëm për dy fëmijë; pa të ardhura dhe pa ndihmë ekonomike, sepse kërkesa nuk është bërë.',
      needs: {
        care: ['administrative', 'vocational', 'psychosocial'],
        income: 'high',
        psychosocial: 'medium',
      },
      risk: { level: 'medium', factors: ['no_income'] },
    },
    plan: {
      after: 10,
      goal: 'Lulja aplikon për ndihmë ekonomike dhe gjen punë me kohë të pjesshme.',
      items: [
        { code: 'info_counselling', level: 'local' },
        { code: 'employment_counselling', level: 'local', responsible: 'ZVP-AL-PUK' },
      ],
    },
    referrals: [
      {
        item: 1,
        provider: PUKE_WOMEN,
        after: 11,
        reason: 'Këshillim ligjor për ndihmën ekonomike dhe detyrimin ushqimor të bashkëshortit.',
        accepted: 13,
        enrol: true,
        followUp: [45, 'suits', 'Kërkesa për ndihmë ekonomike u dorëzua; ndjek grupin e grave.'],
      },
      { item: 2, after: 11, reason: 'Punë me kohë të pjesshme, pranë shkollës së fëmijëve.', accepted: 20 },
    ],
  },
  {
    person: who('Arlind Gjoni', 'Pashk', 'male', '2012-10-05', { relation: 'child' }),
    household: [who('Drane Gjoni', 'Kolë', 'female', '1985-03-11', { relation: 'head' })],
    settlement: 'Mesul',
    channel: 'school',
    referrer: { party: 'Shkolla 9-vjeçare Mesul' },
    targetGroups: ['children', 'poor_families'],
    daysAgo: 180,
    summary: 'Mungesa të shpeshta në shkollë; djali punon me bagëtitë për të ndihmuar familjen.',
    assessment: {
      contact: { after: 8, place: 'home' },
      situation: ['agriculture', 'children_out_of_school'],
      description:
        'Familja jeton nga blegtoria; djali mungon në shkollë dy-tri ditë në javë gjatë stinës së kullotave.',
      needs: { care: ['psychosocial', 'material'], psychosocial: 'medium', income: 'medium' },
      risk: { level: 'medium', factors: ['child_at_risk', 'no_income'] },
    },
    plan: {
      after: 16,
      goal: 'Arlindi ndjek shkollën rregullisht dhe familja merr mbështetje.',
      items: [
        { code: 'info_counselling', level: 'local', responsible: 'NJMF-AL-PUK' },
        { code: 'day_centre_children', level: 'local', note: 'Pukë nuk ka ende qendër ditore për fëmijë.' },
      ],
    },
    referrals: [
      {
        item: 1,
        after: 17,
        reason: 'Këshillim për prindërit dhe ndjekje e frekuentimit me shkollën.',
        accepted: 19,
        followUp: [80, 'suits', 'Frekuentimi u përmirësua; nëna ndjek këshillimin.'],
      },
    ],
  },
  {
    person: who('Pjetër Zefi', 'Lekë', 'male', '1992-12-01', { vulnerability: ['disability'] }),
    settlement: 'Pukë',
    channel: 'health',
    referrer: { party: 'Qendra Shëndetësore Pukë' },
    targetGroups: ['disability'],
    daysAgo: 150,
    summary: 'I ri me aftësi të kufizuar intelektuale; pas vdekjes së nënës kujdeset për të motra.',
    assessment: {
      contact: { after: 5, place: 'home' },
      situation: ['disability_payment', 'disability_assessed'],
      description: 'Ka pagesë paaftësie; e motra punon dhe ai rri vetëm gjatë ditës pa asnjë veprimtari.',
      needs: { care: ['day_care', 'socialisation'], psychosocial: 'medium' },
      risk: { level: 'medium', factors: ['isolation'] },
    },
    plan: {
      after: 9,
      goal: 'Pjetri ndjek qendrën ditore dhe fiton shprehi të jetës së pavarur.',
      items: [{ code: 'day_centre_disability', level: 'local' }],
    },
    referrals: [
      {
        item: 1,
        provider: PUKE_DAY_CENTRE,
        after: 10,
        reason: 'Vend në qendrën ditore; propozohet në listën e ardhshme të Këshillit Bashkiak.',
      },
    ],
  },
  {
    person: who('Drande Marashi', 'Gjokë', 'female', '1950-07-07', { vulnerability: ['elderly_alone'] }),
    settlement: 'Qelëz',
    channel: 'village_head',
    referrer: { party: 'Kryetari i fshatit Qelëz' },
    targetGroups: ['elderly'],
    daysAgo: 300,
    summary: 'Pensioni i ishte pezulluar për mungesë dokumentesh; jetonte vetëm.',
    assessment: {
      contact: { after: 5, place: 'home' },
      situation: ['none', 'lives_alone'],
      description:
        'Pensioni i pezulluar prej katër muajsh; ka ushqime nga fqinjët, shëndeti i mirë për moshën.',
      needs: { care: ['administrative'], income: 'high' },
      risk: { level: 'low', factors: ['no_income', 'isolation'] },
    },
    plan: {
      after: 12,
      goal: 'Pensioni rivendoset dhe Drandja nuk mbetet pa të ardhura.',
      items: [{ code: 'info_counselling', level: 'local' }],
    },
    referrals: [
      {
        item: 1,
        provider: PUKE_WOMEN,
        after: 13,
        reason: 'Ndihmë për dokumentet e pensionit në ISSH.',
        accepted: 15,
        followUp: [40, 'suits', 'Pensioni u rivendos me pagesat e prapambetura.'],
      },
    ],
    close: {
      after: 60,
      reason: 'Nevojat u plotësuan: pensioni u rivendos dhe e bija u kthye të jetojë me të.',
    },
  },
  {
    person: who('Nikollë Bardhi', 'Mhill', 'male', '1958-04-19'),
    settlement: 'Pukë',
    channel: 'police',
    referrer: { party: 'Komisariati i Policisë Pukë' },
    targetGroups: ['homeless'],
    daysAgo: 6,
    summary: 'Mbeti pa strehë pas zjarrit që dogji shtëpinë; tani fle te një kushëri.',
  },
  {
    person: who('Tereza Gjini', 'Pal', 'female', '1990-02-14', { vulnerability: ['single_parent'] }),
    household: [
      who('Kristian Gjini', 'Ndrec', 'male', '2019-06-03', {
        relation: 'child',
        vulnerability: ['disability'],
      }),
    ],
    settlement: 'Rrapë',
    channel: 'ngo',
    referrer: { party: PUKE_WOMEN },
    targetGroups: ['women', 'children_disability'],
    daysAgo: 12,
    summary: 'Nënë e vetme me një djalë me autizëm; kërkon ndërhyrje të hershme dhe ndihmë ekonomike.',
  },
  {
    person: who('Kolë Gjoka', 'Ndue', 'male', '1949-09-09', { vulnerability: ['disability'] }),
    settlement: 'Rrapë',
    channel: 'walk_in',
    targetGroups: ['elderly', 'disability'],
    daysAgo: 30,
    summary: 'Erdhi me të birin: pas një goditjeje në tru lëviz me karrige me rrota.',
    assessment: {
      contact: { after: 8, place: 'home' },
      situation: ['pension', 'disability_not_assessed', 'housebound', 'chronic_illness'],
      description:
        'Jeton me të birin dhe nusen; ka nevojë për vlerësim nga komisioni mjekësor për pagesën e paaftësisë.',
      needs: { care: ['administrative', 'health'], health: 'medium' },
      risk: { level: 'low', factors: ['serious_illness'] },
    },
  },
  {
    person: who('Mark Pali', 'Gjergj', 'male', '1975-01-28', { vulnerability: ['no_income'] }),
    settlement: 'Pukë',
    channel: 'walk_in',
    declaredReturnee: true,
    targetGroups: ['poor_families', 'job_seekers'],
    daysAgo: 120,
    summary: 'U kthye nga Greqia pas njëzet vjetësh emigrim; pa punë dhe pa banesë të vetën.',
    assessment: {
      contact: { after: 6, place: 'office' },
      situation: ['none', 'lives_alone'],
      description:
        'Emigrant i kthyer; jeton në shtëpinë e prindërve të ndjerë, pa të ardhura. Ka përvojë në ndërtim.',
      needs: { care: ['vocational', 'administrative'], income: 'high', housing: 'low' },
      risk: { level: 'medium', factors: ['no_income'] },
    },
    plan: {
      after: 13,
      goal: 'Marku punësohet dhe regjistrohet në gjendjen civile të Pukës.',
      items: [{ code: 'employment_counselling', level: 'local', responsible: 'ZVP-AL-PUK' }],
    },
    referrals: [
      {
        item: 1,
        after: 14,
        reason: 'Regjistrim si punëkërkues; përvojë në ndërtim.',
        declined: [25, 'Mungon vërtetimi i vendbanimit; të riparaqitet pas regjistrimit në gjendjen civile.'],
      },
      {
        item: 1,
        after: 40,
        reason: 'Riparaqitje pas regjistrimit në gjendjen civile.',
        accepted: 48,
        followUp: [100, 'suits', 'U punësua me kontratë sezonale në pyjore.'],
      },
    ],
  },
  {
    person: who('Tone Gega', 'Prend', 'female', '1939-05-16', { vulnerability: ['elderly_alone'] }),
    settlement: 'Pukë',
    channel: 'other',
    referrer: { party: 'Famullia e Pukës' },
    targetGroups: ['elderly'],
    daysAgo: 45,
    summary: 'Famullia njofton se e moshuara nuk del më nga shtëpia dhe nuk ka njeri pranë.',
    assessment: elderlyAlone(
      'Jeton vetëm në katin e tretë pa ashensor; nuk del dot nga shtëpia, ka diabet dhe shikim të dobët.',
      'high',
      3,
    ),
    plan: {
      after: 10,
      goal: 'Tonja merr kujdes në shtëpi dhe nuk mbetet e izoluar.',
      items: [
        { code: 'in_family_care', level: 'local' },
        { code: 'day_centre_elderly', level: 'local', note: 'Në listën e pritjes kur të lirohet një vend.' },
      ],
    },
  },
]);

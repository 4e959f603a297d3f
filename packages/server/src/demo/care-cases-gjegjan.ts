import { stories, who } from './care-cases-compact.js';
import { elderlyAlone } from './care-cases-puke.js';
import { PUKE_ASSISTANCE, PUKE_DAY_CENTRE, PUKE_WOMEN } from './care-cases-stories.js';

// The Gjegjan unit's care cases for the demo: opened and worked by its NJVNR (njvnr.gjegjan) and
// lying in the unit's jurisdiction, so the unit sees them and Pukë's sector sees them too.

export const GJEGJAN_STORIES = stories([
  {
    person: who('Mhill Gjokaj', 'Kolë', 'male', '1944-01-10', { vulnerability: ['elderly_alone'] }),
    settlement: 'Gjegjan',
    unit: 'AL-PUK-GJE',
    channel: 'village_head',
    referrer: { party: 'Kryetari i fshatit Gjegjan' },
    targetGroups: ['elderly'],
    daysAgo: 230,
    summary: 'I moshuar i vetmuar në pjesën e sipërme të fshatit; rruga bllokohet në dimër.',
    assessment: elderlyAlone(
      'Jeton vetëm, dy kilometra larg qendrës së fshatit; furnizohet nga nipi një herë në javë.',
      'medium',
      4,
    ),
    plan: {
      after: 10,
      goal: 'Mhilli merr asistencë në shtëpi gjatë dimrit.',
      items: [{ code: 'in_family_care', level: 'local' }],
    },
    referrals: [
      {
        item: 1,
        provider: PUKE_ASSISTANCE,
        after: 11,
        reason: 'Asistencë në shtëpi nga nëntori deri në mars; pret miratimin e Këshillit Bashkiak.',
      },
    ],
  },
  {
    person: who('Fatime Hoxha', 'Ramadan', 'female', '1980-10-02', { vulnerability: ['single_parent'] }),
    household: [
      who('Besnik Hoxha', 'Sokol', 'male', '2009-03-15', { relation: 'child' }),
      who('Elira Hoxha', 'Sokol', 'female', '2013-12-08', { relation: 'child' }),
    ],
    settlement: 'Gjegjan',
    unit: 'AL-PUK-GJE',
    channel: 'community_meeting',
    referrer: { party: 'Takimi komunitar në njësinë administrative Gjegjan' },
    targetGroups: ['women', 'poor_families'],
    daysAgo: 170,
    summary: 'Grua kryefamiljare me dy fëmijë, me ndihmë ekonomike; kërkon punë.',
    assessment: {
      contact: { after: 6, place: 'home' },
      situation: ['economic_assistance', 'children_in_school'],
      description:
        'E ve me dy fëmijë në shkollë; ndihma ekonomike është e vetmja e ardhur. Ka punuar rrobaqepëse.',
      needs: { care: ['vocational', 'psychosocial'], income: 'high', psychosocial: 'low' },
      risk: { level: 'medium', factors: ['no_income'] },
    },
    plan: {
      after: 12,
      goal: 'Fatimja punësohet ose nis një veprimtari të vogël rrobaqepësie.',
      items: [
        { code: 'employment_counselling', level: 'local', responsible: 'ZVP-AL-PUK' },
        { code: 'info_counselling', level: 'local' },
      ],
    },
    referrals: [
      {
        item: 1,
        after: 13,
        reason: 'Kurs profesional rrobaqepësie dhe programet e nxitjes së punësimit.',
        accepted: 20,
        followUp: [75, 'partly', 'Ndjek kursin në Shkodër, por transporti i kushton shumë.'],
      },
      {
        item: 2,
        provider: PUKE_WOMEN,
        after: 13,
        reason: 'Grupi i mbështetjes për gratë kryefamiljare.',
        accepted: 16,
        enrol: true,
      },
    ],
  },
  {
    person: who('Ervin Shabani', 'Agron', 'male', '2015-07-21', {
      vulnerability: ['disability'],
      relation: 'child',
    }),
    household: [who('Agron Shabani', 'Ismet', 'male', '1982-05-05', { relation: 'head' })],
    settlement: 'Gjegjan',
    unit: 'AL-PUK-GJE',
    channel: 'health',
    referrer: { party: 'Qendra Shëndetësore Gjegjan' },
    targetGroups: ['children_disability'],
    daysAgo: 110,
    summary: 'Fëmijë me paralizë cerebrale, pa vlerësim nga komisioni dhe pa terapi.',
    assessment: {
      contact: { after: 7, place: 'home' },
      situation: [
        'agriculture',
        'disability_not_assessed',
        'housebound',
        'chronic_illness',
        'children_out_of_school',
      ],
      description: 'Djali nuk ndjek shkollën; familja nuk ka mjet për ta çuar në terapi në Shkodër.',
      needs: { care: ['health', 'day_care', 'administrative'], health: 'high' },
      risk: { level: 'medium', factors: ['serious_illness'] },
    },
    plan: {
      after: 14,
      goal: 'Ervini vlerësohet nga komisioni dhe merr terapi të rregullt.',
      items: [
        { code: 'early_intervention', level: 'regional' },
        { code: 'day_centre_disability', level: 'local' },
      ],
    },
    referrals: [
      {
        item: 2,
        provider: PUKE_DAY_CENTRE,
        after: 15,
        reason: 'Fizioterapi dhe veprimtari në qendrën ditore.',
        declined: [
          19,
          'Qendra pranon të rinj mbi 16 vjeç; fëmija ka nevojë për ndërhyrje të hershme në Shkodër.',
        ],
      },
    ],
  },
  {
    person: who('Gjon Lleshaj', 'Marash', 'male', '1951-11-30'),
    settlement: 'Gjegjan',
    unit: 'AL-PUK-GJE',
    channel: 'walk_in',
    targetGroups: ['elderly'],
    daysAgo: 3,
    summary: 'I ka vdekur bashkëshortja muajin e kaluar; kërkon ndihmë për jetesën e përditshme.',
  },
  {
    person: who('Zef Dodaj', 'Pjetër', 'male', '1938-02-22', { vulnerability: ['elderly_alone'] }),
    settlement: 'Gjegjan',
    unit: 'AL-PUK-GJE',
    channel: 'phone_line',
    referrer: { party: 'Linja telefonike për referimin e rasteve sociale' },
    targetGroups: ['elderly'],
    daysAgo: 280,
    summary: 'Fqinji telefonoi: i moshuari ka rënë dy herë në shtëpi dhe jeton vetëm.',
    assessment: elderlyAlone(
      'Jeton vetëm në fshat të largët pa rrugë të kalueshme në dimër; ka rënë dy herë në shtëpi.',
      'high',
      3,
    ),
    plan: {
      after: 8,
      goal: 'Zefi vendoset në një shërbim rezidencial të sigurt.',
      items: [{ code: 'residential_long_term', level: 'central', responsible: 'MSHMS-AL' }],
    },
    referrals: [
      {
        item: 1,
        after: 10,
        reason: 'Vendosje në qendër rezidenciale për të moshuar; familja jashtë vendit jep pëlqimin.',
        accepted: 40,
        followUp: [
          70,
          'suits',
          'U vendos në qendrën rezidenciale për të moshuar në Shkodër; përshtatet mirë.',
        ],
      },
    ],
    close: {
      after: 75,
      reason: 'U vendos në shërbim rezidencial jashtë bashkisë; rasti mbyllet në nivel vendor.',
    },
  },
  {
    person: who('Hajrie Kurti', 'Qazim', 'female', '1962-06-18', { vulnerability: ['disability'] }),
    settlement: 'Gjegjan',
    unit: 'AL-PUK-GJE',
    channel: 'village_head',
    referrer: { party: 'Kryetari i fshatit Gjegjan' },
    targetGroups: ['disability'],
    daysAgo: 25,
    summary: 'Grua me shikim të dobët që jeton me bashkëshortin e sëmurë.',
    assessment: {
      contact: { after: 5, place: 'home' },
      situation: ['disability_payment', 'disability_assessed'],
      description:
        'Ka pagesë për verbëri të pjesshme; bashkëshorti kujdeset për shtëpinë, por është vetë i sëmurë.',
      needs: { care: ['home_care'], health: 'low' },
      risk: { level: 'low', factors: [] },
    },
  },
]);

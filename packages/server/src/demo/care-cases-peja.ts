import { stories, who } from './care-cases-compact.js';
import { PEJA_CSW, PEJA_URA } from './care-cases-stories.js';

// Peja's ordinary care cases for the demo, all worked by the Centre for Social Work (qps.peja):
// two come from returnee cases the demo registered (the returnee flag is computed), the others
// from the channels the strategy names; a Serbian family in Gorazhdec is written in Serbian.

const FULL_HOME_CARE = 'Kapaciteti i plotë: tri vende të zëna dhe dy persona në listën e pritjes.';

export const PEJA_STORIES = stories([
  {
    person: { returneeCase: 0 },
    settlement: 'Pejë',
    channel: 'returnee_case',
    targetGroups: ['poor_families'],
    daysAgo: 210,
    summary: 'Familje e kthyer: pa të ardhura të rregullta pas përfundimit të ndihmës për riintegrim.',
    assessment: {
      contact: { after: 5, place: 'home' },
      situation: ['none', 'children_in_school'],
      description: 'Familja jeton me qira; ndihma për riintegrim ka mbaruar dhe asnjë i rritur nuk punon.',
      needs: {
        care: ['material', 'psychosocial', 'vocational'],
        income: 'high',
        housing: 'medium',
        psychosocial: 'low',
      },
      risk: { level: 'medium', factors: ['no_income'] },
    },
    plan: {
      after: 10,
      goal: 'Familja stabilizohet ekonomikisht dhe merr këshillim social.',
      items: [
        { code: 'csw_counselling', level: 'local' },
        { code: 'material_assistance', level: 'local', responsible: 'MUN-XK-PEJ' },
      ],
    },
    referrals: [
      {
        item: 1,
        provider: PEJA_CSW,
        after: 11,
        reason: 'Këshillim social për familjen pas kthimit.',
        accepted: 12,
        enrol: true,
        followUp: [60, 'suits', 'Familja ndjek takimet; prindërit janë regjistruar në Zyrën e Punësimit.'],
      },
      { item: 2, after: 11, reason: 'Asistencë materiale e njëhershme për qiranë e dimrit.', accepted: 30 },
    ],
  },
  {
    person: { returneeCase: 1 },
    settlement: 'Pejë',
    channel: 'returnee_case',
    targetGroups: ['children', 'women'],
    daysAgo: 95,
    summary: 'Fëmijët kanë vështirësi me gjuhën në shkollë; nëna ka nevojë për mbështetje psikosociale.',
    assessment: {
      contact: { after: 6, place: 'office' },
      situation: ['remittances', 'children_in_school'],
      description:
        'Fëmijët e lindur jashtë vendit nuk flasin mirë shqip; nëna është e ankthshme dhe e izoluar.',
      needs: { care: ['psychosocial', 'legal'], psychosocial: 'medium' },
      risk: { level: 'medium', factors: ['isolation'] },
    },
    plan: {
      after: 12,
      goal: 'Nëna merr mbështetje psikosociale dhe fëmijët mësim plotësues.',
      items: [{ code: 'psychosocial_legal', level: 'local', responsible: 'NGO-XK-PEJ-URA' }],
    },
    referrals: [
      {
        item: 1,
        after: 13,
        reason: 'Këshillim psikosocial për nënën dhe mësim plotësues i gjuhës për fëmijët.',
      },
    ],
  },
  {
    person: who('Radmila Stojanović', 'Milan', 'female', '1943-09-14', {
      community: 'serbian',
      languages: ['sr'],
      vulnerability: ['elderly_alone'],
    }),
    settlement: 'Gorazhdec',
    channel: 'community_meeting',
    referrer: { institution: 'ZKKK-XK-PEJ' },
    targetGroups: ['elderly'],
    daysAgo: 250,
    summary:
      'Starija žena živi sama u Goraždevcu; deca žive u Srbiji. Potrebna joj je pomoć u kući i nabavka namirnica.',
    assessment: {
      contact: { after: 5, place: 'home' },
      situation: ['pension', 'lives_alone', 'housebound', 'chronic_illness'],
      description:
        'Živi sama; teško se kreće i ne može sama da ode do prodavnice. Komšije joj povremeno pomažu.',
      needs: {
        care: ['home_care', 'socialisation', 'psychosocial'],
        health: 'medium',
        psychosocial: 'medium',
      },
      risk: { level: 'medium', factors: ['isolation', 'serious_illness'] },
    },
    plan: {
      after: 9,
      goal: 'Gospođa Stojanović dobija pomoć u kući i redovne posete.',
      items: [
        { code: 'home_care', level: 'local' },
        {
          code: 'csw_counselling',
          level: 'local',
          note: 'Posete službenika pod-kancelarije CSR u Goraždevcu.',
        },
      ],
    },
    referrals: [
      {
        item: 1,
        provider: PEJA_CSW,
        after: 10,
        reason: 'Pomoć u kući dva puta nedeljno.',
        declined: [14, FULL_HOME_CARE],
      },
      {
        item: 2,
        provider: PEJA_CSW,
        after: 20,
        reason: 'Redovne posete i savetovanje na srpskom jeziku.',
        accepted: 20,
        enrol: true,
        followUp: [90, 'partly', 'Posete pomažu, ali je i dalje potrebna pomoć u kući.'],
      },
    ],
  },
  {
    person: who('Sabaheta Mustafa', 'Bajram', 'female', '1986-04-03', {
      community: 'roma',
      languages: ['rom', 'sq'],
      vulnerability: ['single_parent', 'no_income'],
    }),
    household: [
      who('Elvis Mustafa', 'Nexhat', 'male', '2012-08-19', { community: 'roma', relation: 'child' }),
      who('Medina Mustafa', 'Nexhat', 'female', '2011-02-07', { community: 'roma', relation: 'child' }),
    ],
    settlement: 'Pejë (lagjja 7 Shtatori)',
    channel: 'school',
    referrer: { institution: 'DKA-XK-PEJ' },
    targetGroups: ['children', 'poor_families', 'women'],
    daysAgo: 160,
    summary: 'Dy fëmijë e kanë braktisur shkollën; familja jeton me ndihmë sociale dhe mbledhje metalesh.',
    assessment: {
      contact: { after: 7, place: 'home' },
      situation: ['economic_assistance', 'children_out_of_school'],
      description:
        'Nëna kryefamiljare me dy fëmijë që nuk shkojnë në shkollë; fëmijët mbledhin metale me të afërmit.',
      needs: { care: ['psychosocial', 'material', 'administrative'], income: 'high', psychosocial: 'high' },
      risk: {
        level: 'high',
        factors: ['child_at_risk', 'no_income'],
        rationale: 'Rrezik martese të hershme për vajzën 15-vjeçare; fëmijët punojnë në rrugë.',
      },
    },
    plan: {
      after: 14,
      goal: 'Fëmijët rikthehen në shkollë dhe familja merr mbështetje të vazhdueshme.',
      items: [
        { code: 'csw_counselling', level: 'local' },
        { code: 'resocialisation', level: 'local', responsible: 'NGO-XK-PEJ-URA' },
        { code: 'material_assistance', level: 'local', responsible: 'MUN-XK-PEJ' },
      ],
    },
    referrals: [
      {
        item: 1,
        provider: PEJA_CSW,
        after: 15,
        reason: 'Këshillim familjar dhe ndjekje e frekuentimit të shkollës.',
        accepted: 16,
        enrol: true,
        followUp: [70, 'partly', 'Djali u kthye në shkollë; vajza ende mungon shpesh.'],
      },
      {
        item: 2,
        after: 15,
        reason: 'Mësim plotësues dhe veprimtari pas shkollës për të dy fëmijët.',
        accepted: 25,
        followUp: [90, 'suits', 'Djali ndjek rregullisht mësimin plotësues dhe ka kaluar klasën.'],
      },
    ],
  },
  {
    person: who('Avdi Dervishi', 'Sadik', 'male', '1970-12-12', {
      community: 'egyptian',
      languages: ['sq'],
      vulnerability: ['no_income'],
    }),
    settlement: 'Vitomiricë',
    channel: 'village_head',
    referrer: { party: 'Kryetari i bashkësisë lokale Vitomiricë' },
    targetGroups: ['poor_families'],
    daysAgo: 35,
    summary: 'Familje me pesë anëtarë në një shtëpi të dëmtuar nga lagështia; pa të ardhura të rregullta.',
    assessment: {
      contact: { after: 4, place: 'home' },
      situation: ['none', 'children_in_school'],
      description: 'Babai punon me mëditje kur gjen; shtëpia ka lagështi dhe çatia pikon.',
      needs: { care: ['material', 'administrative'], housing: 'high', income: 'medium' },
      risk: { level: 'medium', factors: ['no_income'] },
    },
  },
  {
    person: who('Hajrija Kurtović', 'Redžep', 'female', '1946-03-27', {
      community: 'bosniak',
      languages: ['bs', 'sq'],
      vulnerability: ['disability', 'elderly_alone'],
    }),
    settlement: 'Raushiq',
    channel: 'health',
    referrer: { party: 'Qendra Kryesore e Mjekësisë Familjare Pejë' },
    targetGroups: ['elderly', 'disability'],
    daysAgo: 130,
    summary: 'E moshuar me amputim të këmbës pas diabetit; jeton vetëm në Raushiq.',
    assessment: {
      contact: { after: 6, place: 'home' },
      situation: ['pension', 'lives_alone', 'disability_assessed', 'housebound', 'chronic_illness'],
      description:
        'Lëviz me karrige me rrota; e bija vjen nga Rozhaja një herë në muaj. Ka nevojë për ndihmë të përditshme.',
      needs: { care: ['home_care', 'day_care', 'health'], health: 'high', psychosocial: 'medium' },
      risk: { level: 'medium', factors: ['isolation', 'serious_illness'] },
    },
    plan: {
      after: 10,
      goal: 'Hajrija merr ndihmë të përditshme dhe shoqërim.',
      items: [
        { code: 'day_care_elderly', level: 'local' },
        { code: 'csw_counselling', level: 'local' },
      ],
    },
    referrals: [
      {
        item: 1,
        provider: PEJA_URA,
        after: 11,
        reason: 'Qendër ditore me transport nga Raushiqi.',
        declined: [
          15,
          'Licenca e ofruesit ka skaduar; nuk pranohen përfitues të rinj deri në rinovimin e saj.',
        ],
      },
      {
        item: 2,
        provider: PEJA_CSW,
        after: 20,
        reason: 'Vizita të rregullta në shtëpi nga punëtori social.',
        accepted: 21,
        enrol: true,
      },
    ],
  },
  {
    person: who('Blerim Kelmendi', 'Fadil', 'male', '1998-05-08', { languages: ['sq'] }),
    settlement: 'Pejë',
    channel: 'police',
    referrer: { party: 'Stacioni Policor Pejë' },
    targetGroups: ['youth', 'substance_users'],
    daysAgo: 70,
    summary: 'I ri i ndaluar disa herë për përdorim narkotikësh; familja kërkon ndihmë.',
    assessment: {
      contact: { after: 5, place: 'office' },
      situation: ['none'],
      description: 'Jeton me prindërit; i papunë që pas shkollës së mesme; pranon të ndjekë një program.',
      needs: {
        care: ['psychosocial', 'vocational', 'socialisation'],
        psychosocial: 'high',
        income: 'medium',
      },
      risk: { level: 'medium', factors: [] },
    },
    plan: {
      after: 10,
      goal: 'Blerimi ndjek një program risocializimi dhe një kurs profesional.',
      items: [
        { code: 'resocialisation', level: 'local', responsible: 'NGO-XK-PEJ-URA' },
        { code: 'day_care_youth', level: 'local', note: 'Peja nuk ka ende qendër ditore për të rinjtë.' },
      ],
    },
  },
  {
    person: who('Shqipe Gashi', 'Rexhep', 'female', '1955-10-21', { languages: ['sq'] }),
    settlement: 'Zahaq',
    channel: 'phone_line',
    referrer: { party: 'Linja telefonike e QPS-së Pejë' },
    targetGroups: ['elderly'],
    daysAgo: 15,
    summary: 'Fqinja telefonoi: e moshuara jeton vetëm dhe nuk ka ngrohje për dimër.',
  },
  {
    person: who('Driton Hoxha', 'Ilaz', 'male', '2001-01-19', {
      languages: ['sq'],
      vulnerability: ['disability'],
    }),
    settlement: 'Pejë',
    channel: 'ngo',
    referrer: { institution: 'NGO-XK-PEJ-URA' },
    targetGroups: ['disability', 'job_seekers'],
    daysAgo: 20,
    summary: 'I ri me aftësi të kufizuar fizike; kërkon punë sipas kuotës ligjore të punësimit.',
  },
  {
    person: who('Nazmije Rama', 'Hasan', 'female', '1950-06-02', {
      languages: ['sq'],
      vulnerability: ['elderly_alone'],
    }),
    settlement: 'Loxhë',
    channel: 'walk_in',
    targetGroups: ['elderly'],
    daysAgo: 270,
    summary: 'Kërkon ndihmë për dru zjarri dhe ushqime për dimër.',
    assessment: {
      contact: { after: 3, place: 'office' },
      situation: ['pension', 'lives_alone'],
      description: 'Pension bazë; shtëpia e vet, pa dru për dimër. Shëndet relativisht i mirë.',
      needs: { care: ['material'], income: 'medium' },
      risk: { level: 'low', factors: [] },
    },
    plan: {
      after: 7,
      goal: 'Nazmija e kalon dimrin me ngrohje dhe ushqime.',
      items: [{ code: 'material_assistance', level: 'local', responsible: 'MUN-XK-PEJ' }],
    },
    referrals: [
      {
        item: 1,
        after: 8,
        reason: 'Asistencë materiale e njëhershme: dru zjarri dhe pako ushqimore.',
        accepted: 20,
        followUp: [35, 'suits', 'Mori dru zjarri dhe ushqime për dimër.'],
      },
    ],
    close: { after: 50, reason: 'Asistenca materiale u dha; nuk ka nevoja të tjera aktuale.' },
  },
  {
    person: who('Ardit Berisha', 'Valon', 'male', '2011-11-11', { languages: ['sq'], relation: 'child' }),
    household: [
      who('Valon Berisha', 'Shaban', 'male', '1980-01-30', { languages: ['sq'], relation: 'head' }),
    ],
    settlement: 'Pejë',
    channel: 'school',
    referrer: { institution: 'DKA-XK-PEJ' },
    targetGroups: ['children'],
    daysAgo: 40,
    summary: 'Sjellje agresive në shkollë pas ndarjes së prindërve.',
    assessment: {
      contact: { after: 6, place: 'institution' },
      situation: ['work', 'children_in_school'],
      description:
        'Djali jeton me babanë; nëna është në Zvicër. Shkolla raporton grindje dhe mungesa të vogla.',
      needs: { care: ['psychosocial'], psychosocial: 'medium' },
      risk: { level: 'low', factors: ['child_at_risk'] },
    },
  },
  {
    person: who('Dragica Petrović', 'Dušan', 'female', '1960-08-08', {
      community: 'serbian',
      languages: ['sr'],
    }),
    household: [
      who('Zoran Petrović', 'Milorad', 'male', '1957-02-17', {
        community: 'serbian',
        languages: ['sr'],
        vulnerability: ['disability'],
        relation: 'spouse',
      }),
    ],
    settlement: 'Gorazhdec',
    channel: 'other',
    referrer: { party: 'Nën-zyra e QPS-së në Gorazhdec' },
    targetGroups: ['disability'],
    daysAgo: 55,
    summary: 'Suprug je posle moždanog udara nepokretan; supruga brine o njemu sama i iscrpljena je.',
    assessment: {
      contact: { after: 8, place: 'home' },
      situation: ['pension'],
      description: 'Supruga sama neguje nepokretnog supruga; nema odmora ni pomoći, deca žive u Kraljevu.',
      needs: { care: ['home_care', 'psychosocial'], psychosocial: 'medium', health: 'medium' },
      risk: { level: 'medium', factors: ['isolation'] },
    },
    plan: {
      after: 14,
      goal: 'Porodica dobija podršku u nezi i savetovanje za negovateljku.',
      items: [
        { code: 'home_care', level: 'local', note: 'Na listi čekanja kada se oslobodi mesto.' },
        { code: 'csw_counselling', level: 'local' },
      ],
    },
    referrals: [
      {
        item: 2,
        provider: PEJA_CSW,
        after: 15,
        reason: 'Savetovanje i podrška za negovateljku.',
        accepted: 15,
        enrol: true,
      },
    ],
  },
]);

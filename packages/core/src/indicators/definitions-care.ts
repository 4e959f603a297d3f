import type { LocalizedText } from '../config/schema.js';
import type { IndicatorDefinitionInput } from './schema.js';

// Computed indicators over social-care cases (issue 6): the counts the Pukë social plan and
// Peja's social-services strategy ask for — cases identified and referred, through the phone
// line, domestic-violence cases and victims served, children served, cases worked by an
// intersectoral group — counted from the casework by the day a case was opened.

const text = (sq: string, sr: string, en: string): LocalizedText => ({ sq, sr, en });

const opened = text('raste të hapura', 'otvoreni slučajevi', 'cases opened');

export const CARE_DEFINITIONS: IndicatorDefinitionInput[] = [
  {
    key: 'care.cases_opened',
    title: text(
      'Raste të kujdesit shoqëror të identifikuara',
      'Identifikovani slučajevi socijalne zaštite',
      'Social-care cases identified',
    ),
    definition: text(
      'Numri i rasteve të kujdesit shoqëror të hapura në periudhë, nga çdo kanal.',
      'Broj slučajeva socijalne zaštite otvorenih u periodu, iz bilo kog kanala.',
      'Number of social-care cases opened in the period, from any channel.',
    ),
    unit: 'count',
    numerator: { label: opened, source: 'care_cases' },
    denominator: null,
  },
  {
    key: 'care.cases_referred',
    title: text(
      'Raste të identifikuara dhe të referuara nga institucionet',
      'Slučajevi koje su identifikovale i uputile institucije',
      'Cases identified and referred by institutions',
    ),
    definition: text(
      'Rastet e hapura në periudhë që i solli dikush tjetër: një institucion, OJQ, kryetari i fshatit, linja telefonike ose një rast i riatdhesimit.',
      'Slučajevi otvoreni u periodu koje je doneo neko drugi: institucija, NVO, predsednik sela, telefonska linija ili slučaj povratka.',
      'Cases opened in the period that someone else brought: an institution, an NGO, a village head, the phone line or a returnee case.',
    ),
    unit: 'count',
    numerator: {
      label: text('raste të referuara', 'upućeni slučajevi', 'referred cases'),
      source: 'care_cases',
      where: [{ field: 'referred', op: 'is', value: true }],
    },
    denominator: null,
  },
  {
    key: 'care.cases_phone_line',
    title: text(
      'Raste të referuara përmes linjës telefonike',
      'Slučajevi upućeni preko telefonske linije',
      'Cases referred through the phone line',
    ),
    definition: text(
      'Rastet e hapura në periudhë që erdhën përmes linjës telefonike të referimit.',
      'Slučajevi otvoreni u periodu koji su stigli preko telefonske linije za upućivanje.',
      'Cases opened in the period that came in through the referral phone line.',
    ),
    unit: 'count',
    numerator: {
      label: text(
        'raste nga linja telefonike',
        'slučajevi sa telefonske linije',
        'cases from the phone line',
      ),
      source: 'care_cases',
      where: [{ field: 'channel', op: 'eq', value: 'phone_line' }],
    },
    denominator: null,
  },
  {
    key: 'care.dv_cases',
    title: text(
      'Raste të denoncuara të dhunës në familje',
      'Prijavljeni slučajevi nasilja u porodici',
      'Reported domestic-violence cases',
    ),
    definition: text(
      'Rastet e dhunës në familje të hapura në periudhë.',
      'Slučajevi nasilja u porodici otvoreni u periodu.',
      'Domestic-violence cases opened in the period.',
    ),
    unit: 'count',
    numerator: {
      label: text('raste të dhunës në familje', 'slučajevi nasilja u porodici', 'domestic-violence cases'),
      source: 'care_cases',
      where: [{ field: 'dv', op: 'is', value: true }],
    },
    denominator: null,
  },
  {
    key: 'care.dv_victims_served',
    title: text(
      'Viktima të dhunës në familje të mbështetura me shërbime',
      'Žrtve nasilja u porodici podržane uslugama',
      'Domestic-violence victims supported with services',
    ),
    definition: text(
      'Personat e rasteve të dhunës në familje të hapura në periudhë që kanë marrë një shërbim (vend në shërbim ose referim i pranuar); çdo person numërohet një herë.',
      'Lica iz slučajeva nasilja u porodici otvorenih u periodu koja su dobila uslugu (mesto u usluzi ili prihvaćeno upućivanje); svako lice se računa jednom.',
      'Persons of the domestic-violence cases opened in the period who received a service (a place in a service or an accepted referral); each person counted once.',
    ),
    unit: 'count',
    numerator: {
      label: text('viktima të mbështetura', 'podržane žrtve', 'victims supported'),
      source: 'care_cases',
      where: [
        { field: 'dv', op: 'is', value: true },
        { field: 'served', op: 'is', value: true },
      ],
      distinct: 'person_id',
    },
    denominator: null,
  },
  {
    key: 'care.children_served',
    title: text(
      'Fëmijë që kanë marrë shërbime',
      'Deca koja su dobila usluge',
      'Children who received services',
    ),
    definition: text(
      'Fëmijët e rasteve të hapura në periudhë që kanë marrë një shërbim; çdo fëmijë numërohet një herë.',
      'Deca iz slučajeva otvorenih u periodu koja su dobila uslugu; svako dete se računa jednom.',
      'Children of the cases opened in the period who received a service; each child counted once.',
    ),
    unit: 'count',
    numerator: {
      label: text('fëmijë të shërbyer', 'deca koja su dobila usluge', 'children served'),
      source: 'care_cases',
      where: [
        { field: 'child', op: 'is', value: true },
        { field: 'served', op: 'is', value: true },
      ],
      distinct: 'person_id',
    },
    denominator: null,
  },
  {
    key: 'care.intersectoral',
    title: text(
      'Raste të menaxhuara me qasje ndërsektoriale',
      'Slučajevi vođeni međusektorskim pristupom',
      'Cases managed through the intersectoral approach',
    ),
    definition: text(
      'Rastet e hapura në periudhë që i ndjek një grup teknik ndërsektorial (dhuna në familje ose mbrojtja e fëmijëve).',
      'Slučajevi otvoreni u periodu koje prati međusektorska tehnička grupa (nasilje u porodici ili zaštita dece).',
      'Cases opened in the period that an intersectoral technical group works (domestic violence or child protection).',
    ),
    unit: 'count',
    numerator: {
      label: text('raste me grup teknik', 'slučajevi sa tehničkom grupom', 'cases with a technical group'),
      source: 'care_cases',
      where: [{ field: 'intersectoral', op: 'is', value: true }],
    },
    denominator: null,
  },
  {
    key: 'care.served',
    title: text(
      'Raste ku individi është mbështetur me shërbime',
      'Slučajevi u kojima je osoba podržana uslugama',
      'Cases in which the person was supported with services',
    ),
    definition: text(
      'Rastet e hapura në periudhë ku personi ka marrë një shërbim (vend në shërbim ose referim i pranuar).',
      'Slučajevi otvoreni u periodu u kojima je osoba dobila uslugu (mesto u usluzi ili prihvaćeno upućivanje).',
      'Cases opened in the period in which the person received a service (a place in a service or an accepted referral).',
    ),
    unit: 'count',
    numerator: {
      label: text('raste me shërbim', 'slučajevi sa uslugom', 'cases with a service'),
      source: 'care_cases',
      where: [{ field: 'served', op: 'is', value: true }],
    },
    denominator: null,
  },
  {
    key: 'care.assessed_share',
    title: text('Raste të vlerësuara', 'Procenjeni slučajevi', 'Cases assessed'),
    definition: text(
      'Përqindja e rasteve të hapura në periudhë për të cilat është regjistruar vlerësimi i nevojave dhe i rrezikut.',
      'Procenat slučajeva otvorenih u periodu za koje je uneta procena potreba i rizika.',
      'Share of the cases opened in the period with a needs and risk assessment recorded.',
    ),
    unit: 'percent',
    numerator: {
      label: text('raste të vlerësuara', 'procenjeni slučajevi', 'cases assessed'),
      source: 'care_cases',
      where: [{ field: 'assessed', op: 'is', value: true }],
    },
    denominator: { label: opened, source: 'care_cases' },
  },
  {
    key: 'care.returnee_cases',
    title: text(
      'Raste të kujdesit shoqëror të të riatdhesuarve',
      'Slučajevi socijalne zaštite povratnika',
      'Social-care cases of returnees',
    ),
    definition: text(
      'Rastet e kujdesit shoqëror të hapura në periudhë për persona që kanë një rast riatdhesimi.',
      'Slučajevi socijalne zaštite otvoreni u periodu za lica koja imaju slučaj povratka.',
      'Social-care cases opened in the period for persons who have a returnee case.',
    ),
    unit: 'count',
    numerator: {
      label: text('raste të të riatdhesuarve', 'slučajevi povratnika', 'returnee cases'),
      source: 'care_cases',
      where: [{ field: 'returnee', op: 'is', value: true }],
    },
    denominator: null,
  },
];

import type { IndicatorDefinitionInput } from './schema.js';
import { text, MUNICIPAL_TYPES, municipalList, once } from './definitions-labels.js';

// The shipped computed indicators of referrals (definitions.ts gathers all of them): referrals
// sent and answered, cases and persons referred, and persons per destination institution.

/** "Persons referred to <destination>": one definition per destination institution type. */
function referredTo(
  type: string,
  suffix: string,
  names: { sqTitle: string; sq: string; srTitle: string; sr: string; enTitle: string; en: string },
): IndicatorDefinitionInput {
  return {
    key: `referrals.persons_to_${suffix}`,
    title: text(
      `Persona të referuar në ${names.sqTitle}`,
      `Lica upućena ${names.srTitle}`,
      `Persons referred to ${names.enTitle}`,
    ),
    definition: text(
      `Numri i personave të referuar në ${names.sq} brenda periudhës${once.sq}`,
      `Broj lica upućenih ${names.sr} u periodu${once.sr}`,
      `Number of persons referred to ${names.en} in the period${once.en}`,
    ),
    unit: 'count',
    numerator: {
      label: text(
        `persona të referuar në ${names.sqTitle}`,
        `lica upućena ${names.srTitle}`,
        `persons referred to ${names.enTitle}`,
      ),
      source: 'referrals',
      where: [{ field: 'destination_type', op: 'eq', value: type }],
      distinct: 'person_id',
    },
    denominator: null,
  };
}

export const REFERRAL_DEFINITIONS: IndicatorDefinitionInput[] = [
  {
    key: 'referrals.sent',
    title: text('Referime të dërguara', 'Poslata upućivanja', 'Referrals sent'),
    definition: text(
      'Numri i referimeve të dërguara te institucionet brenda periudhës.',
      'Broj upućivanja poslatih institucijama u periodu.',
      'Number of referrals sent to institutions in the period.',
    ),
    unit: 'count',
    numerator: { label: text('referime', 'upućivanja', 'referrals'), source: 'referrals' },
    denominator: null,
  },
  {
    key: 'referrals.from_plan',
    title: text(
      'Kërkesa të parashtruara në bazë të planit individual',
      'Zahtevi podneti na osnovu individualnog plana',
      'Requests submitted on the basis of the individual plan',
    ),
    definition: text(
      'Numri i referimeve të dërguara brenda periudhës për një shërbim të planit individual (PIR/PII).',
      'Broj upućivanja poslatih u periodu za uslugu iz individualnog plana (IPR/IPI).',
      'Number of referrals sent in the period for a service of the individual plan (PIR/PII).',
    ),
    unit: 'count',
    numerator: {
      label: text('referime nga plani', 'upućivanja iz plana', 'referrals from the plan'),
      source: 'referrals',
      where: [{ field: 'from_plan', op: 'is', value: true }],
    },
    denominator: null,
  },
  {
    key: 'referrals.cases_referred',
    title: text('Raste të referuara', 'Upućeni slučajevi', 'Cases referred'),
    definition: text(
      'Numri i rasteve me së paku një referim të dërguar brenda periudhës (çdo rast numërohet një herë).',
      'Broj slučajeva sa najmanje jednim upućivanjem poslatim u periodu (svaki slučaj se računa jednom).',
      'Number of cases with at least one referral sent in the period (each case counted once).',
    ),
    unit: 'count',
    numerator: {
      label: text('raste të referuara', 'upućeni slučajevi', 'cases referred'),
      source: 'referrals',
      distinct: 'case_id',
    },
    denominator: null,
  },
  {
    key: 'referrals.persons_referred',
    title: text('Persona të referuar', 'Upućena lica', 'Persons referred'),
    definition: text(
      `Numri i personave të referuar te cilido institucion brenda periudhës${once.sq}`,
      `Broj lica upućenih bilo kojoj instituciji u periodu${once.sr}`,
      `Number of persons referred to any institution in the period${once.en}`,
    ),
    unit: 'count',
    numerator: {
      label: text('persona të referuar', 'upućena lica', 'persons referred'),
      source: 'referrals',
      distinct: 'person_id',
    },
    denominator: null,
  },
  {
    key: 'referrals.cases_to_municipal',
    title: text(
      'Raste të referuara te drejtoritë komunale',
      'Slučajevi upućeni opštinskim direkcijama',
      'Cases referred to municipal directorates',
    ),
    definition: text(
      `Numri i rasteve me së paku një referim te një drejtori, zyrë ose qendër komunale (${municipalList.sq}) të dërguar brenda periudhës (çdo rast numërohet një herë).`,
      `Broj slučajeva sa najmanje jednim upućivanjem opštinskoj direkciji, kancelariji ili centru (${municipalList.sr}) poslatim u periodu (svaki slučaj se računa jednom).`,
      `Number of cases with at least one referral to a municipal directorate, office or centre (${municipalList.en}) sent in the period (each case counted once).`,
    ),
    unit: 'count',
    numerator: {
      label: text('raste të referuara', 'upućeni slučajevi', 'cases referred'),
      source: 'referrals',
      where: [{ field: 'destination_type', op: 'in', values: MUNICIPAL_TYPES }],
      distinct: 'case_id',
    },
    denominator: null,
  },
  {
    key: 'referrals.persons_to_municipal',
    title: text(
      'Persona të referuar te drejtoritë komunale',
      'Lica upućena opštinskim direkcijama',
      'Persons referred to municipal directorates',
    ),
    definition: text(
      `Numri i personave të referuar te një drejtori, zyrë ose qendër komunale (${municipalList.sq}) brenda periudhës${once.sq}`,
      `Broj lica upućenih opštinskoj direkciji, kancelariji ili centru (${municipalList.sr}) u periodu${once.sr}`,
      `Number of persons referred to a municipal directorate, office or centre (${municipalList.en}) in the period${once.en}`,
    ),
    unit: 'count',
    numerator: {
      label: text('persona të referuar', 'upućena lica', 'persons referred'),
      source: 'referrals',
      where: [{ field: 'destination_type', op: 'in', values: MUNICIPAL_TYPES }],
      distinct: 'person_id',
    },
    denominator: null,
  },
  referredTo('ZGJC', 'civil_registry', {
    sqTitle: 'ZGJC',
    sq: 'Zyrën e Gjendjes Civile (ZGJC)',
    srTitle: 'službi civilnog statusa',
    sr: 'službi civilnog statusa (ZGJC)',
    enTitle: 'the civil registry',
    en: 'the Civil Registry Office (ZGJC)',
  }),
  referredTo('QPS', 'social_work', {
    sqTitle: 'QPS',
    sq: 'Qendrën për Punë Sociale (QPS)',
    srTitle: 'centru za socijalni rad',
    sr: 'centru za socijalni rad (QPS)',
    enTitle: 'the social work centre',
    en: 'the Centre for Social Work (QPS)',
  }),
  referredTo('ZP', 'employment', {
    sqTitle: 'Zyrën e Punësimit',
    sq: 'Zyrën e Punësimit (ZP)',
    srTitle: 'kancelariji za zapošljavanje',
    sr: 'kancelariji za zapošljavanje (ZP)',
    enTitle: 'the employment office',
    en: 'the Employment Office (ZP)',
  }),
  referredTo('DKA', 'education', {
    sqTitle: 'DKA',
    sq: 'Drejtorinë Komunale të Arsimit (DKA)',
    srTitle: 'opštinskoj direkciji za obrazovanje',
    sr: 'opštinskoj direkciji za obrazovanje (DKA)',
    enTitle: 'the education directorate',
    en: 'the Municipal Education Directorate (DKA)',
  }),
  referredTo('QAP', 'vocational_training', {
    sqTitle: 'QAP',
    sq: 'Qendrën e Aftësimit Profesional (QAP)',
    srTitle: 'centru za stručno osposobljavanje',
    sr: 'centru za stručno osposobljavanje (QAP)',
    enTitle: 'vocational training',
    en: 'the Vocational Training Centre (QAP)',
  }),
  referredTo('DSHMS', 'health', {
    sqTitle: 'DSHMS',
    sq: 'Drejtorinë e Shëndetësisë dhe Mirëqenies Sociale (DSHMS)',
    srTitle: 'direkciji za zdravstvo i socijalnu zaštitu',
    sr: 'direkciji za zdravstvo i socijalnu zaštitu (DSHMS)',
    enTitle: 'the health directorate',
    en: 'the Directorate of Health and Social Welfare (DSHMS)',
  }),
  referredTo('NGO', 'ngo', {
    sqTitle: 'OJQ',
    sq: 'organizatat joqeveritare',
    srTitle: 'nevladinim organizacijama',
    sr: 'nevladinim organizacijama',
    enTitle: 'NGOs',
    en: 'non-governmental organisations',
  }),
  referredTo('POLICE', 'police', {
    sqTitle: 'Policinë e Kosovës',
    sq: 'stacionin e Policisë së Kosovës',
    srTitle: 'Kosovskoj policiji',
    sr: 'stanici Kosovske policije',
    enTitle: 'the police',
    en: 'a Kosovo Police station',
  }),
  {
    key: 'referrals.answered_within_14_days',
    title: text(
      'Referime të përgjigjura brenda 14 ditëve',
      'Upućivanja sa odgovorom u roku od 14 dana',
      'Referrals answered within 14 days',
    ),
    definition: text(
      'Përqindja e referimeve të dërguara brenda periudhës të cilave institucioni pritës u është përgjigjur (i ka pranuar ose refuzuar) brenda 14 ditëve.',
      'Procenat upućivanja poslatih u periodu na koja je institucija primalac odgovorila (prihvatila ih ili odbila) u roku od 14 dana.',
      'Share of the referrals sent in the period that the receiving institution answered (accepted or declined) within 14 days.',
    ),
    unit: 'percent',
    numerator: {
      label: text(
        'referime të përgjigjura brenda 14 ditëve',
        'upućivanja sa odgovorom u roku',
        'referrals answered in time',
      ),
      source: 'referrals',
      where: [{ field: 'answered_within_14_days', op: 'is', value: true }],
    },
    denominator: {
      label: text('referime të dërguara', 'poslata upućivanja', 'referrals sent'),
      source: 'referrals',
    },
  },
];

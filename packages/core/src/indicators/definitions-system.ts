import type { IndicatorDefinitionInput } from './schema.js';
import { text, MUNICIPAL_TYPES, municipalList, once } from './definitions-labels.js';

// The shipped computed indicators of certificates, documents and the system itself
// (definitions.ts gathers all of them): corrections and institutions connected.

export const SYSTEM_DEFINITIONS: IndicatorDefinitionInput[] = [
  {
    key: 'certificates.persons',
    title: text(
      'Persona të pajisur me vërtetim të riatdhesimit',
      'Lica kojima je izdata potvrda o repatrijaciji',
      'Persons issued a certificate of repatriation',
    ),
    definition: text(
      `Numri i personave të cilëve ZKKK u ka lëshuar vërtetim të riatdhesimit brenda periudhës${once.sq}`,
      `Broj lica kojima je opštinska kancelarija za zajednice i povratak izdala potvrdu o repatrijaciji u periodu${once.sr}`,
      `Number of persons to whom the ZKKK issued a certificate of repatriation in the period${once.en}`,
    ),
    unit: 'count',
    numerator: {
      label: text('persona me vërtetim', 'lica sa potvrdom', 'persons certified'),
      source: 'certificates',
      distinct: 'person_id',
    },
    denominator: null,
  },
  {
    key: 'documents.uploaded',
    title: text('Dokumente të ngarkuara', 'Otpremljeni dokumenti', 'Documents uploaded'),
    definition: text(
      'Numri i dokumenteve të skanuara të ngarkuara në sistem brenda periudhës, përfshirë përmirësimet.',
      'Broj skeniranih dokumenata otpremljenih u sistem u periodu, uključujući ispravke.',
      'Number of scanned documents uploaded to the system in the period, corrections included.',
    ),
    unit: 'count',
    numerator: { label: text('dokumente', 'dokumenti', 'documents'), source: 'documents' },
    denominator: null,
  },
  {
    key: 'documents.corrected',
    title: text('Dokumente të përmirësuara', 'Ispravljeni dokumenti', 'Corrected documents'),
    definition: text(
      'Numri i dokumenteve të ngarkuara brenda periudhës si përmirësim i një dokumenti të mëparshëm (versioni 2 e tutje).',
      'Broj dokumenata otpremljenih u periodu kao ispravka ranijeg dokumenta (verzija 2 i dalje).',
      'Number of documents uploaded in the period as a correction of an earlier one (revision 2 onwards).',
    ),
    unit: 'count',
    numerator: {
      label: text('dokumente të përmirësuara', 'ispravljeni dokumenti', 'corrected documents'),
      source: 'documents',
      where: [{ field: 'is_correction', op: 'is', value: true }],
    },
    denominator: null,
  },
  {
    key: 'corrections.all',
    title: text(
      'Përmirësime dhe plotësime në sistem',
      'Ispravke i dopune u sistemu',
      'Corrections and completions in the system',
    ),
    definition: text(
      'Numri i përmirësimeve të bëra brenda periudhës: versione të reja të formularëve dhe të dokumenteve të ngarkuara.',
      'Broj ispravki unetih u periodu: nove verzije obrazaca i otpremljenih dokumenata.',
      'Number of corrections made in the period: new revisions of forms and of uploaded documents.',
    ),
    unit: 'count',
    numerator: { label: text('përmirësime', 'ispravke', 'corrections'), source: 'corrections' },
    denominator: null,
  },
  {
    key: 'institutions.connected',
    title: text(
      'Drejtori dhe zyra komunale të lidhura me sistemin',
      'Opštinske direkcije i kancelarije povezane sa sistemom',
      'Municipal directorates and offices connected to the system',
    ),
    definition: text(
      `Përqindja e drejtorive, zyrave dhe qendrave komunale aktive (${municipalList.sq}) që kanë së paku një përdorues aktiv në sistem; gjendja në ditën e fundit të periudhës.`,
      `Procenat aktivnih opštinskih direkcija, kancelarija i centara (${municipalList.sr}) koji imaju najmanje jednog aktivnog korisnika u sistemu; stanje poslednjeg dana perioda.`,
      `Share of the active municipal directorates, offices and centres (${municipalList.en}) with at least one active user in the system, as of the last day of the period.`,
    ),
    unit: 'percent',
    numerator: {
      label: text('të lidhura me sistemin', 'povezane sa sistemom', 'connected to the system'),
      source: 'institutions',
      where: [
        { field: 'type', op: 'in', values: MUNICIPAL_TYPES },
        { field: 'connected', op: 'is', value: true },
      ],
    },
    denominator: {
      label: text(
        'drejtori dhe zyra komunale',
        'opštinske direkcije i kancelarije',
        'municipal directorates and offices',
      ),
      source: 'institutions',
      where: [{ field: 'type', op: 'in', values: MUNICIPAL_TYPES }],
    },
  },
];

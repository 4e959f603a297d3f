import type { Catalog } from '../../catalog.js';

// Server messages about municipal action plans: status, edits, indicator values, spending, import.
export const actionPlans: Catalog['server']['actionPlans'] = {
  invalidTransition: 'Plan ne može da pređe iz „{{from}}” u „{{to}}”.',
  readOnly: 'Ovaj plan je evaluiran i više se ne može menjati.',
  indicatorComputed:
    'Ovaj indikator se izračunava iz rada na predmetima; uklonite vezu sa definicijom pre ručnog unosa vrednosti.',
  invalidPlan: 'Plan ima problema: {{count}}; svaki je naveden sa mestom na kome se nalazi.',
  problem: '{{message}}',
  adoptionRequired: 'Za usvajanje plana potrebni su organ koji ga je usvojio, broj odluke i njen datum.',
  keyChanged: 'Ključ plana ne može da se menja; kopirajte plan da biste napravili novi.',
  municipalityChanged: 'Opština plana ne može da se menja.',
  statusChanged: 'Status i usvajanje menjaju se samo preko „Promeni status”.',
  unknownDefinition: 'Ne postoji izračunati indikator sa ovim nazivom.',
  definitionUnit: 'Ova definicija meri u drugim jedinicama od indikatora (procenat naspram broja).',
  unknownRow: 'U planu ne postoji mera ili aktivnost sa ovom oznakom.',
  unknownScheme: 'Ovaj program nije u katalogu programa.',
  schemeLinkedElsewhere:
    'Ovaj program je već povezan sa redom {{row}} plana: jedno davanje se računa samo u jednom redu.',
  unknownStep: 'Plan nema takav godišnji korak.',
  yearOutsidePeriod: 'Godina mora biti u periodu plana, {{from}}–{{to}}.',
  periodOrder: 'Kraj perioda je pre njegovog početka.',
  evidenceNotOfPlan: 'Ovaj dokument nije dokaz otpremljen uz ovaj plan.',
  periodOutsidePlan: 'Period je van godina plana.',
  manualValue: 'Ručno uneo/la {{name}} dana {{date}}.',
  evidence: 'Dokaz: {{file}}.',
  status: {
    draft: 'nacrt',
    adopted: 'usvojen',
    in_implementation: 'u sprovođenju',
    evaluated: 'evaluiran',
  },
};

import type { LocalizedText } from '../config/schema.js';

// Words and lists several groups of the shipped definitions (definitions-*.ts) share, so that
// the same thing is named the same way in every definition.

export const text = (sq: string, sr: string, en: string): LocalizedText => ({ sq, sr, en });

export const casesRegistered = text('raste të regjistruara', 'registrovani slučajevi', 'cases registered');
export const vulnerableFamilies = text(
  'familje të cenueshme të kthyera ose me status të dhënë',
  'ranjive porodice vraćene ili sa dobijenim statusom',
  'vulnerable families returned or granted status',
);
/** The municipality's own directorates, offices and centres (the plans' "municipal directorates"). */
export const MUNICIPAL_TYPES = ['ZKKK', 'QPS', 'ZP', 'DKA', 'ZGJC', 'DSHMS', 'KKR', 'MUN'];
export const municipalList = text(
  'ZKKK, QPS, ZP, DKA, ZGJC, DSHMS, KKR, administrata komunale',
  'ZKKK, QPS, ZP, DKA, ZGJC, DSHMS, KKR, opštinska uprava',
  'ZKKK, QPS, ZP, DKA, ZGJC, DSHMS, KKR, municipal administration',
);
export const once = {
  sq: ' (çdo person numërohet një herë).',
  sr: ' (svako lice se računa jednom).',
  en: ' (each person counted once).',
};

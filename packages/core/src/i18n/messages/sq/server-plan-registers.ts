import type { Catalog } from '../../catalog.js';

// Server messages about the registers of an action plan.
export const planRegisters: Catalog['server']['planRegisters'] = {
  kindMismatch: 'Regjistrimi i përket një regjistri tjetër nga ai në adresë.',
  caseOutOfReach: 'Një nga rastet nuk ekziston ose nuk keni qasje në të.',
  caseOtherMunicipality: 'Një nga rastet i përket një komune tjetër, jo komunës së planit.',
  casesNotAllowed: 'Nuk mund të lidhni raste: roli juaj nuk ju lejon të shihni rastet.',
  endBeforeStart: 'Data e përfundimit është para datës së fillimit.',
  entryArchived: 'Ky regjistrim është arkivuar dhe nuk mund të ndryshohet më.',
};

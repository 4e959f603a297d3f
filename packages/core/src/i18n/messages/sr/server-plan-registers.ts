import type { Catalog } from '../../catalog.js';

// Server messages about the registers of an action plan.
export const planRegisters: Catalog['server']['planRegisters'] = {
  kindMismatch: 'Unos pripada drugom registru, a ne onom u adresi.',
  caseOutOfReach: 'Jedan od slučajeva ne postoji ili nemate pristup njemu.',
  caseOtherMunicipality: 'Jedan od slučajeva pripada drugoj opštini, a ne opštini plana.',
  casesNotAllowed: 'Ne možete povezivati slučajeve: vaša uloga ne dozvoljava čitanje slučajeva.',
  endBeforeStart: 'Datum završetka je pre datuma početka.',
  entryArchived: 'Ovaj unos je arhiviran i više se ne može menjati.',
};

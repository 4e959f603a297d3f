import type { Catalog } from '../../catalog.js';

// Field validation messages: shared by the server's answers and the web's forms, so they live
// apart from the rest of `server` and the browser's catalog (browser.ts) can take them alone.
export const fields: Catalog['server']['fields'] = {
  required: 'Obavezno.',
  tooShort: 'Najmanje {{min}} znakova.',
  tooLong: 'Najviše {{max}} znakova.',
  tooSmall: 'Najmanje {{min}}.',
  tooBig: 'Najviše {{max}}.',
  invalid: 'Nije ispravno.',
  invalidFormat: 'Pogrešan format.',
  invalidOption: 'Izaberite jednu od ponuđenih opcija.',
  invalidEmail: 'Neispravna adresa e-pošte.',
  invalidDate: 'Neispravan datum.',
  notNumber: 'Mora biti broj.',
  unknownField: 'Nepoznato polje.',
  nulCharacter:
    'Sadrži nevidljiv kontrolni znak (NUL) koji ne može da se sačuva. Uklonite ga i pokušajte ponovo.',
  tooFew: 'Izaberite najmanje {{min}}.',
  possibleDuplicate: 'Mogući duplikat upisane osobe.',
  oneHead: 'Tačno jedan član mora biti nosilac domaćinstva.',
};

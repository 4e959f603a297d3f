import type { Catalog } from '../../catalog.js';

// Server messages about uploaded documents.
export const documents: Catalog['server']['documents'] = {
  tooLarge: 'Datoteka je veća od {{max}} MB.',
  fileRequired: 'Izaberite datoteku za otpremanje.',
  unsupportedType:
    'Prihvataju se samo PDF, JPEG i PNG datoteke, a ova datoteka nije nijedna od njih, bez obzira na ime.',
  nameMismatch:
    'Ime datoteke pokazuje jednu vrstu, a njen sadržaj je druga (na primer PNG slika nazvana .pdf). Preimenujte datoteku ili otpremite pravu.',
  emptyFile: 'Datoteka je prazna.',
  oneFile: 'Otpremajte jednu po jednu datoteku.',
  notMultipart: 'Pošaljite dokument kao obrazac sa datotekom.',
  badForm: 'Otpremanje nije moglo da se pročita. Pokušajte ponovo.',
  caseOrPerson: 'Izaberite slučaj ili osobu kojoj dokument pripada.',
  personNotInCase: 'Ova osoba nije član domaćinstva ovog slučaja.',
  seriesMismatch:
    'Ispravka mora biti iste vrste i pripadati istom slučaju i istoj osobi kao dokument koji ispravlja.',
  contentMissing: 'Datoteka ovog dokumenta nije pronađena u skladištu. Obavestite administratora.',
  badRange: 'Datum završetka je pre datuma početka.',
};

import type { Catalog } from '../../catalog.js';

// Server messages about referrals of a case to an institution.
export const referrals: Catalog['server']['referrals'] = {
  invalidTransition: 'Radnja „{{action}}” nije moguća: upućivanje je {{status}}.',
  notReceiver: 'Samo institucija kojoj je upućivanje poslato može da odgovori na njega.',
  notParty: 'Upućivanje mogu da vide samo institucija koja ga je poslala i ona kojoj je poslato.',
  sameInstitution: 'Upućivanje mora da ide drugoj instituciji.',
  institutionInactive: 'Ova institucija više nije aktivna.',
  institutionOutOfReach: 'Ova institucija ne radi u opštini slučaja.',
  personNotInCase: 'Ovo lice nije član domaćinstva slučaja.',
  planItemNotInCase: 'Ova stavka ne pripada nacrtu ili odobrenom planu ovog slučaja.',
  unknownService: 'Ova usluga nije u katalogu usluga.',
  caseMismatch: 'Slučaj upućivanja nije slučaj ove stranice.',
  completedBeforeSent: 'Datum završetka je pre slanja upućivanja.',
  status: {
    sent: 'poslato',
    received: 'primljeno',
    accepted: 'prihvaćeno',
    declined: 'odbijeno',
    completed: 'završeno',
    withdrawn: 'povučeno',
  },
  action: {
    receive: 'Prijem',
    accept: 'Prihvatanje',
    decline: 'Odbijanje',
    complete: 'Završavanje',
    withdraw: 'Povlačenje',
  },
};

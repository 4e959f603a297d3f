import type { Catalog } from '../../catalog.js';

// Server messages about the care-service basket: providers, places, waiting lists, Council lists.
export const careServices: Catalog['server']['careServices'] = {
  atCapacity:
    'Usluga je popunjena: zauzeto je {{occupied}} od {{capacity}} mesta. Stavite osobu na listu čekanja.',
  queueAhead:
    'Na ovu uslugu već čeka {{waiting}} osoba: slobodno mesto pripada prvoj na listi. Stavite osobu na listu čekanja.',
  notFirstInQueue: 'Osoba je {{position}}. na listi čekanja: mesto pripada prvoj osobi koja čeka.',
  licenceExpired:
    'Licenca pružaoca {{provider}} je istekla {{validUntil}}: niko ne može biti primljen dok se ne obnovi.',
  noLicence: '{{provider}} nema evidentiranu licencu: niko ne može biti primljen dok se ne evidentira.',
  providerInactive: 'Ovaj pružalac ili usluga više nije aktivan.',
  councilApprovalNeeded:
    'Mesto u usluzi „{{service}}” zahteva odobrenje ove osobe od strane Opštinskog veća, a odobrenje nije evidentirano.',
  alreadyEnrolled: 'Osoba već ima mesto ili je na listi čekanja za ovu uslugu.',
  invalidTransition: 'Radnja „{{action}}” nije moguća: zapis je {{status}}.',
  action: {
    activate: 'Dodeli mesto',
    end: 'Završi',
    propose: 'Predloži korisnika',
    submit: 'Pošalji Veću',
    decide: 'Evidentiraj odluku Veća',
  },
  status: {
    waiting: 'na listi čekanja',
    active: 'u usluzi',
    ended: 'završen',
    draft: 'nacrt',
    submitted: 'poslat Veću',
    decided: 'odlučen od strane Veća',
  },
  unknownService: 'Ova usluga nije u paketu usluga socijalne zaštite.',
  serviceNotInProvider: 'Pružalac ne pruža ovu uslugu.',
  serviceTaken: 'Pružalac već pruža ovu uslugu; izmenite njen kapacitet.',
  noApprovalNeeded: 'Korisnicima ove usluge nije potrebno odobrenje Veća.',
  personNotFound: 'Ova osoba ne postoji u registru.',
  caseNotOfPerson: 'Ovaj slučaj socijalne zaštite ne pripada ovoj osobi.',
  documentNotOfPerson: 'Svaki dokument mora biti dokument predložene osobe.',
  documentNotOfPersonOrCase:
    'Svaki dokument mora biti dokument predložene osobe ili njenog slučaja socijalne zaštite.',
  providerServiceMismatch: 'Usluga ovog pružaoca nije predložena usluga ili je u drugoj opštini.',
  noDocuments: 'Predlog {{position}} nema priloženu dokumentaciju.',
  listEmpty: 'Lista još nema predloga.',
  itemNotInList: 'Ovaj predlog nije na listi.',
  itemUndecided: 'Za predlog {{position}} nema odluke.',
  reasonRequired: 'Odbijanje mora imati obrazloženje.',
  capacityBelowOccupied: 'Kapacitet ne može biti manji od {{occupied}} već zauzetih mesta.',
  licenceIncomplete: 'Licenca zahteva i broj i poslednji dan važenja.',
  outsideJurisdiction: 'Ne radite za ovu opštinu.',
  endBeforeStart: 'Datum završetka je pre datuma početka.',
};

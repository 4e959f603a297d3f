import type { Catalog } from '../../catalog.js';

// Poruke servera o slučajevima socijalne zaštite.
export const care: Catalog['server']['care'] = {
  closed: 'Ovaj slučaj socijalne zaštite je zatvoren.',
  assessmentFirst: 'Prvo procenite potrebe i rizik: plan zaštite se zasniva na proceni.',
  planFirst: 'Prvo izradite individualni plan zaštite: upućivanja sprovode njegove usluge.',
  referralAnswered: 'Na ovo upućivanje je već odgovoreno.',
  referralNotAccepted: 'Upućivanje se može pratiti tek kada je usluga prihvatila osobu.',
  sensitivityNotAllowed:
    'Samo sektor socijalnih usluga, ili koordinator za nasilje u porodici koji radi na ovom slučaju, može promeniti njegovu osetljivost.',
  formNotConfigured: 'Obrazac za procenu potreba i rizika nije podešen za vašu zemlju.',
  fields: {
    referrerRequired: 'Navedite instituciju ili osobu koja je uputila slučaj.',
    returneeCaseRequired: 'Izaberite slučaj povratnika iz kog osoba dolazi.',
    notPersonsCase: 'Ovaj slučaj povratnika ne pripada osobi niti njenom domaćinstvu.',
    unknownService: 'Ova usluga nije u katalogu usluga socijalne zaštite.',
    notInPlan: 'Ova stavka nije u aktivnom planu zaštite ovog slučaja.',
    destinationRequired: 'Izaberite instituciju ili pružaoca usluge kome se osoba upućuje.',
    declineReasonRequired: 'Navedite razlog zbog kog je usluga odbila.',
    notCareJurisdiction: 'Izaberite opštinu ili administrativnu jedinicu.',
    dvRestricted: 'Slučaj nasilja u porodici ostaje ograničen: njegova osetljivost ne može se sniziti.',
    sensitivityUnchanged: 'Slučaj već ima ovu osetljivost.',
  },
};

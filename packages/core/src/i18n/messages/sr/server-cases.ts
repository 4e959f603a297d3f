import type { Catalog } from '../../catalog.js';

// Server messages of the case path: refused transitions and case rules.
export const cases: Catalog['server']['cases'] = {
  caseClosed: 'Ovaj slučaj je zatvoren. Prvo ga ponovo otvorite.',
  caseExists: 'Ovo domaćinstvo već ima otvoren slučaj ({{number}}).',
  transferred: 'Ovaj slučaj je prenet u drugu opštinu i tamo se nastavlja.',
  notClosed: 'Ovaj slučaj je otvoren.',
  visitFirst: 'Prvo evidentirajte obavljenu kućnu posetu.',
  assessmentFirst: 'Prvo podnesite obrazac za procenu potreba (OPP).',
  planFirst: 'Slučaju je prvo potreban odobren individualni plan.',
  planFrozen: 'Odobreni plan se ne može menjati. Započnite novu verziju plana.',
  planNotDraft: 'Samo nacrt plana može da se odobri, i samo odobren plan može da se revidira.',
  draftExists: 'Nacrt ovog plana već postoji. Prvo ga završite ili odobrite.',
  monitoringExists: 'Praćenje za {{period}} je već evidentirano.',
  formNotConfigured: 'Ovaj obrazac, ili ova njegova verzija, nije podešen za vašu zemlju.',
  fields: {
    futureDate: 'Ne može biti u budućnosti.',
    unknownService: 'Nije usluga iz kataloga.',
    unknownNeed: 'Nije potreba evidentirana u OPP.',
    notMember: 'Nije član ovog domaćinstva.',
    notCaseManager:
      'Mora biti aktivan voditelj slučaja u Centru za socijalni rad koji pokriva opštinu slučaja.',
    sameJurisdiction: 'Slučaj je već u ovoj opštini.',
    residentNoCase:
      'Ovo lice je evidentirano kao stanovnik (socijalna zaštita): otvorite mu slučaj socijalne zaštite, a ne slučaj povratnika ili stranca.',
    residentNoCertificate:
      'Ovo lice je evidentirano kao stanovnik (socijalna zaštita), a ne kao povratnik: potvrda o repatrijaciji ne može se izdati.',
  },
};

import type { Catalog } from '../../catalog.js';

// Poruke servera za zaštitu deteta.
export const careChild: Catalog['server']['careChild'] = {
  approverScope: 'Samo radnik za zaštitu dece može da odobri plan zaštite.',
  planNotDraft: 'Može se odobriti samo nacrt plana zaštite.',
  periodReported: 'Izveštaj za ovaj period je već dostavljen Državnoj agenciji.',
  groupMemberExists: 'Ova institucija već učestvuje u grupi u ovoj ulozi.',
  fields: {
    periodReported: 'Za ovaj period je već izveštavano.',
    supervisorScope: 'Izaberite radnika za zaštitu dece koji nadzire plan.',
    periodNotStarted: 'Ovaj izveštajni period još nije počeo.',
    userNotInInstitution: 'Ova osoba ne radi u izabranoj instituciji.',
    notMunicipality: 'Izaberite opštinu.',
  },
  representatives: {
    sheet: 'Zastupnici',
    fileName: 'procesni-zastupnici',
    title: 'Procesni zastupnici dece, {{municipality}}, {{year}}',
    number: 'Br.',
    fullName: 'Ime i prezime',
    institution: 'Institucija',
    qualification: 'Uloga / kvalifikacija',
    appointedOn: 'Imenovan/a',
  },
};

import type { Catalog } from '../../catalog.js';

// Poruke servera o vezi ekonomske pomoći sa Kancelarijom za zapošljavanje.
export const employment: Catalog['server']['employment'] = {
  overlap:
    'Ovo domaćinstvo već ima ovu šemu od {{from}} do {{to}}: periodi iste šeme ne mogu imati zajednički mesec.',
  alreadySent: 'Spisak za {{month}} je već poslat {{sentOn}}.',
  duplicate: 'Ovo lice već ima profil tražioca posla.',
  fields: {
    toBeforeFrom: 'Poslednji mesec ne može biti pre prvog meseca ({{from}}).',
    notMunicipality: 'Izaberite opštinu: spisak se šalje za svaku opštinu.',
    futureMonth: 'Ne može se poslati spisak za mesec koji još nije počeo.',
    futureDate: 'Datum ne može biti u budućnosti.',
    beforeRegistration: 'Datum ne može biti pre prijave ({{registeredOn}}).',
    profileExists: 'Ovo lice već ima profil.',
  },
  xlsx: {
    sheet: 'Mesečni spisak',
    title: 'Radno sposobni članovi domaćinstava sa pomoći — {{place}}, {{month}}',
    workingAge: 'Radni uzrast: od {{from}} do {{to}} godina na prvi dan meseca',
    fileName: 'spisak-za-kancelariju-za-zaposljavanje',
    yes: 'Da',
    priority: 'Prioritet',
    columns: {
      number: 'Br.',
      name: 'Ime',
      personalNumber: 'Lični broj',
      dateOfBirth: 'Datum rođenja',
      age: 'Uzrast',
      gender: 'Pol',
      settlement: 'Naselje',
      area: 'Područje',
      mustRegister: 'Obavezna prijava',
      householdReference: 'Broj domaćinstva',
      schemes: 'Šema',
      hasProfile: 'Profil tražioca posla',
      priority: 'Invaliditet u domaćinstvu',
      refusals: 'Odbijene ponude (12 meseci)',
    },
    gender: { female: 'Žensko', male: 'Muško', other: 'Drugo' },
    area: { urban: 'Gradsko', rural: 'Seosko' },
    scheme: { ne: 'Ekonomska pomoć', fund6: 'Fond 6%' },
  },
};

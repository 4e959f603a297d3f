import type { Catalog } from '../../catalog.js';

// Odbijanja tromesečnog izveštaja o šemama.
export const schemeReports: Catalog['server']['schemeReports'] = {
  notRecommendingOffice:
    'Samo Opštinska kancelarija za zajednice i povratak ove opštine unosi preporuke u njen izveštaj o šemama.',
  staleRecommendation:
    'U međuvremenu je neko sačuvao noviju preporuku za ovo tromesečje. Ponovo učitajte izveštaj i unesite svoju ponovo.',
  futureQuarter: 'Ovo tromesečje još nije počelo.',
  unknownScheme: 'Ova šema ne postoji u katalogu.',
  notMunicipality: 'Izaberite opštinu.',
};

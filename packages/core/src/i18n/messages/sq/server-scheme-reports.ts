import type { Catalog } from '../../catalog.js';

// Refuzimet e raportit tremujor të skemave.
export const schemeReports: Catalog['server']['schemeReports'] = {
  notRecommendingOffice:
    'Vetëm Zyra Komunale për Komunitete dhe Kthim e kësaj komune i shënon rekomandimet në raportin e saj të skemave.',
  staleRecommendation:
    'Ndërkohë dikush ka ruajtur një rekomandim më të ri për këtë tremujor. Ringarkoni raportin dhe shënojeni përsëri tuajin.',
  futureQuarter: 'Ky tremujor ende nuk ka filluar.',
  unknownScheme: 'Kjo skemë nuk gjendet në katalog.',
  notMunicipality: 'Zgjidhni një komunë.',
};

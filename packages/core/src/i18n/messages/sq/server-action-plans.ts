import type { Catalog } from '../../catalog.js';

// Server messages about municipal action plans: status, edits, indicator values, spending, import.
export const actionPlans: Catalog['server']['actionPlans'] = {
  invalidTransition: 'Plani nuk mund të kalojë nga „{{from}}” në „{{to}}”.',
  readOnly: 'Ky plan është vlerësuar dhe nuk mund të ndryshohet më.',
  indicatorComputed:
    'Ky tregues llogaritet nga puna me rastet; hiqeni lidhjen me përkufizimin para se të regjistroni vlera me dorë.',
  invalidPlan: 'Plani ka {{count}} problem(e); secili është renditur me vendin ku gjendet.',
  problem: '{{message}}',
  adoptionRequired: 'Për miratimin e planit duhen organi që e miratoi, numri i vendimit dhe data e tij.',
  keyChanged: 'Çelësi i planit nuk mund të ndryshojë; kopjoni planin për të krijuar një të ri.',
  municipalityChanged: 'Komuna e planit nuk mund të ndryshojë.',
  statusChanged: 'Statusi dhe miratimi ndryshojnë vetëm përmes „Ndrysho statusin”.',
  unknownDefinition: 'Nuk ka tregues të llogaritur me këtë emër.',
  definitionUnit: 'Ky përkufizim mat në njësi tjetër nga treguesi (përqindje kundrejt numrit).',
  unknownRow: 'Në plan nuk ka masë apo aktivitet me këtë identifikues.',
  unknownScheme: 'Kjo skemë nuk është në katalogun e skemave.',
  schemeLinkedElsewhere:
    'Kjo skemë është lidhur tashmë me rreshtin {{row}} të planit: një përfitim numërohet vetëm në një rresht.',
  unknownStep: 'Plani nuk ka një hap të tillë vjetor.',
  yearOutsidePeriod: 'Viti duhet të jetë brenda periudhës së planit, {{from}}–{{to}}.',
  periodOrder: 'Fundi i periudhës është para fillimit të saj.',
  evidenceNotOfPlan: 'Ky dokument nuk është dëshmi e ngarkuar në këtë plan.',
  periodOutsidePlan: 'Periudha është jashtë viteve të planit.',
  manualValue: 'Regjistruar me dorë nga {{name}} më {{date}}.',
  evidence: 'Dëshmia: {{file}}.',
  status: {
    draft: 'projekt',
    adopted: 'i miratuar',
    in_implementation: 'në zbatim',
    evaluated: 'i vlerësuar',
  },
};

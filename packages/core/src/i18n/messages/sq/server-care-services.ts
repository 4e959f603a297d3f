import type { Catalog } from '../../catalog.js';

// Server messages about the care-service basket: providers, places, waiting lists, Council lists.
export const careServices: Catalog['server']['careServices'] = {
  atCapacity:
    'Shërbimi është plot: janë zënë {{occupied}} nga {{capacity}} vende. Vendoseni personin në listën e pritjes.',
  queueAhead:
    'Për këtë shërbim presin tashmë {{waiting}} persona: vendi i lirë i takon të parit në radhë. Vendoseni personin në listën e pritjes.',
  notFirstInQueue: 'Personi është i {{position}}-i në listën e pritjes: vendi i takon të parit në radhë.',
  licenceExpired:
    'Licenca e {{provider}} ka skaduar më {{validUntil}}: askush nuk mund të pranohet derisa të rinovohet.',
  noLicence:
    '{{provider}} nuk ka licencë të regjistruar: askush nuk mund të pranohet derisa të regjistrohet.',
  providerInactive: 'Ky ofrues ose shërbim nuk është më aktiv.',
  councilApprovalNeeded:
    'Vendi në „{{service}}” kërkon miratimin e këtij personi nga Këshilli Bashkiak dhe nuk ka miratim të regjistruar.',
  alreadyEnrolled: 'Personi ka tashmë vend ose është në listën e pritjes për këtë shërbim.',
  invalidTransition: 'Veprimi „{{action}}” nuk është i mundur: regjistrimi është {{status}}.',
  action: {
    activate: 'Jep vendin',
    end: 'Përfundo',
    propose: 'Propozo përfitues',
    submit: 'Dërgo në Këshill',
    decide: 'Regjistro vendimin e Këshillit',
  },
  status: {
    waiting: 'në listën e pritjes',
    active: 'në shërbim',
    ended: 'i përfunduar',
    draft: 'draft',
    submitted: 'i dërguar në Këshill',
    decided: 'i vendosur nga Këshilli',
  },
  unknownService: 'Ky shërbim nuk është në paketën e shërbimeve të kujdesit shoqëror.',
  serviceNotInProvider: 'Ofruesi nuk e ofron këtë shërbim.',
  serviceTaken: 'Ofruesi e ofron tashmë këtë shërbim; ndryshoni kapacitetin e tij.',
  noApprovalNeeded: 'Përfituesit e këtij shërbimi nuk kanë nevojë për miratimin e Këshillit.',
  personNotFound: 'Ky person nuk gjendet në regjistër.',
  caseNotOfPerson: 'Ky rast i kujdesit shoqëror nuk është i këtij personi.',
  documentNotOfPerson: 'Çdo dokument duhet të jetë dokument i personit të propozuar.',
  documentNotOfPersonOrCase:
    'Çdo dokument duhet të jetë dokument i personit të propozuar ose i rastit të tij të kujdesit shoqëror.',
  providerServiceMismatch:
    'Shërbimi i këtij ofruesi nuk është shërbimi i propozuar ose është në një bashki tjetër.',
  noDocuments: 'Propozimi {{position}} nuk ka dokumentacion të bashkëngjitur.',
  listEmpty: 'Lista nuk ka ende propozime.',
  itemNotInList: 'Ky propozim nuk është në listë.',
  itemUndecided: 'Për propozimin {{position}} nuk ka vendim.',
  reasonRequired: 'Refuzimi duhet të ketë arsyen.',
  capacityBelowOccupied: 'Kapaciteti nuk mund të jetë më i vogël se {{occupied}} vendet e zëna.',
  licenceIncomplete: 'Licenca kërkon edhe numrin edhe datën e fundit të vlefshmërisë.',
  outsideJurisdiction: 'Nuk punoni për këtë bashki.',
  endBeforeStart: 'Data e përfundimit është para datës së fillimit.',
};

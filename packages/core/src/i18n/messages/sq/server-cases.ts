import type { Catalog } from '../../catalog.js';

// Server messages of the case path: refused transitions and case rules.
export const cases: Catalog['server']['cases'] = {
  caseClosed: 'Ky rast është i mbyllur. Së pari rihapeni.',
  caseExists: 'Kjo familje tashmë ka një rast të hapur ({{number}}).',
  transferred: 'Ky rast është transferuar në një komunë tjetër dhe vazhdon atje.',
  notClosed: 'Ky rast është i hapur.',
  visitFirst: 'Së pari regjistroni një vizitë në shtëpi të kryer.',
  assessmentFirst: 'Së pari dorëzoni Formularin e Vlerësimit të Nevojave (FVN).',
  planFirst: 'Rasti së pari ka nevojë për një plan individual të miratuar.',
  planFrozen: 'Një plan i miratuar nuk mund të ndryshohet. Filloni një version të ri të tij.',
  planNotDraft: 'Vetëm një draft plan mund të miratohet dhe vetëm një plan i miratuar mund të rishikohet.',
  draftExists: 'Një draft i këtij plani ekziston tashmë. Së pari përfundojeni ose miratojeni.',
  monitoringExists: 'Monitorimi për {{period}} është regjistruar tashmë.',
  formNotConfigured: 'Ky formular, ose ky version i tij, nuk është konfiguruar për vendin tuaj.',
  fields: {
    futureDate: 'Nuk mund të jetë në të ardhmen.',
    unknownService: 'Nuk është shërbim i katalogut.',
    unknownNeed: 'Nuk është nevojë e regjistruar në FVN.',
    notMember: 'Nuk është anëtar i kësaj familjeje.',
    notCaseManager:
      'Duhet të jetë menaxher aktiv i rastit në një Qendër për Punë Sociale që mbulon komunën e rastit.',
    sameJurisdiction: 'Rasti është tashmë në këtë komunë.',
    residentNoCase:
      'Ky person është regjistruar si banor (kujdes social): hapni për të një rast të kujdesit social, jo rast të personit të riatdhesuar apo të huaji.',
    residentNoCertificate:
      'Ky person është regjistruar si banor (kujdes social), jo si person i riatdhesuar: nuk mund të lëshohet vërtetim i riatdhesimit.',
  },
};

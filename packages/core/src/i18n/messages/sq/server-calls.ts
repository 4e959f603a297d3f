import type { Catalog } from '../../catalog.js';

// Server messages about calls for applications: their steps, filing under a call and scoring.
export const calls: Catalog['server']['calls'] = {
  invalidTransition: 'Veprimi „{{action}}” nuk është i mundur: thirrja është {{status}}.',
  notRunningInstitution: 'Këtë hap mund ta bëjë vetëm institucioni që e ka shpallur këtë thirrje.',
  notAnApplication: 'Kjo kërkesë nuk është parashtruar në kuadër të një thirrjeje për aplikim.',
  notSubmitted: 'Pikët u jepen vetëm aplikimeve të dorëzuara.',
  unknownScheme: 'Kjo skemë nuk është në katalogun e skemave.',
  notTiedToCall: 'Kërkesat për këtë skemë parashtrohen në çdo kohë, pa thirrje për aplikim.',
  notDecidingInstitution:
    'Institucioni juaj nuk vendos për këtë skemë, prandaj nuk mund të shpallë thirrje për të.',
  closesBeforeOpens: 'Data e mbylljes është para datës së hapjes.',
  callRequired: 'Për këtë skemë aplikohet vetëm në një thirrje të hapur për aplikim: zgjidhni thirrjen.',
  unknownCall: 'Kjo thirrje për aplikim nuk ekziston.',
  callOtherScheme: 'Kjo thirrje është për një skemë tjetër.',
  callOtherPlace: 'Kjo thirrje është për një komunë tjetër.',
  callNotOpen: 'Kjo thirrje nuk është e hapur për aplikim.',
  callNotYetOpen: 'Kjo thirrje hapet për aplikim më {{opensOn}}.',
  callPastClose: 'Kjo thirrje është mbyllur më {{closesOn}}.',
  alreadyApplied: 'Ky person ka aplikuar tashmë në këtë thirrje (kërkesa {{number}}).',
  unknownCriterion: 'Kjo thirrje nuk e ka këtë kriter.',
  computedCriterion: 'Ky kriter llogaritet nga të dhënat e rastit dhe nuk shënohet me dorë.',
  status: {
    draft: 'në hartim',
    open: 'e hapur',
    closed: 'e mbyllur',
    ranked: 'me renditje përfundimtare',
  },
  action: {
    edit: 'Ndrysho',
    open: 'Hap',
    close: 'Mbyll',
    rank: 'Bëje renditjen përfundimtare',
    score: 'Vlerëso me pikë',
  },
};

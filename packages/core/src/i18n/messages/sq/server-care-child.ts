import type { Catalog } from '../../catalog.js';

// Mesazhet e serverit për mbrojtjen e fëmijës.
export const careChild: Catalog['server']['careChild'] = {
  approverScope: 'Vetëm punonjësi për mbrojtjen e fëmijëve mund ta miratojë planin e mbrojtjes.',
  planNotDraft: 'Mund të miratohet vetëm një plan mbrojtjeje në formë drafti.',
  periodReported: 'Raporti për këtë periudhë i është dërguar tashmë Agjencisë Shtetërore.',
  groupMemberExists: 'Ky institucion është tashmë në grup me këtë rol.',
  fields: {
    periodReported: 'Për këtë periudhë është raportuar tashmë.',
    supervisorScope: 'Zgjidhni një punonjës për mbrojtjen e fëmijëve që mbikëqyr planin.',
    periodNotStarted: 'Kjo periudhë raportimi nuk ka filluar ende.',
    userNotInInstitution: 'Ky person nuk punon në institucionin e zgjedhur.',
    notMunicipality: 'Zgjidhni një bashki.',
  },
  representatives: {
    sheet: 'Përfaqësuesit',
    fileName: 'perfaqesuesit-procedurale',
    title: 'Përfaqësuesit procedurialë të fëmijëve, {{municipality}}, {{year}}',
    number: 'Nr.',
    fullName: 'Emër mbiemër',
    institution: 'Institucioni',
    qualification: 'Roli / kualifikimi',
    appointedOn: 'Emëruar më',
  },
};

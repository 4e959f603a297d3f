import type { Catalog } from '../../catalog.js';

// Server messages about uploaded documents.
export const documents: Catalog['server']['documents'] = {
  tooLarge: 'Skedari është më i madh se {{max}} MB.',
  fileRequired: 'Zgjidhni një skedar për ta ngarkuar.',
  unsupportedType:
    'Pranohen vetëm skedarë PDF, JPEG dhe PNG, dhe ky skedar nuk është asnjëri prej tyre, pavarësisht emrit.',
  nameMismatch:
    'Emri i skedarit tregon një lloj, por përmbajtja e tij është tjetër (p.sh. një imazh PNG i emërtuar .pdf). Riemërtojeni skedarin ose ngarkoni skedarin e duhur.',
  emptyFile: 'Skedari është bosh.',
  oneFile: 'Ngarkoni vetëm një skedar njëherësh.',
  notMultipart: 'Dërgojeni dokumentin si formular me skedar.',
  badForm: 'Ngarkimi nuk mund të lexohej. Provoni përsëri.',
  caseOrPerson: 'Zgjidhni rastin ose personin të cilit i përket dokumenti.',
  personNotInCase: 'Ky person nuk është anëtar i familjes së rastit.',
  seriesMismatch:
    'Një korrigjim duhet të jetë i të njëjtit lloj dhe t’i përkasë të njëjtit rast dhe person si dokumenti që korrigjon.',
  contentMissing: 'Skedari i këtij dokumenti nuk gjendet në hapësirën e ruajtjes. Njoftoni administratorin.',
  badRange: 'Data e mbarimit është para datës së fillimit.',
};

import type { Catalog } from '../../catalog.js';

// Mesazhet e serverit për rastet e kujdesit social.
export const care: Catalog['server']['care'] = {
  closed: 'Ky rast i kujdesit social është mbyllur.',
  assessmentFirst: 'Së pari vlerësoni nevojat dhe riskun: plani i përkujdesjes ndërtohet mbi vlerësimin.',
  planFirst: 'Së pari hartoni planin individual të përkujdesjes: referimet zbatojnë shërbimet e tij.',
  referralAnswered: 'Këtij referimi i është dhënë përgjigje tashmë.',
  referralNotAccepted: 'Referimi mund të ndiqet vetëm pasi shërbimi e ka pranuar personin.',
  sensitivityNotAllowed:
    'Vetëm sektori i shërbimeve shoqërore, ose koordinatori për dhunën në familje që punon me këtë rast, mund ta ndryshojë ndjeshmërinë e tij.',
  formNotConfigured: 'Formulari i vlerësimit të nevojave dhe riskut nuk është konfiguruar për vendin tuaj.',
  fields: {
    referrerRequired: 'Shënoni institucionin ose personin që e referoi rastin.',
    returneeCaseRequired: 'Zgjidhni rastin e riatdhesimit nga i cili vjen personi.',
    notPersonsCase: 'Ky rast riatdhesimi nuk është i personit ose i familjes së tij.',
    unknownService: 'Ky shërbim nuk gjendet në katalogun e shërbimeve të kujdesit.',
    notInPlan: 'Kjo pikë nuk është në planin aktiv të përkujdesjes të këtij rasti.',
    destinationRequired: 'Zgjidhni institucionin ose ofruesin te i cili referohet personi.',
    declineReasonRequired: 'Shënoni arsyen pse shërbimi e refuzoi.',
    notCareJurisdiction: 'Zgjidhni një bashki ose një njësi administrative.',
    dvRestricted: 'Një rast i dhunës në familje mbetet i kufizuar: ndjeshmëria e tij nuk mund të ulet.',
    sensitivityUnchanged: 'Rasti e ka tashmë këtë ndjeshmëri.',
  },
};

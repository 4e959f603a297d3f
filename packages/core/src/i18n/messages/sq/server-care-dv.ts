import type { Catalog } from '../../catalog.js';

// Mesazhet e serverit për rastet e dhunës në familje: urdhrat e mbrojtjes, raportet, grupi teknik.
export const careDv: Catalog['server']['careDv'] = {
  notDvCase: 'Ky rast i kujdesit social nuk është shënuar si rast i dhunës në familje.',
  orderExpired:
    'Urdhri i mbrojtjes {{orderNumber}} përfundoi më {{validUntil}}: pas përfundimit të tij nuk ka raport për t’u dorëzuar.',
  noReportDue: 'Të gjitha raportet që kërkon urdhri i mbrojtjes {{orderNumber}} janë dorëzuar.',
  fields: {
    institutionRequired: 'Zgjidhni një institucion ose shkruani emrin e një institucioni jashtë Vatrës.',
    validUntilBeforeIssue: 'Urdhri nuk mund të përfundojë para datës së lëshimit.',
    notInMunicipality: 'Zgjidhni një bashki.',
    futureDate: 'Data nuk mund të jetë në të ardhmen.',
    userNotOfInstitution: 'Ky përdorues nuk punon në institucionin e zgjedhur.',
    extensionNotLater: 'Urdhri i zgjatur duhet të përfundojë pas ditës së tij të fundit aktuale.',
    decidedBeforeIssue: 'Gjykata nuk mund ta ketë vendosur zgjatjen para lëshimit të urdhrit.',
  },
};

import type { Catalog } from '../../catalog.js';
import { pdfCases } from './pdf-cases.js';
import { pdfCommissions } from './pdf-commissions.js';
import { actionPlans } from './pdf-action-plans.js';
import { schemeReports } from './pdf-scheme-reports.js';

// Words printed on the PDF documents Vatra issues (certificates, plans, decisions, reports).
export const pdf: Catalog['pdf'] = {
  issuedBy: 'Izdato u sistemu Vatra {{date}}',
  page: 'Strana {{page}} od {{pages}}',
  number: 'Broj',
  date: 'Datum',
  signature: 'Potpis',
  nameAndSurname: 'Ime i prezime',
  cases: pdfCases,
  commissions: pdfCommissions,
  actionPlans,
  schemeReports,
};

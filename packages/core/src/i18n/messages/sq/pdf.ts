import type { Catalog } from '../../catalog.js';
import { pdfCases } from './pdf-cases.js';
import { pdfCommissions } from './pdf-commissions.js';
import { actionPlans } from './pdf-action-plans.js';
import { schemeReports } from './pdf-scheme-reports.js';

// Words printed on the PDF documents Vatra issues (certificates, plans, decisions, reports).
export const pdf: Catalog['pdf'] = {
  issuedBy: 'Lëshuar me Vatra më {{date}}',
  page: 'Faqja {{page}} nga {{pages}}',
  number: 'Numri',
  date: 'Data',
  signature: 'Nënshkrimi',
  nameAndSurname: 'Emri dhe mbiemri',
  cases: pdfCases,
  commissions: pdfCommissions,
  actionPlans,
  schemeReports,
};

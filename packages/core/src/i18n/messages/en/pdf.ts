import { pdfCases } from './pdf-cases.js';
import { pdfCommissions } from './pdf-commissions.js';
import { actionPlans } from './pdf-action-plans.js';
import { schemeReports } from './pdf-scheme-reports.js';

// Words printed on the PDF documents Vatra issues (certificates, plans, decisions, reports).
export const pdf = {
  issuedBy: 'Issued with Vatra on {{date}}',
  page: 'Page {{page}} of {{pages}}',
  number: 'Number',
  date: 'Date',
  signature: 'Signature',
  nameAndSurname: 'Name and surname',
  cases: pdfCases,
  commissions: pdfCommissions,
  actionPlans,
  schemeReports,
} as const;

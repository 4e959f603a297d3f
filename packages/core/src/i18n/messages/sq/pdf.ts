import type { Catalog } from '../../catalog.js';

// Words printed on the PDF documents Vatra issues (certificates, plans, decisions, reports).
export const pdf: Catalog['pdf'] = {
  issuedBy: 'Lëshuar me Vatra më {{date}}',
};

// Words printed on the PDF documents Vatra issues (certificates, plans, decisions, reports).
export const pdf = {
  issuedBy: 'Issued with Vatra on {{date}}',
} as const;

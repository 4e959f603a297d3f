// A plan as an XLSX workbook and back (layout: xlsx-layout.ts).
export { planToXlsx } from './xlsx-export.js';
export { planFromXlsx } from './xlsx-import.js';

import type ExcelJS from 'exceljs';

/**
 * A new workbook. exceljs takes half a second to load, so it is loaded on the first workbook,
 * not at start-up (most processes never write or read one).
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

/**
 * A workbook from its bytes. exceljs's types predate Node's generic Buffer, so the bytes go in
 * as a fresh ArrayBuffer (also safe for a Buffer that is a view into a larger pool).
 */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

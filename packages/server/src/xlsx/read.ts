import ExcelJS from 'exceljs';

/**
 * A workbook from its bytes. exceljs's types predate Node's generic Buffer, so the bytes go in
 * as a fresh ArrayBuffer (also safe for a Buffer that is a view into a larger pool).
 */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

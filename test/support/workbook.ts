import ExcelJS from 'exceljs';

/** A workbook from an export route's answer. */
export async function workbookFrom(res: Response): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A worksheet's rows as plain values, the header first. */
export function rowsOf(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow((row) => out.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return out;
}

import ExcelJS from 'exceljs';

/** A workbook from an export route's answer. */
export async function workbookFrom(res: Response): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A worksheet's rows as plain values, the header first (below the title row every export sheet has). */
export function rowsOf(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, n) => {
    if (n >= 2) out.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return out;
}

/** The title row of an export sheet (row 1, merged across the table). */
export function titleOf(ws: ExcelJS.Worksheet): string {
  const v = ws.getRow(1).getCell(1).value;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

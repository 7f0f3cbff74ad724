import ExcelJS from 'exceljs';

/** How a column's cells are written: text, whole numbers, decimals, or a share shown as a percentage. */
export type ColumnKind = 'text' | 'int' | 'number' | 'percent';

export interface Column {
  /** Chinese header, with the unit in brackets: 投资额（亿元）, 需地（亩）. */
  header: string;
  kind: ColumnKind;
}

export type Cell = string | number | boolean | null;

/** One table of an export: a worksheet in xlsx, a section in CSV. */
export interface Sheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
  /** Printed on one A4 page (the 汇报版 a leader takes into the meeting), not only one page wide. */
  onePage?: boolean;
}

/** Text a spreadsheet could take for a formula (or DDE) when it reads or re-edits the cell (OWASP CSV injection). */
export function formulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** Display width of text: CJK and full-width characters take two columns. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const NUM_FMT: Record<ColumnKind, string | undefined> = { text: undefined, int: '0', number: '0.####', percent: '0.0%' };

/**
 * An xlsx workbook ready to print for a meeting: on every worksheet a title row (what the table is,
 * with the question asked and the day it was made) above a bold header row; both frozen, the header
 * repeated on every printed page, A4 landscape fitted to one page wide. Column widths come from the
 * content (capped); numbers are numbers. Text is written as string cells, never as formulas, so a name
 * such as "=HYPERLINK(…)" is shown as typed and nothing runs.
 */
export async function toXlsx(sheets: Sheet[], title: string, caption = ''): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nanan-chain-graph';
  wb.title = title;
  // A fixed date keeps the same answer's workbook byte-stable apart from the data.
  wb.created = new Date(0);
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 2 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: sheet.onePage ? 1 : 0,
        printTitlesRow: '2:2',
      },
    });
    ws.columns = sheet.columns.map((c, i) => {
      const widest = Math.max(displayWidth(c.header), ...sheet.rows.slice(0, 500).map((r) => displayWidth(String(r[i] ?? ''))));
      return { key: `c${i}`, width: Math.min(60, Math.max(8, widest + 2)), style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {} };
    });
    const head = ws.addRow([`${title} · ${sheet.name}${caption ? `｜${caption}` : ''}`]);
    head.font = { bold: true, size: 13 };
    head.height = 22;
    if (sheet.columns.length > 1) ws.mergeCells(1, 1, 1, sheet.columns.length);
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    for (const row of sheet.rows) {
      // Strings become shared-string cells: ExcelJS writes a formula only for { formula } values.
      ws.addRow(row.map((v) => (typeof v === 'boolean' ? (v ? '是' : '否') : v)));
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvField(v: Cell, kind: ColumnKind): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return kind === 'percent' ? String(Math.round(v * 1000) / 10) : String(v);
  // A leading apostrophe keeps Excel and WPS from running formula-like text; quoting keeps commas and newlines.
  const text = formulaLike(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV in UTF-8 with a byte-order mark (so Excel and WPS read the Chinese), CRLF line ends. The first
 * line is the first table's header, so a program reading the file as one table reads it right; further
 * tables follow, each after an empty line and a line with its name. Percentages are written as percent
 * numbers (the header says so).
 */
export function toCsv(sheets: Sheet[]): Buffer {
  const lines: string[] = [];
  sheets.forEach((sheet, i) => {
    if (i > 0) {
      lines.push('');
      lines.push(csvField(`【${sheet.name}】`, 'text'));
    }
    lines.push(sheet.columns.map((c) => csvField(c.header, 'text')).join(','));
    for (const row of sheet.rows) lines.push(row.map((v, j) => csvField(v, sheet.columns[j].kind)).join(','));
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

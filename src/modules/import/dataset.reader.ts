import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { CellError, cellText } from './columns';
import { FILES } from './dataset.files';

export interface RawRow {
  /** 1-based row number as the analyst sees it in Excel/WPS (the header is row 1). */
  row: number;
  cells: Record<string, unknown>;
}

export interface RawFile {
  name: string;
  /** How problems name this file: `enterprises.csv` or `data.xlsx#enterprises`. */
  display: string;
  headers: string[];
  rows: RawRow[];
}

export interface RawDataset {
  source: string;
  files: Map<string, RawFile>;
  /** Files or sheets that are not part of the format (reported as warnings). */
  ignored: string[];
  /** What the reader noticed but could still read (a file in GBK, say). */
  warnings: string[];
}

export class DatasetReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetReadError';
  }
}

const KNOWN = new Set(FILES.map((f) => f.name));

/**
 * CSV text from its bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; bytes
 * that are not valid UTF-8 are read as GB18030 (a superset of GBK, what Excel on Chinese Windows
 * writes) when they are valid there, with a warning; anything else is refused, naming what was seen.
 */
export function decodeCsv(bytes: Buffer, entry: string, warnings: string[]): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeStrict('utf-8', bytes.subarray(3), entry);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict('utf-16le', bytes.subarray(2), entry);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict('utf-16be', bytes.subarray(2), entry);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: try the Chinese national encoding below
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    warnings.push(
      `${entry}: not UTF-8; read as GB18030/GBK (the encoding Excel uses on Chinese Windows). Check the names, or save the file as "CSV UTF-8".`,
    );
    return text;
  } catch {
    throw new DatasetReadError(
      `${entry}: the file is neither UTF-8 nor GB18030/GBK text; save it as "CSV UTF-8 (逗号分隔)" and import again`,
    );
  }
}

function decodeStrict(encoding: string, bytes: Buffer, entry: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DatasetReadError(
      `${entry}: starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text`,
    );
  }
}

/** Reads a folder of CSV files (UTF-8, or GBK with a warning) or one .xlsx workbook with the same sheets. */
export async function readDataset(source: string): Promise<RawDataset> {
  if (!fs.existsSync(source)) throw new DatasetReadError(`not found: ${source}`);
  if (fs.statSync(source).isDirectory()) return readFolder(source);
  if (/\.xlsx$/i.test(source)) return readWorkbook(source);
  throw new DatasetReadError(`expected a folder of CSV files or an .xlsx workbook: ${source}`);
}

function readFolder(dir: string): RawDataset {
  const files = new Map<string, RawFile>();
  const ignored: string[] = [];
  const warnings: string[] = [];
  for (const entry of fs.readdirSync(dir).sort()) {
    if (!entry.toLowerCase().endsWith('.csv')) continue;
    const name = entry.slice(0, -4);
    if (!KNOWN.has(name)) {
      ignored.push(entry);
      continue;
    }
    const text = decodeCsv(fs.readFileSync(path.join(dir, entry)), entry, warnings);
    let records: string[][];
    try {
      records = parse(text, { relax_column_count: true, skip_empty_lines: true }) satisfies string[][];
    } catch (e) {
      throw new DatasetReadError(`${entry}: not valid CSV (${(e as Error).message})`);
    }
    const headers = (records[0] ?? []).map((h) => h.trim());
    const rows: RawRow[] = records.slice(1).map((rec, i) => ({
      row: i + 2,
      cells: Object.fromEntries(headers.map((h, j) => [h, rec[j]])),
    }));
    files.set(name, { name, display: entry, headers, rows });
  }
  return { source: dir, files, ignored, warnings };
}

async function readWorkbook(file: string): Promise<RawDataset> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new DatasetReadError(`${path.basename(file)}: not a readable .xlsx workbook (${(e as Error).message})`);
  }
  const files = new Map<string, RawFile>();
  const ignored: string[] = [];
  const base = path.basename(file);
  wb.eachSheet((ws) => {
    const name = ws.name.trim();
    if (!KNOWN.has(name)) {
      ignored.push(`${base}#${ws.name}`);
      return;
    }
    const headerRow = ws.getRow(1);
    const headers: string[] = [];
    headerRow.eachCell({ includeEmpty: false }, (cell, col) => {
      headers[col - 1] = cellValue(cell.value)?.toString().trim() ?? '';
    });
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: Record<string, unknown> = {};
      headers.forEach((h, j) => {
        if (h) cells[h] = cellValue(r.getCell(j + 1).value);
      });
      if (Object.values(cells).some((v) => v !== undefined && v !== null && cellText(v).trim() !== '')) {
        rows.push({ row: rowNumber, cells });
      }
    });
    files.set(name, { name, display: `${base}#${name}`, headers: headers.filter((h) => h !== undefined), rows });
  });
  return { source: file, files, ignored, warnings: [] };
}

/** Plain value of an Excel cell: formulas give their result, rich text its text. */
function cellValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('result' in v) return cellValue(v.result);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return v.text;
    if ('error' in v) return new CellError(String(v.error));
    return undefined;
  }
  return v;
}

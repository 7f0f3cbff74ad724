import ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { CellError, cellText } from './columns';
import { FILES } from './dataset.files';
import { WorkbookReader } from './xlsx-utf8';

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

/** A dataset that cannot be read; `messageZh` is the sentence an admin is shown beside the English detail. */
export class DatasetReadError extends Error {
  constructor(
    message: string,
    readonly messageZh = `数据集无法读取：${message}`,
  ) {
    super(message);
    this.name = 'DatasetReadError';
  }
}

const KNOWN = new Set(FILES.map((f) => f.name));

/** How much a dataset may hold: rows are kept in memory until every problem is found, so they are counted. */
export interface ReadLimits {
  /** Most data rows (all files or sheets together); IMPORT_MAX_ROWS. */
  maxRows: number;
}
export const NO_READ_LIMITS: ReadLimits = { maxRows: Number.MAX_SAFE_INTEGER };

/** Counts rows across files and stops the read at the cap, with the setting to change. */
class RowBudget {
  /** Rows taken so far; a second reading of a file (another encoding) sets it back first. */
  used = 0;
  constructor(private readonly limits: ReadLimits) {}
  take(where: string): void {
    this.used += 1;
    if (this.used > this.limits.maxRows) {
      throw new DatasetReadError(
        `${where}: the dataset holds more than ${this.limits.maxRows} rows (IMPORT_MAX_ROWS); import it in parts (one file at a time: references to rows already imported are checked against the database)`,
        `数据超过 ${this.limits.maxRows} 行的导入上限（IMPORT_MAX_ROWS），请分批导入（可逐个文件导入，已导入的数据会在数据库中核对引用）。`,
      );
    }
  }
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Not valid text in the encoding tried: UTF-8 falls back to GB18030, anything else is a read error. */
class NotThisEncoding extends Error {}

/**
 * CSV text from a file, read in chunks. UTF-8 (with or without BOM) and UTF-16 with a BOM are read
 * as such; bytes that are not valid UTF-8 are read again as GB18030 (a superset of GBK, what Excel
 * on Chinese Windows writes) when they are valid there, with a warning; anything else is refused,
 * naming what was seen.
 */
async function* decodedChunks(file: string, encoding: Encoding, skip: number): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  for await (const chunk of fs.createReadStream(file, { start: skip, highWaterMark: 1 << 20 })) {
    try {
      yield decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      throw new NotThisEncoding(encoding);
    }
  }
  try {
    yield decoder.decode();
  } catch {
    throw new NotThisEncoding(encoding);
  }
}

function byteOrderMark(file: string): { encoding: Encoding; skip: number } | undefined {
  const head = Buffer.alloc(3);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 3, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** The records of one CSV file, streamed through the parser; the header is the first record. */
async function csvRecords(file: string, encoding: Encoding, skip: number, entry: string, budget: RowBudget): Promise<string[][]> {
  const records: string[][] = [];
  const text = Readable.from(decodedChunks(file, encoding, skip));
  const parser = text.pipe(parse({ relax_column_count: true, skip_empty_lines: true }));
  // pipe() does not pass a source's error on: without this a wrong encoding would leave the parser waiting forever.
  text.once('error', (e) => parser.destroy(e));
  try {
    for await (const record of parser) {
      if (records.length > 0) budget.take(entry);
      records.push(record as string[]);
    }
  } catch (e) {
    text.destroy();
    parser.destroy();
    if (e instanceof NotThisEncoding || e instanceof DatasetReadError) throw e;
    throw new DatasetReadError(`${entry}: not valid CSV (${(e as Error).message})`, `${entry} 不是有效的 CSV 文件，请检查引号与分隔符。`);
  }
  return records;
}

async function readCsv(file: string, entry: string, warnings: string[], budget: RowBudget): Promise<string[][]> {
  const bom = byteOrderMark(file);
  if (bom) {
    try {
      return await csvRecords(file, bom.encoding, bom.skip, entry, budget);
    } catch (e) {
      if (!(e instanceof NotThisEncoding)) throw e;
      throw new DatasetReadError(
        `${entry}: starts with a ${bom.encoding.toUpperCase()} byte-order mark but is not valid ${bom.encoding.toUpperCase()} text`,
        `${entry} 的编码标记与内容不符，请另存为“CSV UTF-8（逗号分隔）”后重新导入。`,
      );
    }
  }
  const start = budget.used;
  try {
    return await csvRecords(file, 'utf-8', 0, entry, budget);
  } catch (e) {
    if (!(e instanceof NotThisEncoding)) throw e;
  }
  budget.used = start;
  try {
    const records = await csvRecords(file, 'gb18030', 0, entry, budget);
    warnings.push(
      `${entry}: not UTF-8; read as GB18030/GBK (the encoding Excel uses on Chinese Windows). Check the names, or save the file as "CSV UTF-8".`,
    );
    return records;
  } catch (e) {
    if (!(e instanceof NotThisEncoding)) throw e;
    throw new DatasetReadError(
      `${entry}: the file is neither UTF-8 nor GB18030/GBK text; save it as "CSV UTF-8 (逗号分隔)" and import again`,
      `${entry} 既不是 UTF-8 也不是 GBK 编码的文本，请另存为“CSV UTF-8（逗号分隔）”后重新导入。`,
    );
  }
}

/**
 * Reads a folder of CSV files (UTF-8, or GBK with a warning) or one .xlsx workbook with the same
 * sheets, streaming both: no file is held whole in memory, and reading stops at `limits.maxRows`.
 */
export async function readDataset(source: string, limits: ReadLimits = NO_READ_LIMITS): Promise<RawDataset> {
  if (!fs.existsSync(source)) throw new DatasetReadError(`not found: ${source}`);
  if (fs.statSync(source).isDirectory()) return readFolder(source, limits);
  if (/\.xlsx$/i.test(source)) return readWorkbook(source, limits);
  throw new DatasetReadError(`expected a folder of CSV files or an .xlsx workbook: ${source}`);
}

async function readFolder(dir: string, limits: ReadLimits): Promise<RawDataset> {
  const files = new Map<string, RawFile>();
  const ignored: string[] = [];
  const warnings: string[] = [];
  const budget = new RowBudget(limits);
  for (const entry of fs.readdirSync(dir).sort()) {
    if (!entry.toLowerCase().endsWith('.csv')) continue;
    const name = entry.slice(0, -4);
    if (!KNOWN.has(name)) {
      ignored.push(entry);
      continue;
    }
    const records = await readCsv(path.join(dir, entry), entry, warnings, budget);
    const headers = (records[0] ?? []).map((h) => h.trim());
    const rows: RawRow[] = records.slice(1).map((rec, i) => ({
      row: i + 2,
      cells: Object.fromEntries(headers.map((h, j) => [h, rec[j]])),
    }));
    files.set(name, { name, display: entry, headers, rows });
  }
  return { source: dir, files, ignored, warnings };
}

async function readWorkbook(file: string, limits: ReadLimits): Promise<RawDataset> {
  const files = new Map<string, RawFile>();
  const ignored: string[] = [];
  const base = path.basename(file);
  const budget = new RowBudget(limits);
  // Streamed: sheets row by row; shared strings and date formats (styles) are what it keeps.
  const reader = new WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const ws of reader) {
      const name = String((ws as unknown as { name: string }).name).trim();
      if (!KNOWN.has(name) || files.has(name)) {
        ignored.push(`${base}#${name}`);
        for await (const _row of ws) void _row; // a sheet must be read through before the next one
        continue;
      }
      const headers: string[] = [];
      const rows: RawRow[] = [];
      for await (const r of ws) {
        if (r.number === 1) {
          r.eachCell({ includeEmpty: false }, (cell, col) => {
            headers[col - 1] = cellValue(cell.value)?.toString().trim() ?? '';
          });
          continue;
        }
        const cells: Record<string, unknown> = {};
        headers.forEach((h, j) => {
          if (h) cells[h] = cellValue(r.getCell(j + 1).value);
        });
        if (Object.values(cells).some((v) => v !== undefined && v !== null && cellText(v).trim() !== '')) {
          budget.take(`${base}#${name}`);
          rows.push({ row: r.number, cells });
        }
      }
      files.set(name, { name, display: `${base}#${name}`, headers: headers.filter((h) => h !== undefined), rows });
    }
  } catch (e) {
    if (e instanceof DatasetReadError) throw e;
    throw new DatasetReadError(
      `${base}: not a readable .xlsx workbook (${(e as Error).message})`,
      `${base} 不是可读取的 Excel 工作簿（.xlsx），请用 Excel 或 WPS 另存后重新导入。`,
    );
  }
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

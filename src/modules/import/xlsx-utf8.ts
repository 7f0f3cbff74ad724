import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * ExcelJS 4.4's streaming reader decodes every chunk of a sheet or of the shared strings on its own
 * (TextDecoder without `stream: true`), so a Chinese character split across two chunks comes out as
 * two U+FFFD — 「洛阳」 read as 「洛��」. Until it is fixed upstream, the XML it reads is decoded
 * here across chunk boundaries first; it then receives whole strings, which it passes through.
 * (Checked by import-demo.test.ts: the demo workbook imports to the same graph as its CSV files.)
 */
async function* wholeCharacters(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

type Reader = {
  _parseWorksheet: (source: AsyncIterable<Buffer>, sheetNo: string) => Generator<unknown>;
  _parseSharedStrings: (entry: AsyncIterable<Buffer>) => AsyncGenerator<unknown>;
};
const proto = (ExcelJS.stream.xlsx.WorkbookReader as unknown as { prototype: Reader }).prototype;
if (typeof proto._parseWorksheet !== 'function' || typeof proto._parseSharedStrings !== 'function') {
  throw new Error('exceljs changed its streaming reader: review src/modules/import/xlsx-utf8.ts');
}
const parseWorksheet = proto._parseWorksheet;
const parseSharedStrings = proto._parseSharedStrings;
proto._parseWorksheet = function (this: Reader, source, sheetNo) {
  return parseWorksheet.call(this, Readable.from(wholeCharacters(source)), sheetNo);
};
proto._parseSharedStrings = function (this: Reader, entry) {
  return parseSharedStrings.call(this, Readable.from(wholeCharacters(entry)));
};

export const { WorkbookReader } = ExcelJS.stream.xlsx;

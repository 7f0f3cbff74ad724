import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** An uploaded dataset that cannot be taken apart safely (not a zip, too big unpacked, too many files). */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export interface UploadLimits {
  /** Most bytes all entries of a zip or workbook may unpack to (a zip bomb stops here). */
  maxUnpackedBytes: number;
  maxEntries: number;
}

const TOO_BIG = (limits: UploadLimits): UploadError =>
  new UploadError(
    `The upload unpacks to more than ${limits.maxUnpackedBytes} bytes (IMPORT_MAX_BYTES × 20); import it in parts.`,
    `上传文件解压后超过 ${Math.round(limits.maxUnpackedBytes / 1048576)} MB 的导入上限，请分批导入。`,
  );

/**
 * Unpacks one entry, stopping as soon as it would pass `budget` bytes; `keep` false only counts
 * (a workbook is checked this way before the streaming reader opens it).
 */
function readCapped(
  entry: JSZip.JSZipObject,
  budget: number,
  limits: UploadLimits,
  keep: boolean,
): Promise<{ size: number; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) {
          stream.pause();
          reject(TOO_BIG(limits));
          return;
        }
        if (keep) chunks.push(chunk);
      })
      .on('error', (e: Error) => reject(new UploadError(`The zip cannot be read: ${e.message}`, '无法读取压缩包。')))
      .on('end', () => resolve({ size, bytes: Buffer.concat(chunks) }));
  });
}

/**
 * Makes an uploaded file (saved at `upload`) something the importer reads: an .xlsx workbook stays
 * a file once its entries are proved to unpack within the cap; a zip of CSV files becomes a folder
 * of them (only `name.csv` entries, at any depth, by their base name; nothing is written outside
 * `dir`). Returns the path to import.
 */
export async function stageUpload(upload: string, dir: string, limits: UploadLimits): Promise<string> {
  const body = fs.readFileSync(upload);
  if (body.length < 4 || body.readUInt32LE(0) !== 0x04034b50) {
    throw new UploadError(
      'Send a zip of CSV files or an .xlsx workbook (both are zip files).',
      '请上传 CSV 压缩包（zip）或 Excel 工作簿（xlsx）。',
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(body);
  } catch (e) {
    throw new UploadError(`The zip cannot be read: ${(e as Error).message}`, '无法读取压缩包。');
  }
  if (zip.file('xl/workbook.xml')) {
    const all = Object.values(zip.files).filter((f) => !f.dir);
    if (all.length > limits.maxEntries * 10)
      throw new UploadError(`The workbook holds more than ${limits.maxEntries * 10} parts.`, '工作簿包含的部件过多。');
    let budget = limits.maxUnpackedBytes;
    for (const entry of all) budget -= (await readCapped(entry, budget, limits, false)).size;
    const file = path.join(dir, 'upload.xlsx');
    fs.renameSync(upload, file);
    return file;
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir && /\.csv$/i.test(f.name) && !path.basename(f.name).startsWith('.'));
  if (entries.length === 0) throw new UploadError('The zip holds no CSV files.', '压缩包中没有 CSV 文件。');
  if (entries.length > limits.maxEntries)
    throw new UploadError(`The zip holds more than ${limits.maxEntries} CSV files.`, '压缩包中的文件过多。');
  const folder = path.join(dir, 'dataset');
  fs.mkdirSync(folder);
  let budget = limits.maxUnpackedBytes;
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = path.basename(entry.name);
    if (seen.has(name.toLowerCase())) throw new UploadError(`The zip holds ${name} twice.`, `压缩包中 ${name} 重复。`);
    seen.add(name.toLowerCase());
    const { size, bytes } = await readCapped(entry, budget, limits, true);
    budget -= size;
    fs.writeFileSync(path.join(folder, name), bytes);
  }
  return folder;
}

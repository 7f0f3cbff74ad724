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
  /** Most bytes all CSV files of a zip may unpack to (a zip bomb stops here). */
  maxUnpackedBytes: number;
  maxEntries: number;
}

/** Reads one entry, stopping as soon as it would pass `budget` bytes. */
function readCapped(entry: JSZip.JSZipObject, budget: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) {
          stream.pause();
          reject(new UploadError('The zip unpacks to more than the import allows.', '压缩包解压后超出导入上限。'));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e: Error) => reject(new UploadError(`The zip cannot be read: ${e.message}`, '无法读取压缩包。')))
      .on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * Writes an uploaded dataset where the importer reads datasets: an .xlsx workbook as a file, a zip
 * of CSV files as a folder of them (only `name.csv` entries, at any depth, by their base name;
 * nothing is written outside `dir`). Returns the path to import.
 */
export async function stageUpload(body: Buffer, dir: string, limits: UploadLimits): Promise<string> {
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
    const file = path.join(dir, 'upload.xlsx');
    fs.writeFileSync(file, body);
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
    const bytes = await readCapped(entry, budget);
    budget -= bytes.length;
    fs.writeFileSync(path.join(folder, name), bytes);
  }
  return folder;
}

import type { DatabaseConnection } from '../../db/gateway';
import type { ReadLimits } from './dataset.reader';
import type { ImportActor } from './dataset.writer';
import type { ImportResult } from './import.service';
import type { UploadLimits } from './upload';

/** Why a job could not finish (nothing was written in any of these cases). */
export enum ImportFailure {
  /** Not a zip or workbook, unpacks past the cap, no CSV files. */
  UPLOAD_INVALID = 'UPLOAD_INVALID',
  /** A file cannot be read (encoding, CSV syntax, too many rows). */
  UNREADABLE = 'UNREADABLE',
  TIMEOUT = 'TIMEOUT',
  /** More than one Neo4j transaction may hold. */
  TOO_LARGE = 'TOO_LARGE',
  /** More than the helper process's heap (IMPORT_WORKER_HEAP_MB). */
  OUT_OF_MEMORY = 'OUT_OF_MEMORY',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** The service stopped (or its instance was lost) while the job was queued or running. */
  INTERRUPTED = 'INTERRUPTED',
  INTERNAL = 'INTERNAL',
}

/** What the service hands the helper process (over IPC, so the password never shows in a process list). */
export interface ImportTask {
  upload: string;
  dir: string;
  importId: string;
  dryRun: boolean;
  actor: ImportActor;
  uploadLimits: UploadLimits;
  readLimits: ReadLimits;
  timeoutMs: number;
  connection: DatabaseConnection & { database: string; txTimeoutMs: number };
}

/** What the helper process reports, in order: phases and progress, then one result or one failure. */
export type ImportMessage =
  | { type: 'phase'; phase: 'stage' | 'read' | 'validate' | 'write' }
  | { type: 'progress'; file: string; done: number; total: number }
  | { type: 'result'; result: ImportResult }
  | { type: 'failed'; failure: ImportFailure; message: string; messageZh: string };

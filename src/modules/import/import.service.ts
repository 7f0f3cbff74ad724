import path from 'node:path';
import type { Neo4jGateway } from '../../db/gateway';
import { MemoryLimitError, TimeoutError } from '../../errors';
import { NO_READ_LIMITS, ReadLimits, readDataset } from './dataset.reader';
import { formatProblem, Problem, TypedRow, validateDataset } from './dataset.validate';
import { bulkLoad, BulkLoadOptions, BulkLoadResult, datasetFingerprint } from './bulk-load.service';
import type { AuditLabel } from '../../graph/write.queries';
import { ImportActor, writeDataset, WriteProgress } from './dataset.writer';

export interface ImportResult {
  ok: boolean;
  dryRun: boolean;
  problems: Problem[];
  /** Problems formatted as `file:row:column — reason`. */
  report: string[];
  warnings: string[];
  /** Rows per file that were (or, in a dry run, would be) written. */
  counts: Record<string, number>;
  written: boolean;
  /** Whether references to nodes already in a database were checked (false: validated alone). */
  checkedAgainstDatabase: boolean;
  /** When written: the import's id (its audit entries' requestId) and the nodes it changed per label. */
  importId?: string;
  changed?: Record<AuditLabel, number>;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Timeout of the one write transaction; imports are far larger than requests (IMPORT_TX_TIMEOUT_MS). */
  timeoutMs?: number;
  onPhase?: (phase: 'read' | 'validate' | 'write' | 'done', detail?: string) => void;
  onProgress?: (p: WriteProgress) => void;
  /** Who the audit entries name (SYSTEM_ACTOR when not given). */
  actor?: ImportActor;
  /** The import's id (a job's id); a new one when not given. */
  importId?: string;
  /** Most rows the dataset may hold (IMPORT_MAX_ROWS); unbounded when not given. */
  readLimits?: ReadLimits;
}

/** An import that ran out of its transaction time: nothing was written, and the message says what to change. */
export class ImportTimeoutError extends Error {
  constructor(readonly timeoutMs: number | undefined) {
    super(
      `the import did not finish within its transaction timeout (${timeoutMs ?? 'default'} ms) and was rolled back; nothing was written. ` +
        'Raise IMPORT_TX_TIMEOUT_MS (a busy or small machine needs more) and run it again.',
    );
    this.name = 'ImportTimeoutError';
  }
}

/** An import larger than one Neo4j transaction may hold: nothing was written, and the message says what to change. */
export class ImportTooLargeError extends Error {
  constructor() {
    super(
      'the import needs more memory than Neo4j allows one transaction (db.memory.transaction.max: 60% of its heap for the bundled database) and was rolled back; nothing was written. ' +
        "Raise NEO4J_HEAP for the bundled database (or the server's heap), import the dataset in parts (one file at a time: references to rows already imported are checked against the database), " +
        'or load it in batches from the command line (npm run import -- <folder> --batched).',
    );
    this.name = 'ImportTooLargeError';
  }
}

/** Reads and validates a dataset (everything, all problems at once): what importing it would report, and its rows. */
async function readAndValidate(
  gw: Neo4jGateway | undefined,
  source: string,
  opts: Pick<ImportOptions, 'onPhase' | 'readLimits' | 'dryRun'>,
): Promise<{ base: Omit<ImportResult, 'ok' | 'written'>; rows: Map<string, TypedRow[]> }> {
  opts.onPhase?.('read', source);
  const raw = await readDataset(source, opts.readLimits ?? NO_READ_LIMITS);
  opts.onPhase?.('validate');
  const v = await validateDataset(raw, gw);
  const base = {
    problems: v.problems,
    report: v.problems.map(formatProblem),
    warnings: v.warnings,
    counts: Object.fromEntries([...v.rows].map(([k, rows]) => [k, rows.length])),
    dryRun: !!opts.dryRun,
    checkedAgainstDatabase: gw !== undefined,
  };
  return { base, rows: v.rows };
}

/**
 * Reads, validates (everything, all problems at once) and, when clean, writes a dataset in one
 * transaction. Nothing is written when any problem is found or in a dry run. Without a gateway
 * (a dry run with no database) the dataset is validated alone: references must then resolve
 * within the dataset, and `checkedAgainstDatabase` is false.
 */
export async function importDataset(gw: Neo4jGateway | undefined, source: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const { base, rows } = await readAndValidate(gw, source, opts);
  if (base.problems.length > 0) return { ...base, ok: false, written: false };
  if (opts.dryRun) return { ...base, ok: true, written: false };
  if (!gw) throw new Error('importDataset needs a database to write to (only a dry run can go without one)');
  opts.onPhase?.('write');
  let wrote;
  try {
    wrote = await writeDataset(gw, rows, {
      timeoutMs: opts.timeoutMs,
      onProgress: opts.onProgress,
      actor: opts.actor,
      importId: opts.importId,
    });
  } catch (e) {
    if (e instanceof MemoryLimitError) throw new ImportTooLargeError();
    throw e instanceof TimeoutError ? new ImportTimeoutError(opts.timeoutMs) : e;
  }
  opts.onPhase?.('done');
  return { ...base, ok: true, written: true, importId: wrote.importId, changed: wrote.changed };
}

/**
 * The bulk path: the same reading and validation (nothing is written when any problem is found),
 * then the rows in batches of `batchRows`, each its own transaction, resuming an unfinished load
 * of the same dataset (bulk-load.service.ts).
 */
export async function bulkImportDataset(
  gw: Neo4jGateway,
  source: string,
  opts: Omit<ImportOptions, 'dryRun' | 'importId'> & Omit<BulkLoadOptions, 'source' | 'onProgress' | 'actor' | 'timeoutMs'> = {},
): Promise<ImportResult & { load?: BulkLoadResult }> {
  const { base, rows } = await readAndValidate(gw, source, opts);
  if (base.problems.length > 0) return { ...base, ok: false, written: false };
  opts.onPhase?.('write');
  const load = await bulkLoad(gw, rows, await datasetFingerprint(source), { ...opts, source: path.basename(source) });
  opts.onPhase?.('done');
  return { ...base, ok: true, written: true, importId: load.importId, changed: load.changed, load };
}

import type { Neo4jGateway } from '../../db/gateway';
import { readDataset } from './dataset.reader';
import { formatProblem, Problem, validateDataset } from './dataset.validate';
import { writeDataset, WriteProgress } from './dataset.writer';

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
}

export interface ImportOptions {
  dryRun?: boolean;
  onPhase?: (phase: 'read' | 'validate' | 'write' | 'done', detail?: string) => void;
  onProgress?: (p: WriteProgress) => void;
}

/**
 * Reads, validates (everything, all problems at once) and, when clean, writes a dataset in one
 * transaction. Nothing is written when any problem is found or in a dry run.
 */
export async function importDataset(gw: Neo4jGateway, source: string, opts: ImportOptions = {}): Promise<ImportResult> {
  opts.onPhase?.('read', source);
  const raw = await readDataset(source);
  opts.onPhase?.('validate');
  const v = await validateDataset(raw, gw);
  const counts = Object.fromEntries([...v.rows].map(([k, rows]) => [k, rows.length]));
  const base = { problems: v.problems, report: v.problems.map(formatProblem), warnings: v.warnings, counts, dryRun: !!opts.dryRun };
  if (v.problems.length > 0) return { ...base, ok: false, written: false };
  if (opts.dryRun) return { ...base, ok: true, written: false };
  opts.onPhase?.('write');
  await writeDataset(gw, v.rows, opts.onProgress);
  opts.onPhase?.('done');
  return { ...base, ok: true, written: true };
}

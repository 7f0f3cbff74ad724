import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { GatewayTx, Neo4jGateway } from '../../db/gateway';
import type { AuditLabel } from '../../graph/write.queries';
import { FILES } from './dataset.files';
import type { TypedRow } from './dataset.validate';
import { ImportActor, newImportId, noChanges, SYSTEM_ACTOR, writeAudited, WriteProgress } from './dataset.writer';
import { ADVANCE_LOAD, BulkLoadRow, FIND_LOAD, FINISH_LOAD, LoadCursor, START_LOAD } from './bulk-load.queries';

/**
 * The bulk path (分批导入) for a graph too large for one transaction: the same validated rows, the
 * same write statements and the same audit as the everyday import, but in batches of `batchRows`,
 * each its own transaction. Each batch commits with the load's cursor on its (:BulkLoad) node, so a
 * load stopped anywhere (Ctrl-C, a crash, kill -9) resumes at the first batch not committed when the
 * same dataset is loaded again, and no row is written twice by one load. Readers see the graph grow
 * batch by batch (each batch moves the graph version); the one-transaction import stays the way for
 * everyday data, where all-or-nothing matters more than size.
 */

export const DEFAULT_BATCH_ROWS = 5000;

export interface BulkLoadOptions {
  /** Rows per transaction. */
  batchRows?: number;
  actor?: ImportActor;
  /** Shown on the load's node (the folder or workbook it came from). */
  source?: string;
  /** Timeout of each batch's transaction. */
  timeoutMs?: number;
  onProgress?: (p: WriteProgress) => void;
  /** Called once, when an unfinished load of the same dataset is picked up. */
  onResume?: (load: BulkLoadRow) => void;
  /** Checked before each batch: when aborted, the load stops after the batch in flight commits. */
  signal?: AbortSignal;
}

export interface BulkLoadResult {
  /** The load's id: every audit entry it wrote carries it as its requestId, across resumes. */
  importId: string;
  resumed: boolean;
  /** Rows written by this run (a resumed load's earlier runs not counted) and in all, per the load's node. */
  rowsThisRun: number;
  rows: number;
  batches: number;
  /** Nodes whose state changed in this run, per audited label (each has an audit entry and a new version). */
  changed: Record<AuditLabel, number>;
  /** Audit entries written by all runs of the load. */
  changes: number;
}

/** A load stopped between batches (its signal was aborted): what is in stays in, and the same command resumes it. */
export class BulkLoadStoppedError extends Error {
  constructor(
    readonly importId: string,
    readonly at: LoadCursor,
  ) {
    super(`batched load ${importId} stopped before ${at.file} row ${at.next + 1} (${at.pass}); load the same dataset again to resume`);
    this.name = 'BulkLoadStoppedError';
  }
}

/** Another loader moved this load's cursor: this batch was rolled back, and this loader stops. */
export class BulkLoadConflictError extends Error {
  constructor(readonly importId: string) {
    super(
      `batched load ${importId} is being written by another loader (its cursor moved); this one stopped and its last batch was rolled back`,
    );
    this.name = 'BulkLoadConflictError';
  }
}

/**
 * The identity of a dataset on disk: a SHA-256 over each file's name and bytes (a folder's CSV files
 * in name order, or the workbook). Loading the same bytes again resumes its unfinished load.
 */
export async function datasetFingerprint(source: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  const files = fs.statSync(source).isDirectory()
    ? fs
        .readdirSync(source)
        .filter((f) => f.toLowerCase().endsWith('.csv'))
        .sort()
        .map((f) => path.join(source, f))
    : [source];
  for (const file of files) {
    hash.update(`${path.basename(file)}\0`);
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The steps of a load in write order: each file's write pass, then its second pass when it has one. */
function stepsOf(rows: Map<string, TypedRow[]>): LoadCursor[] {
  return FILES.filter((spec) => (rows.get(spec.name)?.length ?? 0) > 0).flatMap((spec) => [
    { file: spec.name, pass: 'write' as const, next: 0 },
    ...(spec.then ? [{ file: spec.name, pass: 'then' as const, next: 0 }] : []),
  ]);
}

/** Loads validated rows in batches, resuming an unfinished load of the same dataset (see the file's comment). */
export async function bulkLoad(
  gw: Neo4jGateway,
  rows: Map<string, TypedRow[]>,
  fingerprint: string,
  opts: BulkLoadOptions = {},
): Promise<BulkLoadResult> {
  const batchRows = opts.batchRows ?? DEFAULT_BATCH_ROWS;
  if (!Number.isInteger(batchRows) || batchRows < 1) throw new RangeError('batchRows must be a whole number ≥ 1');
  const actor = opts.actor ?? SYSTEM_ACTOR;
  const steps = stepsOf(rows);
  const end: LoadCursor = { file: '', pass: 'write', next: 0 };
  const at = (): string => new Date().toISOString();

  const [found] = await gw.read(FIND_LOAD, { fingerprint });
  const load =
    found?.load ??
    (
      await gw.write(START_LOAD, {
        id: newImportId(),
        fingerprint,
        source: opts.source ?? '',
        actor: actor.id,
        file: steps[0]?.file ?? '',
        pass: steps[0]?.pass ?? 'write',
        at: at(),
      })
    )[0].load;
  if (found) opts.onResume?.(found.load);

  const changed = noChanges();
  let cursor: LoadCursor = { file: load.file, pass: load.pass, next: load.next };
  let rowsThisRun = 0;
  let batches = 0;
  // A finished step's cursor points at the next step (or at `end`): find where this run starts.
  let stepIndex = cursor.file === '' ? steps.length : steps.findIndex((s) => s.file === cursor.file && s.pass === cursor.pass);
  if (stepIndex < 0) throw new Error(`load ${load.id} stopped at ${cursor.file} (${cursor.pass}), which this dataset does not have`);
  for (; stepIndex < steps.length; stepIndex++) {
    const step = steps[stepIndex];
    const list = rows.get(step.file)!;
    for (let from = step.file === cursor.file && step.pass === cursor.pass ? cursor.next : 0; from < list.length; from += batchRows) {
      if (opts.signal?.aborted) throw new BulkLoadStoppedError(load.id, cursor);
      const to = from + batchRows;
      const next: LoadCursor = to < list.length ? { ...step, next: to } : (steps[stepIndex + 1] ?? end);
      const part = new Map([[step.file, list.slice(from, to)]]);
      const wrote = await gw.writeTx(
        async (tx: GatewayTx) => {
          const result = await writeAudited(tx, part, {
            passes: step.pass,
            actor,
            importId: load.id,
            onProgress: (p) => opts.onProgress?.({ ...p, done: from + p.done, total: list.length }),
          });
          const changes = Object.values(result.changed).reduce((a, b) => a + b, 0);
          // Rows count once, in their write pass; a second pass (team parents, park land) adds none.
          const added = step.pass === 'write' ? part.get(step.file)!.length : 0;
          const [{ moved }] = await tx.run(ADVANCE_LOAD, { id: load.id, from: cursor, to: next, rows: added, changes, at: at() });
          if (moved !== 1) throw new BulkLoadConflictError(load.id);
          return result;
        },
        { meta: { operation: 'import', actor: actor.id, importId: load.id }, timeoutMs: opts.timeoutMs },
      );
      for (const [label, n] of Object.entries(wrote.changed)) changed[label as AuditLabel] += n;
      if (step.pass === 'write') rowsThisRun += part.get(step.file)!.length;
      batches += 1;
      cursor = next;
    }
  }
  const [done] = await gw.write(FINISH_LOAD, { id: load.id, at: at() });
  return { importId: load.id, resumed: found !== undefined, rowsThisRun, rows: done.rows, batches, changed, changes: done.changes };
}

import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import { Config, PROJECT_ROOT } from '../../config';
import type { Neo4jGateway } from '../../db/gateway';
import { newImportId, type ImportActor } from './dataset.writer';
import { CREATE_JOB, ImportJobRecord, JOB, TOUCH_JOBS, UPDATE_JOB } from './import-job.queries';
import { ImportFailure, ImportMessage, ImportTask } from './import-job.protocol';
import type { ImportResult } from './import.service';

/** Most report lines a job keeps (the count says how many there were). */
export const REPORT_LINES = 1000;
/** How often the instance holding a job says it is still there. */
const HEARTBEAT_MS = 10_000;
/** Progress is written at most this often (phases and the end always). */
const PROGRESS_MS = 1_000;
/** How long a job's end is retried while the database is away. */
const FINAL_STATE_PATIENCE_MS = 10 * 60_000;

/** An upload saved on disk, waiting for its job. */
export interface StagedUpload {
  file: string;
  /** A private folder the job may use and removes when it ends. */
  dir: string;
  bytes: number;
}

/** The compiled helper: beside this file when running from dist/, else in dist/ (ts-jest runs src/). */
function childScript(): string {
  const beside = path.join(__dirname, 'import-job.child.js');
  return fs.existsSync(beside) ? beside : path.join(PROJECT_ROOT, 'dist', 'src', 'modules', 'import', 'import-job.child.js');
}

/** The job's record once the helper's result is in: SUCCEEDED, or INVALID with its report. */
function outcomeOf(result: ImportResult): Partial<ImportJobRecord> {
  return {
    status: result.ok ? 'SUCCEEDED' : 'INVALID',
    counts: JSON.stringify(result.counts),
    changed: result.changed ? JSON.stringify(result.changed) : null,
    problemCount: result.problems.length,
    report: result.report.slice(0, REPORT_LINES),
    warnings: result.warnings.slice(0, REPORT_LINES),
    written: result.written,
    checkedAgainstDatabase: result.checkedAgainstDatabase,
  };
}

/**
 * Import jobs (导入任务): each upload runs in its own helper process, one at a time per instance,
 * and its state lives in the graph as an ImportJob node, so any instance can answer `importJob(id)`.
 * The service's event loop only moves bytes and messages; its heap never holds the dataset.
 */
export class ImportJobs {
  private readonly queue = pLimit(1);
  private readonly held = new Set<string>();
  private readonly ends = new Map<string, Promise<ImportJobRecord>>();
  private readonly children = new Set<ChildProcess>();
  private readonly heartbeat: NodeJS.Timeout;
  private closing = false;

  constructor(
    private readonly gw: Neo4jGateway,
    private readonly config: Config,
    private readonly logger: Logger,
  ) {
    this.heartbeat = setInterval(() => void this.touch(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Queues an import of a saved upload; answers with the job as stored (QUEUED) and its end. */
  async submit(
    upload: StagedUpload,
    opts: { dryRun: boolean; actor: ImportActor },
  ): Promise<{ job: ImportJobRecord; end: Promise<ImportJobRecord> }> {
    const id = newImportId();
    const [row] = await this.gw.write(CREATE_JOB, {
      id,
      dryRun: opts.dryRun,
      actor: opts.actor.id,
      role: opts.actor.role,
      uploadBytes: upload.bytes,
      at: new Date().toISOString(),
    });
    this.held.add(id);
    const end = this.queue(() =>
      this.run(id, upload, opts).catch((e: unknown) => {
        this.logger.error({ jobId: id, err: e }, 'import job failed');
        return this.update(id, { ...this.failed(ImportFailure.INTERNAL), phase: 'done', finishedAt: new Date().toISOString() });
      }),
    ).finally(() => {
      this.held.delete(id);
      fs.rmSync(upload.dir, { recursive: true, force: true });
    });
    this.ends.set(id, end);
    void end.finally(() => this.ends.delete(id));
    return { job: row.job, end };
  }

  /** Stops every helper (their transactions roll back) and marks their jobs interrupted. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.heartbeat);
    for (const child of this.children) child.kill('SIGKILL');
    await Promise.allSettled([...this.ends.values()]);
  }

  private async run(id: string, upload: StagedUpload, opts: { dryRun: boolean; actor: ImportActor }): Promise<ImportJobRecord> {
    if (this.closing) return this.update(id, this.failed(ImportFailure.INTERRUPTED));
    const connection = this.gw.connection;
    if (!connection) throw new Error('ImportJobs needs a gateway that knows its connection');
    await this.update(id, { status: 'RUNNING', startedAt: new Date().toISOString(), phase: 'stage' });
    const task: ImportTask = {
      upload: upload.file,
      dir: upload.dir,
      importId: id,
      dryRun: opts.dryRun,
      actor: opts.actor,
      uploadLimits: { maxUnpackedBytes: this.config.importMaxBytes * 20, maxEntries: 100 },
      readLimits: { maxRows: this.config.importMaxRows },
      timeoutMs: this.config.importTxTimeoutMs,
      connection,
    };
    const end = await this.runChild(id, task);
    const record = await this.recordEnd(id, { ...end, finishedAt: new Date().toISOString() });
    this.logger.info(
      { jobId: id, actor: opts.actor.id, dryRun: opts.dryRun, status: record.status, failure: record.failure },
      'import job ended',
    );
    return record;
  }

  /** Runs the helper to its end; whatever happens, answers with the job's final state. */
  private runChild(id: string, task: ImportTask): Promise<Partial<ImportJobRecord>> {
    return new Promise((resolve) => {
      const child = fork(childScript(), [], {
        execArgv: [`--max-old-space-size=${this.config.importWorkerHeapMb}`],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      this.children.add(child);
      // A job that outlives twice its transaction timeout is stuck somewhere before the write: stop it.
      let overdue = false;
      const deadline = setTimeout(() => {
        overdue = true;
        child.kill('SIGKILL');
      }, this.config.importTxTimeoutMs * 2);
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
      let end: Partial<ImportJobRecord> | undefined;
      let lastProgress = 0;
      // Progress is written in the order it came, and the final state after all of it.
      let written: Promise<unknown> = Promise.resolve();
      const record = (props: Partial<ImportJobRecord>): void => void (written = written.then(() => this.update(id, props)));
      child.on('message', (m: ImportMessage) => {
        if (m.type === 'phase') record({ phase: m.phase, file: null, done: null, total: null });
        else if (m.type === 'progress' && (Date.now() - lastProgress > PROGRESS_MS || m.done === m.total)) {
          lastProgress = Date.now();
          record({ phase: 'write', file: m.file, done: m.done, total: m.total });
        } else if (m.type === 'result') end = outcomeOf(m.result);
        else if (m.type === 'failed') {
          if (m.failure === ImportFailure.INTERNAL)
            this.logger.error({ jobId: id, detail: m.message }, 'import job failed inside its helper');
          end = this.failed(m.failure, m.failure === ImportFailure.INTERNAL ? undefined : m.message, m.messageZh);
        }
      });
      child.on('error', (e) => this.logger.error({ jobId: id, err: e }, 'import helper could not run'));
      child.on('exit', (code, signal) => {
        this.children.delete(child);
        clearTimeout(deadline);
        const last = (): Partial<ImportJobRecord> => {
          if (end) return end;
          if (overdue) return this.failed(ImportFailure.TIMEOUT);
          if (/heap out of memory|Allocation failed/i.test(stderr)) return this.failed(ImportFailure.OUT_OF_MEMORY);
          if (this.closing) return this.failed(ImportFailure.INTERRUPTED);
          this.logger.error({ jobId: id, code, signal, stderr }, 'import helper ended without an answer');
          return this.failed(ImportFailure.INTERNAL);
        };
        void written.then(() => resolve({ ...last(), phase: 'done' }));
      });
      child.send(task);
    });
  }

  private failed(failure: ImportFailure, message?: string, messageZh?: string): Partial<ImportJobRecord> {
    const text = FAILURE_TEXT[failure];
    return { status: 'FAILED', failure, message: message ?? text.message, messageZh: messageZh ?? text.messageZh, written: false };
  }

  private async update(id: string, props: Partial<ImportJobRecord>): Promise<ImportJobRecord> {
    try {
      const [row] = await this.gw.write(UPDATE_JOB, { id, props, at: new Date().toISOString() });
      return row.job;
    } catch (e) {
      // The job's record is a report, not the import: a failed write of it is logged, the import goes on.
      this.logger.warn({ jobId: id, err: e }, 'could not record an import job state');
      const [row] = await this.gw.read(JOB, { id }).catch(() => []);
      return row?.job ?? ({ id, ...props } as ImportJobRecord);
    }
  }

  /**
   * The job's final state must reach the graph, or readers would see it interrupted: while the
   * database is gone (a restart takes up to a minute or two) the write is tried again every 2 s.
   */
  private async recordEnd(id: string, props: Partial<ImportJobRecord>): Promise<ImportJobRecord> {
    const until = Date.now() + FINAL_STATE_PATIENCE_MS;
    for (;;) {
      try {
        const [row] = await this.gw.write(UPDATE_JOB, { id, props, at: new Date().toISOString() });
        return row.job;
      } catch (e) {
        if (this.closing || Date.now() > until) return this.update(id, props);
        this.logger.warn({ jobId: id, err: e }, 'could not record an import job end yet; trying again');
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  }

  private async touch(): Promise<void> {
    if (this.held.size === 0) return;
    await this.gw.write(TOUCH_JOBS, { ids: [...this.held], at: new Date().toISOString() }).catch(() => undefined);
  }
}

/** What each failure says when the helper gave no words of its own. */
export const FAILURE_TEXT: Record<ImportFailure, { message: string; messageZh: string }> = {
  UPLOAD_INVALID: { message: 'The upload cannot be taken apart.', messageZh: '上传的文件无法解开，未写入任何数据。' },
  UNREADABLE: { message: 'The dataset cannot be read.', messageZh: '数据集无法读取，未写入任何数据。' },
  TIMEOUT: { message: 'The import timed out and was rolled back.', messageZh: '导入超时，已回滚，未写入任何数据。' },
  TOO_LARGE: { message: 'The import is larger than one transaction may hold.', messageZh: '导入数据过大，已回滚，未写入任何数据。' },
  OUT_OF_MEMORY: {
    message: 'The import needed more memory than its helper process has (IMPORT_WORKER_HEAP_MB); nothing was written. Import it in parts.',
    messageZh: '导入所需内存超过上限（IMPORT_WORKER_HEAP_MB），未写入任何数据，请分批导入。',
  },
  DATABASE_UNAVAILABLE: {
    message: 'The database is unavailable; nothing was written.',
    messageZh: '数据库暂不可用，未写入任何数据，请稍后重试。',
  },
  INTERRUPTED: {
    message: 'The service stopped while the import was queued or running; nothing was written. Send it again.',
    messageZh: '导入进行中服务已停止，未写入任何数据，请重新提交。',
  },
  INTERNAL: {
    message: 'The import failed with an internal error; nothing was written.',
    messageZh: '导入时发生内部错误，未写入任何数据。',
  },
};

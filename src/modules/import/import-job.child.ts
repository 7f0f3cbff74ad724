import 'reflect-metadata';
import { createDriver, Neo4jGateway } from '../../db/gateway';
import { DatabaseUnavailableError } from '../../errors';
import { DatasetReadError } from './dataset.reader';
import { ImportFailure, ImportMessage, ImportTask } from './import-job.protocol';
import { importDataset, ImportTimeoutError, ImportTooLargeError } from './import.service';
import { stageUpload, UploadError } from './upload';

/**
 * The helper process one uploaded import runs in (forked by ImportJobs): it unpacks, reads,
 * validates and writes with its own heap, event loop and database connection, so a large or
 * hostile upload costs the service nothing but a child it can wait for or kill.
 */
function send(message: ImportMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, undefined, {}, () => resolve()) : resolve()));
}

/** The failure a thrown error stands for, with the sentence shown to the admin. */
function failureOf(e: unknown): Extract<ImportMessage, { type: 'failed' }> {
  const failed = (failure: ImportFailure, message: string, messageZh: string) => ({ type: 'failed' as const, failure, message, messageZh });
  if (e instanceof UploadError) return failed(ImportFailure.UPLOAD_INVALID, e.message, e.messageZh);
  if (e instanceof DatasetReadError) return failed(ImportFailure.UNREADABLE, e.message, e.messageZh);
  if (e instanceof ImportTimeoutError) return failed(ImportFailure.TIMEOUT, e.message, '导入超时，已回滚，未写入任何数据。');
  if (e instanceof ImportTooLargeError) return failed(ImportFailure.TOO_LARGE, e.message, '导入数据过大，已回滚，未写入任何数据。');
  if (e instanceof DatabaseUnavailableError)
    return failed(ImportFailure.DATABASE_UNAVAILABLE, e.message, '数据库暂不可用，未写入任何数据，请稍后重试。');
  return failed(ImportFailure.INTERNAL, (e as Error).message ?? String(e), '导入时发生内部错误，未写入任何数据。');
}

async function run(task: ImportTask): Promise<void> {
  const { connection: c } = task;
  const gw = new Neo4jGateway(createDriver(c.uri, c, 2), { database: c.database, txTimeoutMs: c.txTimeoutMs });
  try {
    await send({ type: 'phase', phase: 'stage' });
    const source = await stageUpload(task.upload, task.dir, task.uploadLimits);
    const result = await importDataset(gw, source, {
      dryRun: task.dryRun,
      timeoutMs: task.timeoutMs,
      actor: task.actor,
      importId: task.importId,
      readLimits: task.readLimits,
      onPhase: (phase) => {
        if (phase !== 'done') void send({ type: 'phase', phase });
      },
      onProgress: (p) => void send({ type: 'progress', ...p }),
    });
    await send({ type: 'result', result });
  } catch (e) {
    await send(failureOf(e));
  } finally {
    await gw.close();
  }
}

// The service that forked this helper is gone (killed, crashed): stop at once, so the open
// transaction rolls back and the job's record ("interrupted, nothing written") stays true.
process.once('disconnect', () => process.exit(3));

process.once('message', (task: ImportTask) => {
  run(task).then(
    () => process.exit(0),
    () => process.exit(1),
  );
});

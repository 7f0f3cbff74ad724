import { ImportFailure } from './import-job.protocol';
import type { ImportJobRecord } from './import-job.queries';
import { ImportCount, ImportJob, ImportJobStatus, ImportPhase } from './import-job.type';

/** A queued or running job whose instance has not said it is alive for this long was lost with it. */
export const STALE_AFTER_MS = 60_000;

const counted = (json: string | null | undefined): ImportCount[] =>
  Object.entries(json ? (JSON.parse(json) as Record<string, number>) : {}).map(([name, count]) => ({ name, count }));

/**
 * A stored job as the API shows it. A job still QUEUED or RUNNING whose heartbeat stopped (its
 * service instance died) is FAILED/INTERRUPTED: its transaction was rolled back with the process.
 */
export function toImportJob(r: ImportJobRecord, now: number): ImportJob {
  const status = r.status as ImportJobStatus;
  const open = status === ImportJobStatus.QUEUED || status === ImportJobStatus.RUNNING;
  const lost = open && now - Date.parse(r.updatedAt) > STALE_AFTER_MS;
  return {
    id: r.id,
    status: lost ? ImportJobStatus.FAILED : status,
    phase: lost ? ImportPhase.done : ((r.phase as ImportPhase | null | undefined) ?? null),
    dryRun: r.dryRun,
    actor: r.actor,
    uploadBytes: r.uploadBytes,
    createdAt: r.createdAt,
    startedAt: r.startedAt ?? null,
    finishedAt: r.finishedAt ?? null,
    progress: !lost && r.file && r.done != null && r.total != null ? { file: r.file, done: r.done, total: r.total } : null,
    counts: counted(r.counts),
    changed: counted(r.changed),
    written: r.written === true,
    problemCount: r.problemCount ?? 0,
    report: r.report ?? [],
    warnings: r.warnings ?? [],
    failure: lost ? ImportFailure.INTERRUPTED : ((r.failure as ImportFailure | null | undefined) ?? null),
    message: lost ? 'The service instance running this job stopped; nothing was written. Send it again.' : (r.message ?? null),
    messageZh: lost ? '执行该任务的服务已停止，未写入任何数据，请重新提交。' : (r.messageZh ?? null),
  };
}

import express, { Router } from 'express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { Logger } from 'pino';
import { Role, ROLE_ZH } from '../../auth/roles';
import type { Config } from '../../config';
import type { Neo4jGateway } from '../../db/gateway';
import { ErrorCode } from '../../errors';
import { callerOf } from '../../http/auth';
import { toImportJob } from './import-job.mappers';
import { JOB } from './import-job.queries';
import { ImportFailure } from './import-job.protocol';
import { ImportJobs } from './import-job.service';
import { ImportJob, ImportJobStatus } from './import-job.type';

type Res = express.Response;
function fail(res: Res, status: number, code: ErrorCode, message: string, messageZh: string, extra: object = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, messageZh, ...extra } }] });
}

/** A body larger than the cap: the upload stops there. */
class BodyTooLarge extends Error {}

/** Saves the request body to `file`, counting as it goes; nothing past `max` bytes is kept. */
async function saveBody(req: express.Request, file: string, max: number): Promise<number> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) throw new BodyTooLarge();
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(bytes > max ? new BodyTooLarge() : null, chunk);
    },
  });
  await pipeline(req, cap, fs.createWriteStream(file));
  return bytes;
}

/** The HTTP status a finished job answers a waiting caller with. */
const FAILURE_STATUS: Record<ImportFailure, { status: number; code: ErrorCode }> = {
  UPLOAD_INVALID: { status: 400, code: ErrorCode.BAD_USER_INPUT },
  UNREADABLE: { status: 422, code: ErrorCode.BAD_USER_INPUT },
  TIMEOUT: { status: 504, code: ErrorCode.QUERY_TIMEOUT },
  TOO_LARGE: { status: 413, code: ErrorCode.BAD_USER_INPUT },
  OUT_OF_MEMORY: { status: 413, code: ErrorCode.BAD_USER_INPUT },
  DATABASE_UNAVAILABLE: { status: 503, code: ErrorCode.DATABASE_UNAVAILABLE },
  INTERRUPTED: { status: 503, code: ErrorCode.DATABASE_UNAVAILABLE },
  INTERNAL: { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR },
};

/** A finished job as the answer to `?wait=true`: the report (422 when it has problems) or the failure. */
function answerFinished(res: Res, job: ImportJob): void {
  if (job.status === ImportJobStatus.FAILED) {
    const { status, code } = FAILURE_STATUS[job.failure ?? ImportFailure.INTERNAL];
    return fail(res, status, code, job.message ?? 'The import failed.', job.messageZh ?? '导入失败。', {
      jobId: job.id,
      failure: job.failure,
    });
  }
  res.status(job.status === ImportJobStatus.SUCCEEDED ? 200 : 422).json({
    jobId: job.id,
    ok: job.status === ImportJobStatus.SUCCEEDED,
    dryRun: job.dryRun,
    written: job.written,
    importId: job.written ? job.id : null,
    changed: job.written ? Object.fromEntries(job.changed.map((c) => [c.name, c.count])) : null,
    counts: Object.fromEntries(job.counts.map((c) => [c.name, c.count])),
    problemCount: job.problemCount,
    report: job.report,
    warnings: job.warnings,
  });
}

function adminOnly(res: Res): boolean {
  const caller = callerOf(res);
  if (caller.roles.includes(Role.ADMIN)) return true;
  fail(
    res,
    caller.anonymous ? 401 : 403,
    caller.anonymous ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN,
    'Imports need a token with the ADMIN role.',
    `导入需要「${ROLE_ZH[Role.ADMIN]}」角色。`,
  );
  return false;
}

function flag(res: Res, value: unknown, name: string): boolean | undefined {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  fail(res, 400, ErrorCode.BAD_USER_INPUT, `${name} must be true or false.`, `${name} 只能为 true 或 false。`, {
    fields: [{ path: name, message: 'must be true or false' }],
  });
  return undefined;
}

/**
 * POST /import (admins): a zip of CSV files or an .xlsx workbook as the body, `?dryRun=true` to
 * validate only. The body goes to disk and the import runs as a job in its own process (the same
 * reader, validator and single transaction as `npm run import`): the answer is 202 with the job
 * id, followed at `GET /import/jobs/:id` or `importJob(id)`; `?wait=true` answers with the report
 * once the job ends (422 when it has problems).
 */
export function importRoutes(jobs: ImportJobs, gw: Neo4jGateway, config: Config, logger: Logger): Router {
  const router = Router();
  router.post('/import', async (req, res, next) => {
    if (!adminOnly(res)) return;
    const dryRun = flag(res, req.query.dryRun, 'dryRun');
    const wait = dryRun === undefined ? undefined : flag(res, req.query.wait, 'wait');
    if (dryRun === undefined || wait === undefined) return;
    const caller = callerOf(res);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-upload-'));
    const file = path.join(dir, 'upload.bin');
    try {
      let bytes: number;
      try {
        bytes = await saveBody(req, file, config.importMaxBytes);
      } catch (e) {
        fs.rmSync(dir, { recursive: true, force: true });
        if (!(e instanceof BodyTooLarge)) throw e;
        res.set('Connection', 'close');
        const mb = Math.round(config.importMaxBytes / 1048576);
        return fail(
          res,
          413,
          ErrorCode.BAD_USER_INPUT,
          `The upload is larger than ${config.importMaxBytes} bytes (IMPORT_MAX_BYTES).`,
          `上传文件超过 ${mb} MB 的上限，请分批导入。`,
        );
      }
      const { job: queued, end } = await jobs
        .submit({ file, dir, bytes }, { dryRun, actor: { id: caller.id, role: caller.role } })
        .catch((e: unknown) => {
          // No job took the upload (the database did not answer): nothing may stay behind on disk.
          fs.rmSync(dir, { recursive: true, force: true });
          throw e;
        });
      logger.info({ actor: caller.id, dryRun, jobId: queued.id, bytes }, 'import job queued');
      const statusUrl = `/import/jobs/${queued.id}`;
      if (!wait) {
        return res.status(202).location(statusUrl).json({ jobId: queued.id, status: queued.status, dryRun, statusUrl });
      }
      answerFinished(res, toImportJob(await end, Date.now()));
    } catch (e) {
      next(e);
    }
  });
  router.get('/import/jobs/:id', async (req, res, next) => {
    if (!adminOnly(res)) return;
    try {
      const id = String(req.params.id);
      const [row] = /^import-[0-9a-f-]{36}$/.test(id) ? await gw.read(JOB, { id }) : [];
      if (!row) return fail(res, 404, ErrorCode.NOT_FOUND, `No import job ${id}.`, '未找到该导入任务。');
      res.json(toImportJob(row.job, Date.now()));
    } catch (e) {
      next(e);
    }
  });
  return router;
}

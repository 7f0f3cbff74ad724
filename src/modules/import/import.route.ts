import express, { Router } from 'express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { Role, ROLE_ZH } from '../../auth/roles';
import type { Config } from '../../config';
import type { Neo4jGateway } from '../../db/gateway';
import { ErrorCode } from '../../errors';
import { callerOf } from '../../http/auth';
import { DatasetReadError } from './dataset.reader';
import { importDataset, ImportTimeoutError, ImportTooLargeError } from './import.service';
import { stageUpload, UploadError } from './upload';

type Res = express.Response;
function fail(res: Res, status: number, code: ErrorCode, message: string, messageZh: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, messageZh } }] });
}

/**
 * POST /import (admins): a zip of CSV files or an .xlsx workbook as the request body, `?dryRun=true`
 * to validate only. The same reader, validator and single transaction as `npm run import`; the
 * answer is the same `file:row:column — reason` report, as JSON (422 when it has problems).
 */
export function importRoutes(gw: Neo4jGateway, config: Config, logger: Logger): Router {
  const router = Router();
  router.post('/import', express.raw({ type: () => true, limit: config.importMaxBytes }), async (req, res, next) => {
    const caller = callerOf(res);
    if (!caller.roles.includes(Role.ADMIN)) {
      const code = caller.anonymous ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN;
      return fail(
        res,
        caller.anonymous ? 401 : 403,
        code,
        'Imports need a token with the ADMIN role.',
        `导入需要「${ROLE_ZH[Role.ADMIN]}」角色。`,
      );
    }
    const dryRunParam = req.query.dryRun;
    if (dryRunParam !== undefined && dryRunParam !== 'true' && dryRunParam !== 'false') {
      return fail(res, 400, ErrorCode.BAD_USER_INPUT, 'dryRun must be true or false.', 'dryRun 只能为 true 或 false。');
    }
    const dryRun = dryRunParam === 'true';
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-upload-'));
    try {
      const source = await stageUpload(body, dir, { maxUnpackedBytes: config.importMaxBytes * 20, maxEntries: 100 });
      const result = await importDataset(gw, source, {
        dryRun,
        timeoutMs: config.importTxTimeoutMs,
        actor: { id: caller.id, role: caller.role },
      });
      logger.info(
        {
          actor: caller.id,
          dryRun,
          ok: result.ok,
          written: result.written,
          importId: result.importId,
          changed: result.changed,
          problems: result.problems.length,
          counts: result.counts,
        },
        'import over HTTP',
      );
      res.status(result.ok ? 200 : 422).json({
        ok: result.ok,
        dryRun,
        written: result.written,
        importId: result.importId ?? null,
        changed: result.changed ?? null,
        counts: result.counts,
        report: result.report,
        problems: result.problems,
        warnings: result.warnings,
      });
    } catch (e) {
      if (e instanceof UploadError) return fail(res, 400, ErrorCode.BAD_USER_INPUT, e.message, e.messageZh);
      if (e instanceof DatasetReadError) return fail(res, 422, ErrorCode.BAD_USER_INPUT, e.message, '数据集无法读取。');
      if (e instanceof ImportTimeoutError) return fail(res, 504, ErrorCode.QUERY_TIMEOUT, e.message, '导入超时，已回滚，未写入任何数据。');
      if (e instanceof ImportTooLargeError)
        return fail(res, 413, ErrorCode.BAD_USER_INPUT, e.message, '导入数据过大，已回滚，未写入任何数据。');
      next(e);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  return router;
}

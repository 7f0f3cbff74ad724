import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { PROJECT_ROOT } from './config';
import { DOMAIN_NODE_COUNT } from './db/db.queries';
import type { Neo4jGateway } from './db/gateway';
import { importDataset } from './modules/import/import.service';

/**
 * Loads the seed dataset through the importer when the database holds no domain data, under the
 * import timeout (not the request timeout: a busy machine may need well over 15 s).
 */
export async function seedIfEmpty(gw: Neo4jGateway, seedDir: string, logger: Logger, timeoutMs?: number): Promise<boolean> {
  const [row] = await gw.read(DOMAIN_NODE_COUNT, {});
  if ((row?.n ?? 0) > 0) return false;
  const folder = path.relative(PROJECT_ROOT, seedDir) || seedDir;
  if (!fs.existsSync(seedDir)) {
    logger.warn({ seedDir }, `database is empty and the seed folder ${folder} does not exist; starting empty`);
    return false;
  }
  logger.info({ seedDir }, `database is empty: loading ${folder} through the importer`);
  const t0 = Date.now();
  const result = await importDataset(gw, seedDir, { timeoutMs, actor: { id: 'system:seed', role: null } });
  if (!result.ok) {
    logger.error({ problems: result.report.slice(0, 20) }, `the seed dataset ${folder} did not validate; starting empty`);
    return false;
  }
  logger.info({ ms: Date.now() - t0, rows: result.counts }, `${folder} loaded`);
  return true;
}

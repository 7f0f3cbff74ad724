import fs from 'node:fs';
import type { Logger } from 'pino';
import type { Neo4jGateway } from './db/gateway';
import { importDataset } from './modules/import/import.service';

/** Loads the demo dataset through the importer when the database holds no domain data. */
export async function seedIfEmpty(gw: Neo4jGateway, seedDir: string, logger: Logger): Promise<boolean> {
  const [row] = await gw.read('system/domain-node-count');
  if (Number(row?.n ?? 0) > 0) return false;
  if (!fs.existsSync(seedDir)) {
    logger.warn({ seedDir }, 'database is empty and no demo dataset was found; starting empty');
    return false;
  }
  logger.info({ seedDir }, 'database is empty: loading the demo dataset through the importer');
  const t0 = Date.now();
  const result = await importDataset(gw, seedDir);
  if (!result.ok) {
    logger.error({ problems: result.report.slice(0, 20) }, 'the demo dataset did not validate; starting empty');
    return false;
  }
  logger.info({ ms: Date.now() - t0, rows: result.counts }, 'demo dataset loaded');
  return true;
}

import fs from 'node:fs';
import type { Logger } from 'pino';
import type { Neo4jGateway } from './db/gateway';

/**
 * Loads the demo dataset when the database holds no domain data.
 * The importer (and the dataset) arrive with the knowledge-graph work; until then this only reports.
 */
export async function seedIfEmpty(gw: Neo4jGateway, seedDir: string, logger: Logger): Promise<boolean> {
  const [row] = await gw.read('system/domain-node-count');
  if (Number(row?.n ?? 0) > 0) return false;
  if (!fs.existsSync(seedDir)) {
    logger.warn({ seedDir }, 'database is empty and no demo dataset was found; starting empty');
    return false;
  }
  return false;
}

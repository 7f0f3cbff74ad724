import path from 'node:path';
import pino from 'pino';
import { Service, startService } from '../../src/app';
import { loadConfig, Config } from '../../src/config';
import { createDriver, Neo4jGateway } from '../../src/db/gateway';
import { migrate } from '../../src/db/migrate';
import { importDataset } from '../../src/modules/import/import.service';

export const silentLogger = pino({ level: 'silent' });
export const DEMO_DIR = path.join(__dirname, '..', '..', 'seeds', 'demo');

export function testUri(): string {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error('NEO4J_TEST_URI is not set: the jest global setup should have started Neo4j');
  return uri;
}

export function testConfig(): Config {
  return loadConfig(
    { NODE_ENV: 'test', NEO4J_USER: process.env.NEO4J_TEST_USER, NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD },
    { neo4j: { uri: testUri() }, port: 0, seedOnEmpty: false },
  );
}

export function testGateway(): Neo4jGateway {
  const c = testConfig();
  return new Neo4jGateway(createDriver(testUri(), c.neo4j, 10), {
    database: c.neo4j.database,
    // Generous: imports in tests must not fail because the machine is busy.
    txTimeoutMs: 600000,
    logger: silentLogger,
  });
}

/** Empties the throw-away test database (keeping the schema) and applies migrations. */
export async function resetDatabase(gw: Neo4jGateway): Promise<void> {
  await migrate(gw);
  await gw.runAutoCommit('admin/wipe-all');
}

/** Resets the test database, loads the demo dataset through the importer and starts the service on it. */
export async function startDemoService(config: Config = testConfig()): Promise<Service> {
  const gw = testGateway();
  try {
    await resetDatabase(gw);
    const result = await importDataset(gw, DEMO_DIR);
    if (!result.ok) throw new Error(`demo dataset did not import:\n${result.report.slice(0, 10).join('\n')}`);
  } finally {
    await gw.close();
  }
  return startService(config, silentLogger);
}

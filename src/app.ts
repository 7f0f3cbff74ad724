import type { Logger } from 'pino';
import type { Config } from './config';
import { BundledNeo4j, startBundledNeo4j } from './db/bundled-neo4j';
import { createDriver, Neo4jGateway } from './db/gateway';
import { migrate } from './db/migrate';
import { AppServer, createServer } from './server';

export interface Service {
  gateway: Neo4jGateway;
  server: AppServer;
  bundled?: BundledNeo4j;
  url: string;
  close(): Promise<void>;
}

/** Opens the database named by the config (starting the bundled one when NEO4J_URI is unset). */
export async function openDatabase(
  config: Config,
  logger: Logger,
): Promise<{ gateway: Neo4jGateway; bundled?: BundledNeo4j }> {
  let bundled: BundledNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (uri === undefined) {
    bundled = await startBundledNeo4j({ ...config.bundled, log: (l) => logger.info(l) });
    uri = bundled.uri;
  }
  const driver = createDriver(uri, config.neo4j, config.neo4j.maxPoolSize);
  const gateway = new Neo4jGateway(driver, { database: config.neo4j.database, txTimeoutMs: config.neo4j.txTimeoutMs, logger });
  try {
    await waitForDatabase(gateway, 30000);
  } catch (e) {
    await gateway.close();
    await bundled?.stop();
    throw e;
  }
  return { gateway, bundled };
}

async function waitForDatabase(gateway: Neo4jGateway, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await gateway.ping();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Starts everything `npm start` runs: database, migrations, demo seed, HTTP. */
export async function startService(
  config: Config,
  logger: Logger,
  hooks: { afterMigrate?: (gw: Neo4jGateway) => Promise<void> } = {},
): Promise<Service> {
  const { gateway, bundled } = await openDatabase(config, logger);
  let server: AppServer | undefined;
  const close = async (): Promise<void> => {
    await server?.stop();
    await gateway.close();
    await bundled?.stop();
  };
  try {
    await migrate(gateway, logger);
    await hooks.afterMigrate?.(gateway);
    server = await createServer(config, gateway, logger);
    const url = await server.listen();
    return { gateway, server, bundled, url, close };
  } catch (e) {
    await close();
    throw e;
  }
}

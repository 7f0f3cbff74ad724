import type { Logger } from 'pino';
import type { Config } from './config';
import { BundledNeo4j, portInUse, startBundledNeo4j } from './db/bundled-neo4j';
import { Neo4jError } from 'neo4j-driver';
import { createDriver, Neo4jGateway } from './db/gateway';
import { BundledSupervisor, DatabaseMonitor } from './db/supervisor';
import { migrate } from './db/migrate';
import { AppServer, createServer } from './server';

export interface Service {
  gateway: Neo4jGateway;
  server: AppServer;
  /** The supervised bundled database, when NEO4J_URI is unset. */
  bundled?: BundledSupervisor;
  monitor: DatabaseMonitor;
  url: string;
  close(): Promise<void>;
}

/** Opens the database named by the config (starting the bundled one when NEO4J_URI is unset). */
export async function openDatabase(config: Config, logger: Logger): Promise<{ gateway: Neo4jGateway; bundled?: BundledNeo4j }> {
  let bundled: BundledNeo4j | undefined;
  let uri = config.neo4j.uri;
  let auth: { user?: string; password?: string } = config.neo4j;
  if (uri === undefined) {
    bundled = await startBundledNeo4j({ ...config.bundled, log: (l) => logger.info(l) });
    uri = bundled.uri;
    auth = bundled;
  }
  const driver = createDriver(uri, auth, config.neo4j.maxPoolSize);
  const gateway = new Neo4jGateway(driver, {
    database: config.neo4j.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
    logger,
    connection: { uri, user: auth.user, password: auth.password },
  });
  try {
    // An external server gets a few seconds; the bundled one has just announced it is ready.
    await waitForDatabase(gateway, uri, bundled === undefined, bundled === undefined ? 8000 : 30000);
  } catch (e) {
    await gateway.close();
    await bundled?.stop();
    throw e;
  }
  return { gateway, bundled };
}

/** A start-up failure with its cause and the setting to change; the service stops with it. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/**
 * Waits until the database answers. Wrong credentials stop the start at once; an unreachable server
 * stops it after `timeoutMs`, naming the URI and what the driver saw (connection refused, …).
 */
async function waitForDatabase(gateway: Neo4jGateway, uri: string, external: boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await gateway.driver.getServerInfo({ database: gateway.database });
      return;
    } catch (e) {
      const code = e instanceof Neo4jError ? e.code : '';
      const message = (e as Error).message;
      if (code === 'Neo.ClientError.Security.Unauthorized') {
        throw new StartupError(
          `Neo4j at ${uri} refused the credentials (${message}). ${external ? 'Check NEO4J_USER and NEO4J_PASSWORD.' : 'The bundled database keeps its password in NEO4J_DATA_DIR/bolt-password; do not edit it.'}`,
        );
      }
      if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
        throw new StartupError(`Neo4j at ${uri} has no database "${gateway.database}". Check NEO4J_DATABASE.`);
      }
      if (Date.now() > deadline) {
        throw new StartupError(
          `Neo4j at ${uri} cannot be reached: ${message}. ${external ? 'Check NEO4J_URI (or unset it to use the bundled database) and that the server is running.' : ''}`.trim(),
        );
      }
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
  // Before the database and the migrations: a taken HTTP port is found in a second, with the setting to change.
  if (config.port !== 0 && (await portInUse(config.port, config.host))) {
    throw new StartupError(
      `port ${config.port} on ${config.host} is already in use (another copy of the service?): stop that program, or set PORT (and HOST) to a free one. ` +
        `端口 ${config.port} 已被占用，请关闭占用它的程序，或用 PORT 另选端口。`,
    );
  }
  const opened = await openDatabase(config, logger);
  const gateway = opened.gateway;
  const monitor = new DatabaseMonitor(gateway, logger);
  gateway.watchAvailability(() => monitor.available);
  const bundled = opened.bundled ? new BundledSupervisor(opened.bundled, { ...config.bundled }, monitor, logger) : undefined;
  monitor.start();
  let server: AppServer | undefined;
  const close = async (): Promise<void> => {
    monitor.stop();
    await server?.stop();
    await gateway.close();
    await bundled?.stop();
  };
  try {
    await migrate(gateway, logger);
    await hooks.afterMigrate?.(gateway);
    server = await createServer(config, gateway, logger, monitor);
    // Warm before listening: once the port answers, the first analysis request is as fast as the next.
    await server.warmUp();
    const url = await server.listen();
    return { gateway, server, bundled, monitor, url, close };
  } catch (e) {
    await close();
    throw e;
  }
}

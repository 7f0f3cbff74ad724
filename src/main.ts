import 'reflect-metadata';
import { startService, StartupError } from './app';
import { ConfigError, loadConfig } from './config';
import { BundledNeo4jError } from './db/bundled-neo4j';
import { MigrationError } from './db/migrate';
import { createLogger } from './logger';
import { ImportTimeoutError, ImportTooLargeError } from './modules/import/import.service';
import { seedIfEmpty } from './seed';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n(see .env.example for every setting)\n`);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config);
  let service;
  try {
    service = await startService(config, logger, {
      afterMigrate: async (gw) => {
        if (config.seedOnEmpty) await seedIfEmpty(gw, config.seedDir, logger, config.importTxTimeoutMs);
      },
    });
  } catch (e) {
    if (
      e instanceof BundledNeo4jError ||
      e instanceof MigrationError ||
      e instanceof ImportTimeoutError ||
      e instanceof ImportTooLargeError ||
      e instanceof StartupError
    ) {
      logger.fatal(e.message);
    } else {
      logger.fatal({ err: e }, 'failed to start');
    }
    process.exit(1);
  }
  logger.info(`GraphQL ready at ${service.url}/graphql (health: ${service.url}/health, ready: ${service.url}/ready)`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: HTTP, then the driver, then the bundled database');
    const force = setTimeout(() => process.exit(1), 45000);
    force.unref();
    try {
      await service.close();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (e) {
      logger.error({ err: e }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

void main();

import 'reflect-metadata';
import cliProgress from 'cli-progress';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../app';
import { Config, ConfigError, loadConfig } from '../config';
import { boltPassword, boltPasswordFile, portInUse } from '../db/bundled-neo4j';
import { createDriver, Neo4jGateway } from '../db/gateway';
import { migrate } from '../db/migrate';
import { createLogger } from '../logger';
import { DatasetReadError } from '../modules/import/dataset.reader';
import { importDataset, ImportTimeoutError, ImportTooLargeError } from '../modules/import/import.service';

const USAGE = 'usage: npm run import -- <folder-of-csv | workbook.xlsx> [--dry-run] [--actor <name>]';

/**
 * `npm run import -- <folder|workbook> [--dry-run]`
 * Uses NEO4J_URI when set; otherwise the bundled database — the running one of `npm start` when
 * its port answers, else it starts it for the duration of the import. A dry run never starts a
 * database: it uses one that answers, or validates the dataset alone and says so.
 * Exit codes: 0 imported (or dry run clean), 1 problems found, 2 usage or setup error.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  // Who the audit entries name: --actor, else the operator's login (an import is signed like any write).
  const at = args.indexOf('--actor');
  const actorName = at >= 0 ? args[at + 1] : `cli:${os.userInfo().username}`;
  const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  const positional = rest.filter((a) => !a.startsWith('--'));
  const unknown = rest.filter((a) => a.startsWith('--') && a !== '--dry-run');
  if (positional.length !== 1 || unknown.length > 0 || !actorName || actorName.startsWith('--')) {
    console.error(USAGE);
    return 2;
  }
  const source = path.resolve(positional[0]);
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const logger = createLogger({ logLevel: 'warn' });
  if (config.neo4j.uri === undefined && (await portInUse(config.bundled.boltPort))) {
    // The running bundled database of `npm start`: its password is in its data folder.
    const password = fs.existsSync(boltPasswordFile(config.bundled.dataDir)) ? boltPassword(config.bundled.dataDir) : undefined;
    config = { ...config, neo4j: { ...config.neo4j, uri: `bolt://127.0.0.1:${config.bundled.boltPort}`, user: 'neo4j', password } };
  }
  const { gateway, bundled } = dryRun
    ? { gateway: await reachableDatabase(config), bundled: undefined }
    : await openDatabase(config, logger);
  if (gateway) console.error(`[import] using the database at ${config.neo4j.uri ?? bundled?.uri} (database "${config.neo4j.database}")`);
  else console.error('[import] no database answers: validating the dataset alone (references to an existing graph are not checked)');
  const tty = process.stderr.isTTY === true;
  const bar = tty
    ? new cliProgress.SingleBar({ format: '[import] {file} {bar} {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  let barFile = '';
  try {
    if (gateway && !dryRun) await migrate(gateway);
    const result = await importDataset(gateway, source, {
      dryRun,
      timeoutMs: config.importTxTimeoutMs,
      actor: { id: actorName, role: null },
      onPhase: (phase, detail) => {
        if (phase !== 'done') console.error(`[import] ${phase}${detail ? ` ${detail}` : ''}`);
      },
      onProgress: (p) => {
        if (bar) {
          if (p.file !== barFile) {
            if (barFile) bar.stop();
            bar.start(p.total, 0, { file: p.file.padEnd(20) });
            barFile = p.file;
          }
          bar.update(p.done);
        } else {
          console.error(`[import] writing ${p.file} ${p.done}/${p.total}`);
        }
      },
    });
    bar?.stop();
    for (const w of result.warnings) console.error(`[import] warning: ${w}`);
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
    if (!result.ok) {
      console.error(`[import] ${result.problems.length} problem(s); nothing was written:`);
      for (const line of result.report) console.log(line);
      return 1;
    }
    console.error(
      result.written
        ? `[import] imported ${total} rows from ${Object.keys(result.counts).length} files in one transaction as ${result.importId} by ${actorName}; ` +
            `changed ${Object.entries(result.changed ?? {})
              .map(([label, n]) => `${n} ${label}`)
              .join(', ')} (each audited, its version moved).`
        : `[import] dry run: ${total} rows in ${Object.keys(result.counts).length} files are valid` +
            `${result.checkedAgainstDatabase ? '' : ' on their own (no database was checked)'}; nothing was written.`,
    );
    return 0;
  } catch (e) {
    bar?.stop();
    if (e instanceof DatasetReadError || e instanceof ImportTimeoutError || e instanceof ImportTooLargeError) {
      console.error(`[import] ${e.message}`);
      return 2;
    }
    throw e;
  } finally {
    await gateway?.close();
    await bundled?.stop();
  }
}

/** The configured database if it answers now (a dry run never starts one), else undefined. */
async function reachableDatabase(config: Config): Promise<Neo4jGateway | undefined> {
  const uri = config.neo4j.uri;
  if (uri === undefined) return undefined;
  const gateway = new Neo4jGateway(createDriver(uri, config.neo4j, 2), {
    database: config.neo4j.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
  });
  try {
    await gateway.ping();
    return gateway;
  } catch {
    await gateway.close();
    return undefined;
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[import] failed: ${(e as Error).message}`);
    process.exit(2);
  },
);

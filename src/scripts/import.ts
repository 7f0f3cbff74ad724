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
import { BulkLoadConflictError, BulkLoadResult, BulkLoadStoppedError, DEFAULT_BATCH_ROWS } from '../modules/import/bulk-load.service';
import type { BulkLoadRow } from '../modules/import/bulk-load.queries';
import type { WriteProgress } from '../modules/import/dataset.writer';
import { bulkImportDataset, importDataset, ImportResult, ImportTimeoutError, ImportTooLargeError } from '../modules/import/import.service';

const USAGE = 'usage: npm run import -- <folder-of-csv | workbook.xlsx> [--dry-run] [--actor <name>] [--batched [--batch-rows <n>]]';

/**
 * `npm run import -- <folder|workbook> [--dry-run] [--batched]`
 * Uses NEO4J_URI when set; otherwise the bundled database — the running one of `npm start` when
 * its port answers, else it starts it for the duration of the import. A dry run never starts a
 * database: it uses one that answers, or validates the dataset alone and says so.
 * `--batched` writes in transactions of `--batch-rows` rows (default 5,000) for a graph too large
 * for one transaction; stopped anywhere (Ctrl-C stops after the batch in flight), the same command
 * resumes it.
 * Exit codes: 0 imported (or dry run clean), 1 problems found, 2 usage or setup error, 3 a batched
 * load stopped before its end (run it again to resume).
 */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const { dryRun, actorName, batched, batchRows } = args;
  const source = path.resolve(args.source);
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
    const common = {
      timeoutMs: config.importTxTimeoutMs,
      actor: { id: actorName, role: null },
      onPhase: (phase: string, detail?: string) => {
        if (phase !== 'done') console.error(`[import] ${phase}${detail ? ` ${detail}` : ''}`);
      },
      onProgress: (p: WriteProgress) => {
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
    };
    const result: ImportResult & { load?: BulkLoadResult } =
      batched && gateway
        ? await bulkImportDataset(gateway, source, { ...common, batchRows, signal: stopOnInterrupt(), onResume: reportResume })
        : await importDataset(gateway, source, { ...common, dryRun });
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
        ? `[import] imported ${total} rows from ${Object.keys(result.counts).length} files ${
            result.load
              ? `in ${result.load.batches} batches of up to ${batchRows} rows${result.load.resumed ? ' (resumed)' : ''}`
              : 'in one transaction'
          } as ${result.importId} by ${actorName}; ` +
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
    if (e instanceof BulkLoadStoppedError || e instanceof BulkLoadConflictError) {
      console.error(`[import] ${e.message}`);
      return 3;
    }
    throw e;
  } finally {
    await gateway?.close();
    await bundled?.stop();
  }
}

interface Args {
  source: string;
  dryRun: boolean;
  actorName: string;
  batched: boolean;
  batchRows: number;
}

/** The command line, or undefined when it is not one `USAGE` describes. */
function parseArgs(argv: string[]): Args | undefined {
  const valued = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--actor' || a === '--batch-rows') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return undefined;
      valued.set(a, v);
    } else if (a === '--dry-run' || a === '--batched') flags.add(a);
    else if (a.startsWith('--')) return undefined;
    else positional.push(a);
  }
  const batchRows = Number(valued.get('--batch-rows') ?? DEFAULT_BATCH_ROWS);
  if (positional.length !== 1 || !Number.isInteger(batchRows) || batchRows < 1) return undefined;
  // A dry run writes nothing, in batches or not; --batch-rows means nothing without --batched.
  if ((flags.has('--dry-run') && flags.has('--batched')) || (valued.has('--batch-rows') && !flags.has('--batched'))) return undefined;
  return {
    source: positional[0],
    dryRun: flags.has('--dry-run'),
    // Who the audit entries name: --actor, else the operator's login (an import is signed like any write).
    actorName: valued.get('--actor') ?? `cli:${os.userInfo().username}`,
    batched: flags.has('--batched'),
    batchRows,
  };
}

/** Ctrl-C (or SIGTERM) during a batched load stops it after the batch in flight commits; a second one kills. */
function stopOnInterrupt(): AbortSignal {
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      console.error(`[import] ${signal}: stopping after the batch in flight (again to kill; either way the same command resumes)`);
      stop.abort();
      process.once(signal, () => process.exit(130));
    });
  return stop.signal;
}

function reportResume(load: BulkLoadRow): void {
  console.error(
    `[import] resuming ${load.id} (started ${load.startedAt} by ${load.actor}; ${load.rows} rows in) at ${load.file} row ${load.next + 1}` +
      (load.pass === 'then' ? ' (second pass)' : ''),
  );
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

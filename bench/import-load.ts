/**
 * `npm run bench:import [-- --scale 16] [-- --heap 2g]`: what a large upload costs everyone else.
 * Starts a throw-away bundled Neo4j and the service (production mode), loads the demo, then
 * measures a simple read one request at a time — first alone, then while `POST /import` runs a job
 * with the generated dataset at `--scale` (demo × scale, about 6,300 rows per unit). Prints the
 * rows, how long the job took and how it ended, and p50 / p99 / max of the read before and during,
 * and the service's resident memory. Nothing is judged: the figures go to docs/performance.md.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startService } from '../src/app';
import { loadConfig } from '../src/config';
import { freePort, startBundledNeo4j } from '../src/db/bundled-neo4j';
import { importDataset } from '../src/modules/import/import.service';
import { percentile } from './harness';
import { adminToken, generatedZip, jobEnd, submitImport } from './import-job';
import { BENCH_SECRET, benchToken } from './token';

const READ = '{ enterprise(uscc: "91350583MAY6GB9182") { name city { name } } }';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** One read after another until `until()` says stop; the latency of each, sorted. */
async function readLoop(url: string, token: string, until: () => boolean): Promise<number[]> {
  const out: number[] = [];
  while (!until()) {
    const t0 = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: READ }),
    });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`bad answer ${res.status}: ${text.slice(0, 200)}`);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

const figures = (l: number[]): string =>
  `${l.length} reads, p50 ${percentile(l, 50).toFixed(1)} ms, p99 ${percentile(l, 99).toFixed(1)} ms, max ${l[l.length - 1].toFixed(1)} ms`;

async function main(): Promise<number> {
  const scale = Number(arg('--scale', '16'));
  const heap = arg('--heap', '2g');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-import-bench-'));
  const db = await startBundledNeo4j({
    dataDir: path.join(dir, 'db'),
    boltPort: await freePort(),
    heap,
    pageCache: '256m',
    startTimeoutMs: 480000,
  });
  const config = loadConfig(
    { NODE_ENV: 'production', LOG_LEVEL: 'error', AUTH_JWT_SECRET: BENCH_SECRET },
    {
      neo4j: { uri: db.uri, user: db.user, password: db.password },
      port: 0,
      seedOnEmpty: false,
      importMaxBytes: 512 * 1024 * 1024,
      importMaxRows: 10_000_000,
    },
  );
  const svc = await startService(config, pino({ level: 'error' }), {
    afterMigrate: async (gw) => {
      const r = await importDataset(gw, path.join(__dirname, '..', '..', 'seeds', 'demo'), { timeoutMs: 1800000 });
      if (!r.ok) throw new Error(r.report.slice(0, 5).join('\n'));
    },
  });
  try {
    const [reader, admin] = [await benchToken(), await adminToken()];
    const { zip, rows } = await generatedZip(scale, dir);
    console.log(`[import-bench] scale ${scale}: ${rows} rows, ${(zip.length / 1048576).toFixed(1)} MB zipped; Neo4j heap ${heap}`);
    const rssBefore = process.memoryUsage().rss;
    const t = Date.now();
    const alone = await readLoop(svc.url, reader, () => Date.now() - t > 15000);
    console.log(`[import-bench] read alone:        ${figures(alone)}`);
    const started = Date.now();
    const id = await submitImport(svc.url, admin, zip);
    let end: Awaited<ReturnType<typeof jobEnd>> | undefined;
    const ended = jobEnd(svc.url, admin, id).then((e) => (end = e));
    const during = await readLoop(svc.url, reader, () => end !== undefined);
    await ended;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`[import-bench] read during import: ${figures(during)}`);
    console.log(`[import-bench] job ${end!.status}${end!.failure ? ` (${end!.failure}: ${end!.message})` : ''} after ${seconds} s`);
    console.log(
      `[import-bench] service resident memory: ${(rssBefore / 1048576).toFixed(0)} MB before, ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB after`,
    );
    return 0;
  } finally {
    await svc.close();
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('[import-bench] could not run:', e);
    process.exit(2);
  },
);

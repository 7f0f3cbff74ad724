/**
 * `npm run bench:import [-- --scale 16] [-- --heap 2g]`: what a large upload costs everyone else.
 * Starts a throw-away bundled Neo4j and the service (production mode), imports the generated dataset
 * at `--scale` (demo × scale, about 6,300 rows per unit) through `POST /import` into the empty graph,
 * then measures a simple read (one firm by USCC) one request at a time — first alone, then while the
 * same upload is imported again (every row is written again in one transaction, as a monthly refresh
 * would). Prints the rows, how long each job took and how it ended, p50 / p99 / max of the read alone
 * and during, and the service's resident memory. Nothing is judged: the figures go to
 * docs/performance.md.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startService } from '../src/app';
import { loadConfig } from '../src/config';
import { freePort, startBundledNeo4j } from '../src/db/bundled-neo4j';
import { percentile } from './harness';
import { adminToken, generatedZip, jobEnd, submitImport } from './import-job';
import { BENCH_SECRET, benchToken } from './token';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** One read after another until `until()` says stop; the latency of each, sorted. */
async function readLoop(url: string, token: string, query: string, until: () => boolean): Promise<number[]> {
  const out: number[] = [];
  while (!until()) {
    const t0 = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`bad answer ${res.status}: ${text.slice(0, 200)}`);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

/** Runs one import job to its end: how it ended and how long it took. */
async function timedJob(url: string, token: string, zip: Buffer): Promise<{ outcome: string; seconds: number }> {
  const started = Date.now();
  const end = await jobEnd(url, token, await submitImport(url, token, zip));
  const outcome = end.failure ? `${end.status} (${end.failure}: ${end.message})` : end.status;
  if (end.status === 'INVALID') console.error(end.report.slice(0, 5).join('\n'));
  return { outcome, seconds: Math.round((Date.now() - started) / 1000) };
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
    { NODE_ENV: 'production', LOG_LEVEL: 'error', AUTH_JWT_SECRET: BENCH_SECRET, RATE_LIMITS: 'off' },
    {
      neo4j: { uri: db.uri, user: db.user, password: db.password },
      port: 0,
      seedOnEmpty: false,
      importMaxBytes: 512 * 1024 * 1024,
      importMaxRows: 10_000_000,
    },
  );
  const svc = await startService(config, pino({ level: 'error' }));
  try {
    const [reader, admin] = [await benchToken(), await adminToken()];
    const { zip, rows, uscc } = await generatedZip(scale, dir);
    console.log(`[import-bench] scale ${scale}: ${rows} rows, ${(zip.length / 1048576).toFixed(1)} MB zipped; Neo4j heap ${heap}`);
    const rssBefore = process.memoryUsage().rss;
    const first = await timedJob(svc.url, admin, zip);
    console.log(`[import-bench] first import into the empty graph: ${first.outcome} after ${first.seconds} s`);
    if (first.outcome !== 'SUCCEEDED') return 1;
    const read = `{ enterprise(uscc: "${uscc}") { name city { name } } }`;
    const t = Date.now();
    const alone = await readLoop(svc.url, reader, read, () => Date.now() - t > 15000);
    console.log(`[import-bench] read alone:         ${figures(alone)}`);
    let again: Awaited<ReturnType<typeof timedJob>> | undefined;
    const job = timedJob(svc.url, admin, zip).then((j) => (again = j));
    const during = await readLoop(svc.url, reader, read, () => again !== undefined);
    await job;
    console.log(`[import-bench] read during import: ${figures(during)}`);
    console.log(`[import-bench] the same upload again: ${again!.outcome} after ${again!.seconds} s`);
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

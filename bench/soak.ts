/**
 * `npm run test:soak`: a loopback load on a real service and database, twice in a row. It starts a
 * throw-away bundled Neo4j, loads a generated dataset, starts the service in this process, then runs a mixed
 * read load (autocannon, 20 connections, SOAK_SECONDS each, default 60) two times. It fails (exit 1)
 * when any response is not a clean GraphQL answer, or when the service's heap after the second run
 * (after a full GC) has grown beyond the first run's by more than 25% + 16 MB. The graph is the
 * generated dataset at SOAK_IMPORT_SCALE (default 8: about 50,000 rows); during the second run an admin
 * uploads the same dataset again through POST /import (every row written again in one transaction):
 * the job must succeed and the reads stay clean beside it. It judges no latency.
 * Run with `node --expose-gc` (the npm script does) so the heap is measured after collection.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startService } from '../src/app';
import { loadConfig } from '../src/config';
import { BENCH_SECRET, benchToken } from './token';
import { freePort, startBundledNeo4j } from '../src/db/bundled-neo4j';
import { importDataset } from '../src/modules/import/import.service';
import { adminToken, generatedZip, jobEnd, submitImport } from './import-job';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = 20;
const IMPORT_SCALE = Number(process.env.SOAK_IMPORT_SCALE ?? 8);
// The soak judges answers and memory, never speed: on a machine kept busy by other work a request may
// wait long, so neither the client nor the service (deadline, transaction timeout) gives up early.
const PATIENCE_S = 300;

/** The read mix; `firm` is a local firm of the generated dataset. */
const mixOf = (firm: string): string[] => [
  '{ enterprises(first: 20, filter: {isTarget: true}) { edges { node { name city { name } links { link { name } evidence } } } pageInfo { endCursor } } }',
  `{ enterprise(uscc: "${firm}") { name } }`,
  '{ rankTargets(input: {industryCode: "NE", mode: FILL}, first: 10) { totalCount edges { node { score reasons } } } }',
  '{ chainGaps(industryCode: "NE") { localSupplyRate links { status severity link { name } } } }',
  '{ search(text: "阀门", first: 10) { kind name } }',
  '{ projects(first: 20, filter: {campaign100Days: true}) { totalCount edges { node { name stage amountYi } } } }',
  '{ parks(first: 9, filter: {standardized: true}) { edges { node { name availableLandMu attractionRate } } } }',
  '{ about { counts { label count } } }',
];

function heapMb(): number {
  (global as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
}

async function run(
  url: string,
  token: string,
  mix: string[],
): Promise<{ requests: number; bad: number; non2xx: number; errors: number; p50: number; p99: number }> {
  let bad = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: PATIENCE_S,
    requests: mix.map((query) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => {
        if (status !== 200 || body.includes('"errors"')) {
          if (bad++ < 5) console.error(`[soak] bad answer ${status}: ${body.slice(0, 300)}`);
        }
      },
    })),
  });
  return {
    requests: result.requests.total,
    bad,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

async function main(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-soak-'));
  const db = await startBundledNeo4j({
    dataDir: path.join(dir, 'db'),
    boltPort: await freePort(),
    // One transaction may use 70% of the heap: the re-import beside run 2 writes every row in one.
    heap: '2g',
    pageCache: '256m',
    startTimeoutMs: 480000,
  });
  const config = loadConfig(
    { NODE_ENV: 'production', LOG_LEVEL: 'error', AUTH_JWT_SECRET: BENCH_SECRET, RATE_LIMITS: 'off' },
    {
      neo4j: { uri: db.uri, user: db.user, password: db.password, txTimeoutMs: PATIENCE_S * 1000 },
      request: { timeoutMs: PATIENCE_S * 1000 },
      port: 0,
      seedOnEmpty: false,
    },
  );
  const logger = pino({ level: 'error' });
  const upload = await generatedZip(IMPORT_SCALE, dir);
  const svc = await startService(config, logger, {
    afterMigrate: async (gw) => {
      const r = await importDataset(gw, upload.folder, { timeoutMs: 1800000 });
      if (!r.ok) throw new Error(r.report.slice(0, 5).join('\n'));
    },
  });
  const mix = mixOf(upload.uscc);
  try {
    const before = heapMb();
    const token = await benchToken();
    const first = await run(svc.url, token, mix);
    const afterFirst = heapMb();
    // The second run shares the service with a large import job.
    const admin = await adminToken();
    const job = await submitImport(svc.url, admin, upload.zip);
    const [second, imported] = await Promise.all([run(svc.url, token, mix), jobEnd(svc.url, admin, job)]);
    const afterSecond = heapMb();
    console.log(`[soak] ${CONNECTIONS} connections, ${SECONDS} s per run, ${mix.length} operations in rotation`);
    for (const [name, r] of [
      ['run 1', first],
      ['run 2', second],
    ] as const) {
      console.log(
        `[soak] ${name}: ${r.requests} requests, ${r.bad} bad answers, ${r.non2xx} non-2xx, ${r.errors} socket errors/timeouts, p50 ${r.p50} ms, p99 ${r.p99} ms`,
      );
    }
    console.log(`[soak] service heap after GC: ${before} MB before, ${afterFirst} MB after run 1, ${afterSecond} MB after run 2`);
    console.log(`[soak] import job beside run 2: ${upload.rows} rows (scale ${IMPORT_SCALE}), ${imported.status}`);
    const failures: string[] = [];
    if (imported.status !== 'SUCCEEDED') failures.push(`the import job ended ${imported.status}: ${imported.failure} ${imported.message}`);
    for (const r of [first, second])
      if (r.bad + r.non2xx + r.errors > 0) failures.push(`a run had ${r.bad} bad answers, ${r.non2xx} non-2xx, ${r.errors} socket errors`);
    if (first.requests === 0 || second.requests === 0) failures.push('no request was answered');
    if (afterSecond > afterFirst * 1.25 + 16) failures.push(`the heap grew from ${afterFirst} MB to ${afterSecond} MB between the runs`);
    for (const f of failures) console.error(`[soak] FAILED: ${f}`);
    console.log(failures.length === 0 ? '[soak] passed' : '[soak] failed');
    return failures.length === 0 ? 0 : 1;
  } finally {
    await svc.close();
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('[soak] could not run:', e);
    process.exit(2);
  },
);

/**
 * `npm run bench:profile [-- --query '{ __typename }'] [-- --requests 3000]`
 *
 * Where one request's time goes outside the database: starts a throw-away Neo4j with the demo data and
 * the service as production runs it, warms up, then records a CPU profile (node:inspector) of the
 * service while one client sends the query back to back, and prints the functions and packages that
 * took the most time of their own. Writes the whole profile to bench-results/ (open it in Chrome's
 * DevTools, Performance tab). docs/performance.md.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startService } from '../src/app';
import { loadConfig } from '../src/config';
import { freePort, startBundledNeo4j } from '../src/db/bundled-neo4j';
import { migrate } from '../src/db/migrate';
import { importDataset } from '../src/modules/import/import.service';
import { BENCH_SECRET, benchToken } from './token';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Where a frame's code lives: a package, our own source, Node itself. */
function owner(url: string): string {
  if (!url) return '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node';
  const own = /\/dist\/(src\/[^:]+)/.exec(url);
  return own ? own[1] : url;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const get = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const query = get('--query') ?? '{ __typename }';
  const requests = Number(get('--requests') ?? 3000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-profile-'));
  const db = await startBundledNeo4j({
    dataDir: path.join(dir, 'db'),
    boltPort: await freePort(),
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: 180000,
  });
  const logger = pino({ level: 'error' });
  const config = loadConfig(
    { NODE_ENV: 'production', LOG_LEVEL: 'silent', AUTH_JWT_SECRET: BENCH_SECRET, RATE_LIMITS: 'off' },
    { neo4j: { uri: db.uri, user: db.user, password: db.password, txTimeoutMs: 600000 }, port: 0, seedOnEmpty: false },
  );
  const svc = await startService(config, logger, {
    afterMigrate: async (gw) => {
      await migrate(gw);
      const imported = await importDataset(gw, path.join(__dirname, '..', '..', 'seeds', 'demo'));
      if (!imported.ok) throw new Error('the demo data did not import');
    },
  });
  const token = await benchToken();
  // The client runs in a process of its own, so the profile holds the service's work only.
  const client = (n: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const script = `(async () => { const t0 = performance.now(); for (let i = 0; i < ${n}; i++) {
        const r = await fetch(process.env.URL, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + process.env.TOKEN }, body: process.env.BODY });
        const b = await r.json(); if (b.errors) { console.error(JSON.stringify(b.errors)); process.exit(1); } }
        console.log(performance.now() - t0); })()`;
      const child = spawn(process.execPath, ['-e', script], {
        env: { ...process.env, URL: `${svc.url}/graphql`, TOKEN: token, BODY: JSON.stringify({ query }) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += String(d)));
      child.on('exit', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`the client failed (${code})`))));
    });
  const session = new Session();
  try {
    await client(300);
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const ms = await client(requests);
    const { profile } = await session.post('Profiler.stop');
    const nodes = profile.nodes as ProfileNode[];
    const total = nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
    const byFunction = new Map<string, number>();
    const byOwner = new Map<string, number>();
    for (const n of nodes) {
      const hits = n.hitCount ?? 0;
      const f = `${n.callFrame.functionName || '(anonymous)'} ${owner(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
      byFunction.set(f, (byFunction.get(f) ?? 0) + hits);
      byOwner.set(owner(n.callFrame.url), (byOwner.get(owner(n.callFrame.url)) ?? 0) + hits);
    }
    const top = (m: Map<string, number>, k: number): string[] =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([name, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`);
    console.log(
      `${query}: ${requests} requests in ${ms.toFixed(0)} ms, ${((1000 * requests) / ms).toFixed(0)} req/s at one connection (client in its own process)`,
    );
    console.log('\nself time by package or file:');
    console.log(top(byOwner, 25).join('\n'));
    console.log('\nself time by function:');
    console.log(top(byFunction, 30).join('\n'));
    fs.mkdirSync('bench-results', { recursive: true });
    fs.writeFileSync('bench-results/profile.cpuprofile', JSON.stringify(profile));
  } finally {
    session.disconnect();
    await svc.close();
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

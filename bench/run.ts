/**
 * `npm run bench [-- --scale N]`: measures the main queries on the demo data and on an N-times larger
 * generated graph (default 10) in ONE run, against a throw-away bundled Neo4j (or NEO4J_BENCH_URI,
 * which is wiped), and reports medians and the large/small ratios. Writes bench-results/latest.json.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startService, Service } from '../src/app';
import { loadConfig } from '../src/config';
import { BENCH_SECRET, benchToken } from './token';
import { freePort, startBundledNeo4j, BundledNeo4j } from '../src/db/bundled-neo4j';
import { migrate } from '../src/db/migrate';
import { importDataset } from '../src/modules/import/import.service';
import { generate, writeDataset } from '../seeds/generate';

const QUERIES: Record<string, string> = {
  'rankTargets FILL, all chains, top 20': '{ rankTargets(input: {}, first: 20) { totalCount edges { node { score reasons } } } }',
  'rankTargets FILL, 新能源, top 20': '{ rankTargets(input: {industryCode: "NE"}, first: 20) { totalCount edges { node { score } } } }',
  'chainGapOverview (8 chains)': '{ chainGapOverview { localSupplyRate links { status severity } } }',
  'enterprises targets page 1': '{ enterprises(first: 20, filter: {isTarget: true}) { edges { cursor } pageInfo { endCursor } } }',
  'nested 3 levels (industries→links→operators→executives)': '{ industries { links { operators { enterprise { executives { title } } } } } }',
  'search "nanan"': '{ search(text: "nanan", first: 20) { name } }',
  // Planning (docs/performance.md): each well under a second on the demo data; planPortfolio at 10× under 5× its demo time.
  'planPortfolio 10 firms, all chains': '{ planPortfolio(input: {count: 10}) { value coverage picks { target { uscc } marginalGain reasons } curve { coverage } } }',
  'planPortfolio 10 firms, 新能源, 600亩': '{ planPortfolio(input: {industryCode: "NE", count: 10, landBudgetMu: 600}) { value picks { target { uscc } } guarantee { kind } } }',
  'pipelineStats 百日攻坚': '{ pipelineStats(filter: {from: "2022-08-10", to: "2022-11-17"}) { entered { count } rates { changePoints } atRisk { id } byTeam { signed { count } } } }',
  'backtestRanking 2022-06-30, k 10': '{ backtestRanking(input: {asOf: "2022-06-30", horizonDays: 184, k: 10}) { signed scores { hits } } }',
};
const PLANNING = ['planPortfolio 10 firms, all chains', 'planPortfolio 10 firms, 新能源, 600亩', 'pipelineStats 百日攻坚', 'backtestRanking 2022-06-30, k 10', 'simulateLanding 2 firms'];

async function time(url: string, query: string, runs: number): Promise<number> {
  const once = async (): Promise<number> => {
    const t0 = process.hrtime.bigint();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  await once(); // warm-up (plans, caches)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

async function measure(svc: Service, runs: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, q] of Object.entries(QUERIES)) out[name] = await time(svc.url, q, runs);
  // Keyset paging: the cost of page 10 relative to page 1.
  let after: string | null = null;
  for (let i = 0; i < 9; i++) {
    const res = await fetch(`${svc.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: 'query($a: String) { enterprises(first: 20, after: $a) { pageInfo { endCursor } } }', variables: { a: after } }),
    });
    after = ((await res.json()) as { data: { enterprises: { pageInfo: { endCursor: string } } } }).data.enterprises.pageInfo.endCursor;
  }
  out['enterprises page 10 (keyset)'] = await time(svc.url, `{ enterprises(first: 20, after: "${after}") { edges { cursor } } }`, runs);
  // What-if on the two best 新能源 targets of this graph (their keys differ between scales).
  const top = await fetch(`${svc.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: '{ rankTargets(input: {industryCode: "NE"}, first: 2) { edges { node { enterprise { uscc } } } } }' }),
  });
  const usccs = ((await top.json()) as { data: { rankTargets: { edges: Array<{ node: { enterprise: { uscc: string } } }> } } }).data.rankTargets.edges.map((e) => e.node.enterprise.uscc);
  out['simulateLanding 2 firms'] = await time(svc.url, `{ simulateLanding(input: {targets: ${JSON.stringify(usccs)}}) { gapsClosed { code } links { changed } land { usedMu } } }`, runs);
  return out;
}

/** The analyst token every request carries (production mode needs one). */
let TOKEN = '';

async function main(): Promise<void> {
  TOKEN = await benchToken();
  const argv = process.argv.slice(2);
  const scale = Number(argv[argv.indexOf('--scale') + 1] ?? 10) || 10;
  const runs = Number(argv[argv.indexOf('--runs') + 1] ?? 7) || 7;
  const logger = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'error' });
  let bundled: BundledNeo4j | undefined;
  let uri = process.env.NEO4J_BENCH_URI;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-bench-'));
  if (!uri) {
    bundled = await startBundledNeo4j({ dataDir: path.join(dir, 'db'), boltPort: await freePort(), heap: process.env.NEO4J_BENCH_HEAP ?? '2g', pageCache: '512m', startTimeoutMs: 180000 });
    uri = bundled.uri;
  }
  const auth = bundled ? { user: bundled.user, password: bundled.password } : { user: process.env.NEO4J_BENCH_USER, password: process.env.NEO4J_BENCH_PASSWORD };
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', AUTH_JWT_SECRET: BENCH_SECRET }, { neo4j: { uri, ...auth, txTimeoutMs: 600000 }, port: 0, introspection: true, seedOnEmpty: false });
  const results: Record<string, Record<string, number>> = {};
  const sizes: Record<string, number> = {};
  try {
    for (const [label, s] of [['x1', 1], [`x${scale}`, scale]] as const) {
      const svc = await startService(config, logger);
      try {
        await migrate(svc.gateway);
        await svc.gateway.runAutoCommit('admin/wipe-all');
        const data = s === 1 ? path.join(__dirname, '..', '..', 'seeds', 'demo') : path.join(dir, `scale-${s}`);
        if (s !== 1) {
          await writeDataset(generate({ seed: 20221215, scale: s }), data);
          // Projects do not scale (their ids repeat); the scaled graph keeps the demo's.
        }
        const t0 = Date.now();
        const imp = await importDataset(svc.gateway, data);
        if (!imp.ok) throw new Error(`import failed: ${imp.report.slice(0, 5).join('\n')}`);
        const rows = Object.values(imp.counts).reduce((a, b) => a + b, 0);
        sizes[label] = rows;
        process.stderr.write(`[bench] ${label}: imported ${rows} rows in ${Date.now() - t0} ms; measuring (${runs} runs each)\n`);
        results[label] = await measure(svc, runs);
      } finally {
        await svc.close();
      }
    }
  } finally {
    await bundled?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const big = `x${scale}`;
  const lines = [`| query | x1 (ms) | ${big} (ms) | ratio ${big}/x1 |`, '| --- | --- | --- | --- |'];
  for (const name of Object.keys(results.x1)) {
    const a = results.x1[name];
    const b = results[big][name];
    lines.push(`| ${name} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} |`);
  }
  const p1 = results.x1['enterprises targets page 1'];
  const p10 = results.x1['enterprises page 10 (keyset)'];
  lines.push('', `dataset rows: x1 ${sizes.x1}, ${big} ${sizes[big]} (ratio ${(sizes[big] / sizes.x1).toFixed(1)}); page 10 / page 1 at x1: ${(p10 / p1).toFixed(2)}`);
  // The planning targets (issue: planning sessions), judged on this run's own figures.
  const slowest = PLANNING.reduce((m, n) => Math.max(m, results.x1[n]), 0);
  const plan = results[big]['planPortfolio 10 firms, all chains'] / results.x1['planPortfolio 10 firms, all chains'];
  lines.push(`planning reads at x1: slowest ${slowest.toFixed(0)} ms (target < 1000 ms: ${slowest < 1000 ? 'met' : 'not met'})`);
  lines.push(`planPortfolio(count: 10) ${big}/x1: ${plan.toFixed(2)} (target < 5: ${plan < 5 ? 'met' : 'not met'})`);
  console.log(lines.join('\n'));
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), scale, runs, sizes, results }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

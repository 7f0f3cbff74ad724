import { ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jGateway } from '../../src/db/gateway';
import { BulkLoadConflictError } from '../../src/modules/import/bulk-load.service';
import { bulkImportDataset, importDataset } from '../../src/modules/import/import.service';
import { generate, writeDataset } from '../../seeds/generate';
import { DEMO_DIR, resetDatabase, testGateway, testUri } from '../support/db';
import { fingerprint } from '../support/fingerprint';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'src', 'scripts', 'import.js');
const ENV = {
  ...process.env,
  NEO4J_URI: testUri(),
  NEO4J_USER: process.env.NEO4J_TEST_USER ?? '',
  NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
  LOG_LEVEL: 'silent',
};
const AUDITED = ['Enterprise', 'Person', 'Project', 'LandPlot', 'Fund', 'Expert'];

/** Starts the CLI and sends `signal` once its progress names `file`; resolves with its exit and output. */
async function interruptAt(
  args: string[],
  file: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [CLI, ...args], { env: ENV });
  let stderr = '';
  let sent = false;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    if (!sent && new RegExp(`writing ${file} \\d+/`).test(stderr)) {
      sent = true;
      child.kill(signal);
    }
  });
  child.stdout.resume();
  return new Promise((resolve) => child.once('exit', (code, sig) => resolve({ code, signal: sig, stderr })));
}

/**
 * The bulk path for graphs too large for one transaction (`npm run import -- <dir> --batched`):
 * stopped by Ctrl-C or killed outright, it resumes where its last committed batch left it, and ends
 * with exactly the graph the one-transaction import makes of the same files, every changed node
 * audited under the load's one id with its version moved once per entry.
 */
describe('batched load (分批导入)', () => {
  let gw: Neo4jGateway;
  let dir: string;
  let reference: Awaited<ReturnType<typeof fingerprint>>;
  let rows: number;

  beforeAll(async () => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: npm test builds it first (pretest)`);
    gw = testGateway();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'batched-'));
    await writeDataset(generate({ seed: 11, scale: 3 }), dir);
    // The reference: the same files through the everyday one-transaction import.
    await resetDatabase(gw);
    const single = await importDataset(gw, dir);
    expect(single.report).toEqual([]);
    rows = Object.values(single.counts).reduce((a, b) => a + b, 0);
    reference = await fingerprint(gw);
    await resetDatabase(gw);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await gw.close();
  });

  const loads = (): Promise<Array<{ id: string; status: string; file: string; next: number; rows: number; changes: number }>> =>
    gw.readTx((tx) =>
      tx.runText(
        `MATCH (b:BulkLoad) RETURN b.id AS id, b.status AS status, b.file AS file, b.next AS next, b.rows AS rows, b.changes AS changes`,
      ),
    );

  it('stops on Ctrl-C after the batch in flight, survives kill -9, and resumes to the same graph', async () => {
    const args = [dir, '--batched', '--batch-rows', '300', '--actor', 'cli:bulk-test'];
    const stopped = await interruptAt(args, 'enterprises', 'SIGINT');
    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toMatch(/stopping after the batch in flight/);
    expect(stopped.stderr).toMatch(/load the same dataset again to resume/);
    const [first] = await loads();
    expect(first).toMatchObject({ status: 'RUNNING' });
    expect(first.rows).toBeGreaterThan(0);

    const killed = await interruptAt(args, 'executives', 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stderr).toMatch(new RegExp(`resuming ${first.id} .* at ${first.file} row ${first.next + 1}`));
    const [second] = await loads();
    expect(second.id).toBe(first.id);
    expect(second.rows).toBeGreaterThan(first.rows);

    const done = spawnSync(process.execPath, [CLI, ...args], { env: ENV, encoding: 'utf8' });
    expect(done.stderr).toMatch(new RegExp(`resuming ${first.id}`));
    expect(done.stderr).toMatch(/imported \d+ rows from \d+ files in \d+ batches of up to 300 rows \(resumed\)/);
    expect(done.status).toBe(0);

    expect(await fingerprint(gw)).toEqual(reference);
    const [last] = await loads();
    expect(last).toMatchObject({ id: first.id, status: 'DONE', file: '' });
    expect(last.rows).toBe(rows);

    // Every audited node has entries under the load's id only, and moved its version once per entry:
    // no batch was counted twice across the three runs, and the rolled-back batch left nothing.
    const audit = await gw.readTx((tx) =>
      tx.runText<{ label: string; nodes: number; bad: number; entries: number; others: number }>(
        `UNWIND $labels AS label
         MATCH (n) WHERE label IN labels(n)
         WITH label, n, COUNT { (a:AuditEntry {requestId: $id})-[:ABOUT]->(n) } AS mine,
              COUNT { (a:AuditEntry)-[:ABOUT]->(n) WHERE a.requestId <> $id } AS others
         RETURN label, count(n) AS nodes, sum(mine) AS entries, sum(others) AS others,
                count(CASE WHEN mine = 0 OR n.version <> mine THEN 1 END) AS bad`,
        { labels: AUDITED, id: first.id },
      ),
    );
    for (const row of audit)
      expect({ label: row.label, bad: row.bad, others: row.others }).toEqual({ label: row.label, bad: 0, others: 0 });
    expect(audit.find((r) => r.label === 'Enterprise')!.nodes).toBeGreaterThan(2000);
    expect(audit.reduce((n, r) => n + r.entries, 0)).toBe(last.changes);

    // Loading the same files again changes nothing: a new load, no audit entry, no version moved.
    const again = spawnSync(process.execPath, [CLI, ...args], { env: ENV, encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(again.stderr).not.toMatch(/resuming/);
    expect((await loads()).filter((l) => l.id !== first.id)).toEqual([expect.objectContaining({ status: 'DONE', changes: 0 })]);
    expect(await fingerprint(gw)).toEqual(reference);
  });

  it('lets only one of two loaders of the same load advance it; the other rolls back its batch and stops', async () => {
    await resetDatabase(gw);
    const stop = new AbortController();
    // A first run stopped after a few batches, so that both loaders below pick the same load up.
    await expect(
      bulkImportDataset(gw, DEMO_DIR, {
        batchRows: 100,
        signal: stop.signal,
        onProgress: (p) => p.file === 'enterprises' && stop.abort(),
      }),
    ).rejects.toThrow(/stopped before enterprises/);
    const outcomes = await Promise.allSettled([0, 1].map(() => bulkImportDataset(gw, DEMO_DIR, { batchRows: 100 })));
    const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(fulfilled.length).toBeGreaterThanOrEqual(1);
    for (const r of rejected) expect(r.reason).toBeInstanceOf(BulkLoadConflictError);
    const demo = testGateway();
    try {
      // The same graph as the demo imported in one transaction.
      const batched = await fingerprint(gw);
      await resetDatabase(demo);
      expect((await importDataset(demo, DEMO_DIR)).ok).toBe(true);
      expect(batched).toEqual(await fingerprint(demo));
    } finally {
      await demo.close();
    }
  });

  it('writes nothing when the dataset has a problem, and refuses a malformed command line', async () => {
    await resetDatabase(gw);
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'batched-bad-'));
    try {
      fs.copyFileSync(path.join(dir, 'enterprises.csv'), path.join(bad, 'enterprises.csv'));
      fs.appendFileSync(path.join(bad, 'enterprises.csv'), 'not-a-uscc,坏行\n');
      const r = spawnSync(process.execPath, [CLI, bad, '--batched'], { env: ENV, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/problem\(s\); nothing was written/);
      expect(await loads()).toEqual([]);
      const [{ n }] = await gw.readTx((tx) => tx.runText<{ n: number }>('MATCH (e:Enterprise) RETURN count(e) AS n'));
      expect(n).toBe(0);
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
    for (const args of [
      [dir, '--batched', '--dry-run'],
      [dir, '--batched', '--batch-rows', '0'],
      [dir, '--batch-rows', '100'],
      [dir, '--batched', '--batch-rows'],
      [dir, '--batched', '--bogus'],
    ]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { env: ENV, encoding: 'utf8' });
      expect({ args, status: r.status, usage: /usage: npm run import/.test(r.stderr) }).toEqual({ args, status: 2, usage: true });
    }
  });
});

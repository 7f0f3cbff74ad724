import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Service, startService } from '../../src/app';
import { loadConfig } from '../../src/config';
import { freePort } from '../../src/db/bundled-neo4j';
import { Role } from '../../src/auth/roles';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { TEST_SECRET, tokenFor } from '../support/auth';
import { silentLogger } from '../support/db';
import { gql } from '../support/http';

// Generous on purpose: a busy machine may take minutes to start Neo4j twice.
const RECOVERY_LIMIT_MS = 480000;

async function waitFor(what: string, ms: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

describe('a supervised bundled database (kill -9 and a pause during traffic, and during an import)', () => {
  let svc: Service;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-fault-'));
    const config = loadConfig(
      { NODE_ENV: 'test', AUTH_JWT_SECRET: TEST_SECRET },
      {
        neo4j: { uri: undefined },
        bundled: { dataDir: dir, boltPort: await freePort(), heap: '512m', pageCache: '64m', startTimeoutMs: RECOVERY_LIMIT_MS },
        port: 0,
        seedOnEmpty: false,
      },
    );
    svc = await startService(config, silentLogger);
  }, RECOVERY_LIMIT_MS + 60000);
  afterAll(async () => {
    await svc?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    'answers DATABASE_UNAVAILABLE (HTTP 503) at once, restarts the database, and serves again with every committed write once',
    async () => {
      // Writes committed before the crash, one transaction each.
      for (let i = 0; i < 20; i++)
        await svc.gateway.writeTx((tx) => tx.runText('CREATE (:Industry {code: $code, name: $code})', { code: `F${i}` }));
      const count = async (): Promise<number> => {
        const res = await gql<{ about: { counts: Array<{ label: string; count: number }> } }>(
          svc.url,
          '{ about { counts { label count } } }',
        );
        return res.data?.about.counts.find((c) => c.label === 'Industry')?.count ?? -1;
      };
      expect(await count()).toBe(20);

      process.kill(-svc.bundled!.pid!, 'SIGKILL'); // the launcher runs in its own process group
      await waitFor('the supervisor noticing the exit', 60000, () => Promise.resolve(svc.monitor.snapshot().state !== 'up'));

      const t0 = Date.now();
      const res = await gql(svc.url, '{ about { service counts { label count } } }');
      const ms = Date.now() - t0;
      process.stderr.write(
        `[fault] answer while the database was gone: ${res.status} ${String(res.errors?.[0].extensions?.code)} in ${ms} ms\n`,
      );
      expect(res.status).toBe(503);
      expect(res.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(ms).toBeLessThan(10000); // it fails fast; before supervision it hung 33–64 s
      expect((await fetch(`${svc.url}/ready`)).status).toBe(503);
      const health = await fetch(`${svc.url}/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { database: { state: string } }).database.state).not.toBe('up');

      await waitFor('the restarted database answering', RECOVERY_LIMIT_MS, async () => (await fetch(`${svc.url}/ready`)).status === 200);
      expect(await count()).toBe(20); // nothing lost, nothing doubled
      expect(svc.monitor.snapshot()).toMatchObject({ state: 'up', restarts: 1 });
      await svc.gateway.writeTx((tx) => tx.runText("CREATE (:Industry {code: 'AFTER', name: 'after'})"));
      expect(await count()).toBe(21); // and it takes writes again
    },
    2 * RECOVERY_LIMIT_MS,
  );

  it(
    'sees a hung database (SIGSTOP): the request in flight ends at its deadline, then DATABASE_UNAVAILABLE and /ready 503 until it resumes',
    async () => {
      const group = -svc.bundled!.pid!;
      // A hang must answer, not wait forever: every call here gives up (and fails the test) after a limit.
      const ask = (query: string): Promise<Response> =>
        fetch(`${svc.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
          signal: AbortSignal.timeout(RECOVERY_LIMIT_MS),
        });
      process.kill(group, 'SIGSTOP');
      try {
        // Sent before the monitor can have noticed: the database takes it and never answers.
        const t0 = Date.now();
        const inFlight = await ask('{ about { counts { label count } } }');
        process.stderr.write(`[fault] the request in flight when the database paused: ${inFlight.status} after ${Date.now() - t0} ms\n`);
        const body = (await inFlight.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        expect(['QUERY_TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(body.errors?.[0].extensions?.code);
        await waitFor('the monitor marking the paused database down', RECOVERY_LIMIT_MS, () =>
          Promise.resolve(svc.monitor.snapshot().state === 'down'),
        );
        const res = await ask('{ about { counts { label count } } }');
        expect(res.status).toBe(503);
        expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
          'DATABASE_UNAVAILABLE',
        );
        expect((await fetch(`${svc.url}/ready`, { signal: AbortSignal.timeout(RECOVERY_LIMIT_MS) })).status).toBe(503);
      } finally {
        process.kill(group, 'SIGCONT');
      }
      process.stderr.write(`[fault] paused database seen as ${svc.monitor.snapshot().state}; resuming it\n`);
      await waitFor('the resumed database answering', RECOVERY_LIMIT_MS, async () => (await fetch(`${svc.url}/ready`)).status === 200);
      const after = await ask('{ about { counts { label count } } }');
      expect(after.status).toBe(200);
      expect(svc.monitor.snapshot().state).toBe('up');
    },
    2 * RECOVERY_LIMIT_MS,
  );

  it(
    'keeps an import job all-or-nothing when the database dies under it, reports its end, and takes the upload again after the restart',
    async () => {
      const admin = await tokenFor(Role.ADMIN);
      // The generated dataset at scale 2 (about 12,600 invented rows): a write phase of some seconds.
      const out = path.join(dir, 'scale-2');
      const gen = spawnSync(process.execPath, [
        path.join(__dirname, '..', '..', 'dist', 'seeds', 'generate.js'),
        '--scale',
        '2',
        '--out',
        out,
      ]);
      expect(gen.status).toBe(0);
      const zip = new JSZip();
      for (const f of fs.readdirSync(out)) zip.file(f, fs.readFileSync(path.join(out, f)));
      const body = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      const firms = fs.readFileSync(path.join(out, 'enterprises.csv'), 'utf8').trim().split('\n').length - 1;
      const auth = { authorization: `Bearer ${admin}` };
      const job = async (id: string): Promise<{ status: string; phase: string | null; failure: string | null } | undefined> => {
        const res = await fetch(`${svc.url}/import/jobs/${id}`, { headers: auth });
        return res.status === 200 ? ((await res.json()) as { status: string; phase: string | null; failure: string | null }) : undefined;
      };
      const enterprises = async (): Promise<number> =>
        (await svc.gateway.readTx((tx) => tx.runText<{ n: number }>('MATCH (e:Enterprise) RETURN count(e) AS n')))[0].n;

      const accepted = (await (await fetch(`${svc.url}/import`, { method: 'POST', headers: auth, body })).json()) as { jobId: string };
      await waitFor('the job writing', RECOVERY_LIMIT_MS, async () => (await job(accepted.jobId))?.phase === 'write');
      process.kill(-svc.bundled!.pid!, 'SIGKILL');
      let end: Awaited<ReturnType<typeof job>>;
      await waitFor('the job ending, recorded once the database is back', 2 * RECOVERY_LIMIT_MS, async () => {
        end = await job(accepted.jobId);
        return end !== undefined && !['QUEUED', 'RUNNING'].includes(end.status);
      });
      process.stderr.write(`[fault] import job under a killed database: ${JSON.stringify(end)}\n`);
      // All or nothing: the write either committed whole before the kill, or left nothing.
      const after = await enterprises();
      if (end!.status === 'SUCCEEDED') expect(after).toBe(firms);
      else expect([end!.status, end!.failure, after]).toEqual(['FAILED', 'DATABASE_UNAVAILABLE', 0]);

      const again = await fetch(`${svc.url}/import?wait=true`, { method: 'POST', headers: auth, body });
      expect(again.status).toBe(200);
      expect(await enterprises()).toBe(firms);
    },
    4 * RECOVERY_LIMIT_MS,
  );
});

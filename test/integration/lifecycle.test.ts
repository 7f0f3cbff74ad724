import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { startService } from '../../src/app';
import { loadConfig } from '../../src/config';
import { boltPasswordFile, BundledNeo4jError, freePort, startBundledNeo4j } from '../../src/db/bundled-neo4j';
import { silentLogger, testUri } from '../support/db';

const ROOT = path.join(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');

/** `npm start`'s process (dist/src/main.js) with its own port, Bolt port and data folder. */
function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let out = '';
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info', NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  return { child, output: () => out };
}

// Generous on purpose: a busy 2-core CI machine may take minutes to start Neo4j and seed it. The
// wait ends early when the process exits, and a failure shows what the service printed.
const READY_LIMIT_MS = 480000;

async function waitReady(url: string, main: { child: ChildProcess; output: () => string }): Promise<void> {
  const deadline = Date.now() + READY_LIMIT_MS;
  while (Date.now() < deadline) {
    if (main.child.exitCode !== null)
      throw new Error(`the service exited with ${main.child.exitCode} before it was ready:\n${main.output().slice(-3000)}`);
    try {
      if ((await fetch(`${url}/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} was not ready within ${READY_LIMIT_MS} ms; the service printed:\n${main.output().slice(-3000)}`);
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

function javaRunningOn(dir: string): boolean {
  const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout;
  return ps.split('\n').some((l) => l.includes('cn.nanan.launcher.Launcher') && l.includes(dir));
}

describe('service lifecycle (npm start)', () => {
  // Two starts of Neo4j and one seed: allow for a machine kept busy by other work.
  it(
    'starts the bundled Neo4j and the service, stops both on SIGINT, and keeps the data',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-life-'));
      const env = {
        PORT: String(await freePort()),
        NEO4J_BOLT_PORT: String(await freePort()),
        NEO4J_DATA_DIR: dir,
        NEO4J_HEAP: '512m',
        NEO4J_PAGECACHE: '64m',
      };
      const url = `http://127.0.0.1:${env.PORT}`;
      try {
        const first = startMain(env);
        await waitReady(url, first);
        const q = async (): Promise<number> => {
          const res = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ about { counts { label count } } }' }),
          });
          const body = (await res.json()) as { data: { about: { counts: Array<{ label: string; count: number }> } } };
          return body.data.about.counts.find((c) => c.label === 'Enterprise')!.count;
        };
        expect(await q()).toBe(961); // the demo dataset was loaded into the empty database
        expect(first.output()).toContain('loading seeds/demo through the importer');
        expect(javaRunningOn(dir)).toBe(true);
        first.child.kill('SIGINT');
        expect(await exited(first.child)).toBe(0);
        expect(first.output()).toContain('stopped cleanly');
        expect(javaRunningOn(dir)).toBe(false);

        const second = startMain(env);
        await waitReady(url, second);
        expect(await q()).toBe(961); // kept, not loaded again
        expect(second.output()).not.toContain('through the importer');
        second.child.kill('SIGTERM');
        expect(await exited(second.child)).toBe(0);
        expect(javaRunningOn(dir)).toBe(false);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    2 * READY_LIMIT_MS + 120000,
  );

  it('says clearly that the Bolt port is taken', async () => {
    const server = net.createServer();
    const port = await freePort();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-port-'));
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
    try {
      await expect(
        startBundledNeo4j({ dataDir: dir, boltPort: port, heap: '256m', pageCache: '32m', startTimeoutMs: 60000, log: () => undefined }),
      ).rejects.toThrow(
        new BundledNeo4jError(
          `Port ${port} on 127.0.0.1 is already in use (another Neo4j or service?). Stop it, set NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use that database.`,
        ),
      );
    } finally {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says clearly that Java is missing', () => {
    const r = spawnSync(process.execPath, ['-e', "require('./dist/src/db/bundled-neo4j').ensureLauncherBuilt(() => undefined)"], {
      cwd: ROOT,
      env: { PATH: '/nonexistent' },
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Java was not found .* JDK 17\+ and Maven .* set NEO4J_URI/);
  });

  it('stops at once on wrong credentials, naming the URI and the settings to check', async () => {
    const config = loadConfig(
      { NODE_ENV: 'test' },
      { neo4j: { uri: testUri(), user: 'neo4j', password: 'not-the-password' }, port: 0, seedOnEmpty: false },
    );
    await expect(startService(config, silentLogger)).rejects.toThrow(
      new RegExp(`^Neo4j at ${testUri().replace(/[.]/g, '\\.')} refused the credentials .*Check NEO4J_USER and NEO4J_PASSWORD\\.$`),
    );
  });

  it('stops within seconds when NEO4J_URI cannot be reached, naming the URI and the cause', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const config = loadConfig({ NODE_ENV: 'test' }, { neo4j: { uri }, port: 0, seedOnEmpty: false });
    await expect(startService(config, silentLogger)).rejects.toThrow(
      new RegExp(`^Neo4j at bolt://127\\.0\\.0\\.1:\\d+ cannot be reached: .*ECONNREFUSED.*Check NEO4J_URI`, 's'),
    );
  });

  it(
    'says what is wrong with a damaged data folder within seconds, instead of waiting for the start timeout',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-corrupt-'));
      const opts = {
        dataDir: dir,
        boltPort: await freePort(),
        heap: '512m',
        pageCache: '64m',
        startTimeoutMs: READY_LIMIT_MS,
        log: () => undefined,
      };
      try {
        await (await startBundledNeo4j(opts)).stop();
        // An error of an earlier run is history: the report must name this start's store error.
        fs.appendFileSync(
          path.join(dir, 'logs', 'debug.log'),
          '2026-01-01 00:00:00.000+0000 ERROR [o.n.b.Earlier] an earlier, unrelated failure\n' +
            'java.lang.IllegalStateException: earlier\n\tat x.y(Z.java:1)\nCaused by: java.lang.RuntimeException: unrelated root\n' +
            '2026-01-01 00:00:01.000+0000 INFO [o.n.Earlier] later line\n',
        );
        fs.writeFileSync(path.join(dir, 'data', 'databases', 'neo4j', 'neostore'), Buffer.alloc(100, 0x42));
        const failed = await startBundledNeo4j(opts).then(
          () => new Error('started on a damaged store'),
          (e: Error) => e,
        );
        expect(failed.message).toMatch(
          /Neo4j exited during start \(code 6\): the database did not start: .*Failed to start .*neo4j.* The data folder may be damaged: restore .* from a backup/,
        );
        expect(failed.message).not.toMatch(/earlier|unrelated/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    2 * READY_LIMIT_MS,
  );

  it(
    'keeps the bundled Bolt port behind a password kept in the data folder, readable by the owner only',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-auth-'));
      const db = await startBundledNeo4j({
        dataDir: dir,
        boltPort: await freePort(),
        heap: '512m',
        pageCache: '64m',
        startTimeoutMs: READY_LIMIT_MS,
        log: () => undefined,
      });
      try {
        expect(fs.statSync(boltPasswordFile(dir)).mode & 0o777).toBe(0o600);
        expect(fs.readFileSync(boltPasswordFile(dir), 'utf8').trim()).toBe(db.password);
        const anonymous = neo4j.driver(db.uri, undefined, { logging: { level: 'error', logger: () => undefined } });
        await expect(anonymous.executeQuery('MATCH (n) DETACH DELETE n')).rejects.toMatchObject({
          code: 'Neo.ClientError.Security.Unauthorized',
        });
        await anonymous.close();
        const owner = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
        expect((await owner.executeQuery('RETURN 1 AS one')).records[0].get('one').toNumber()).toBe(1);
        await owner.close();
      } finally {
        await db.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    2 * READY_LIMIT_MS,
  );
});

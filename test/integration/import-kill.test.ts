import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jGateway } from '../../src/db/gateway';
import { importDataset } from '../../src/modules/import/import.service';
import { generate, writeDataset } from '../../seeds/generate';
import { resetDatabase, testGateway, testUri } from '../support/db';
import { fingerprint } from '../support/fingerprint';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'src', 'scripts', 'import.js');

describe('an import killed midway (kill -9)', () => {
  let gw: Neo4jGateway;
  let dir: string;
  beforeAll(async () => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: npm test builds it first (pretest)`);
    gw = testGateway();
    await resetDatabase(gw);
    expect((await importDataset(gw, path.join(ROOT, 'seeds', 'demo'))).report).toEqual([]);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kill-'));
    // A larger, different dataset, so the write phase lasts long enough to be interrupted.
    await writeDataset(generate({ seed: 7, scale: 12 }), dir);
    // Its projects share ids with the demo's at other stages (the importer would refuse those jumps).
    for (const f of ['projects.csv', 'project_links.csv']) fs.rmSync(path.join(dir, f));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await gw.close();
  });

  it('leaves the graph exactly as it was', async () => {
    const before = await fingerprint(gw);
    const child = spawn(process.execPath, [CLI, dir], {
      env: {
        ...process.env,
        NEO4J_URI: testUri(),
        NEO4J_USER: process.env.NEO4J_TEST_USER ?? '',
        NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const killedAt = await new Promise<string>((resolve, reject) => {
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        // Well inside the one write transaction: nodes of several files are already sent.
        const m = /writing enterprises (\d+)\/(\d+)/.exec(stderr);
        if (m && !child.killed) {
          child.kill('SIGKILL');
          resolve(m[0]);
        }
      });
      child.once('exit', () => reject(new Error(`import exited before it could be killed:\n${stderr}`)));
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode);
      else child.once('exit', (_code, sig) => resolve(sig));
    });
    expect(signal).toBe('SIGKILL');
    expect(killedAt).toMatch(/writing enterprises/);
    expect(stderr).not.toMatch(/imported \d+ rows/);
    expect(await fingerprint(gw)).toEqual(before);
  });

  it('(control) the same import, left to finish, does change the graph', async () => {
    const before = await fingerprint(gw);
    const result = await importDataset(gw, dir);
    expect(result.written).toBe(true);
    const after = await fingerprint(gw);
    expect(after.nodes).toBeGreaterThan(before.nodes);
  });
});

import { fork, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { ImportMessage, ImportTask } from '../../src/modules/import/import-job.protocol';
import { resetDatabase, testConfig, testGateway, testUri } from '../support/db';

const ROOT = path.join(__dirname, '..', '..');
const HELPER = path.join(ROOT, 'dist', 'src', 'modules', 'import', 'import-job.child.js');

/**
 * The helper an import job runs in stops by itself when the service that forked it dies (its IPC
 * channel closes), so its transaction rolls back and the job's "nothing written" stays true.
 */
describe('the import helper process', () => {
  it('exits when its service goes away in the middle of the write, leaving the graph untouched', async () => {
    const gw = testGateway();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-helper-'));
    try {
      await resetDatabase(gw);
      // The generated dataset at scale 2 (about 12,600 invented rows): a write of some seconds.
      const out = path.join(dir, 'scale-2');
      expect(spawnSync(process.execPath, [path.join(ROOT, 'dist', 'seeds', 'generate.js'), '--scale', '2', '--out', out]).status).toBe(0);
      const zip = new JSZip();
      for (const f of fs.readdirSync(out)) zip.file(f, fs.readFileSync(path.join(out, f)));
      const upload = path.join(dir, 'upload.bin');
      fs.writeFileSync(upload, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      const c = testConfig();
      const task: ImportTask = {
        upload,
        dir,
        importId: 'import-00000000-0000-4000-8000-0000000000aa',
        dryRun: false,
        actor: { id: 'helper-test', role: 'ADMIN' },
        uploadLimits: { maxUnpackedBytes: 1e9, maxEntries: 100 },
        readLimits: { maxRows: 1e6 },
        timeoutMs: 600000,
        connection: { uri: testUri(), user: c.neo4j.user, password: c.neo4j.password, database: c.neo4j.database, txTimeoutMs: 600000 },
      };
      const child = fork(HELPER, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      const seen: ImportMessage[] = [];
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.on('message', (m: ImportMessage) => {
        seen.push(m);
        // The service "dies" as the write begins: the channel closes under the helper.
        if (m.type === 'phase' && m.phase === 'write') child.disconnect();
      });
      child.send(task);
      const code = await exited;
      const [{ n }] = await gw.readTx((tx) => tx.runText<{ n: number }>('MATCH (e:Enterprise) RETURN count(e) AS n'));
      const finished = seen.some((m) => m.type === 'result');
      // All or nothing, and without its service the helper did not finish the write.
      expect([finished, code, n]).toEqual([false, 3, 0]);
    } finally {
      await gw.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../src/db/bundled-neo4j';
import { DEMO_DIR, testUri } from '../support/db';

const IMPORT = path.join(__dirname, '..', '..', 'dist', 'src', 'scripts', 'import.js');

function dryRun(env: Record<string, string>): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [IMPORT, DEMO_DIR, '--dry-run'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 300000,
  });
  return { status: r.status, stderr: r.stderr };
}

describe('npm run import -- <dir> --dry-run', () => {
  it('validates the dataset alone when no database answers, exits 0 and says references were not checked', async () => {
    const closed = await freePort();
    const r = dryRun({ NEO4J_URI: '', NEO4J_BOLT_PORT: String(closed) });
    expect(r.stderr).toContain('no database answers: validating the dataset alone (references to an existing graph are not checked)');
    expect(r.stderr).toMatch(/dry run: \d+ rows in 34 files are valid on their own \(no database was checked\); nothing was written\./);
    expect(r.status).toBe(0);
  });

  it('names the database it checks references against when one answers', () => {
    const r = dryRun({
      NEO4J_URI: testUri(),
      NEO4J_USER: process.env.NEO4J_TEST_USER ?? '',
      NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
    });
    expect(r.stderr).toContain(`using the database at ${testUri()} (database "neo4j")`);
    expect(r.stderr).toMatch(/dry run: \d+ rows in 34 files are valid; nothing was written\./);
    expect(r.status).toBe(0);
  });
});

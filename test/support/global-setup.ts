import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startBundledNeo4j, BundledNeo4j } from '../../src/db/bundled-neo4j';

declare global {
  var __BUNDLED_TEST_NEO4J__: { db: BundledNeo4j; dir: string } | undefined;
}

/**
 * Starts a throw-away Neo4j for the integration tests (its own free port and temp data folder),
 * unless NEO4J_TEST_URI names one. Never touches the `npm start` database.
 */
export default async function globalSetup(): Promise<void> {
  const argv = process.argv.join(' ');
  const unitOnly = /--selectProjects[= ]unit(\s|$)/.test(argv) && !/integration/.test(argv);
  if (unitOnly || process.env.NEO4J_TEST_URI) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nanan-test-neo4j-'));
  const port = await freePort();
  const db = await startBundledNeo4j({
    dataDir: dir,
    boltPort: port,
    // One transaction may use 60% of the heap: import-kill's 76,000-row import needs more than 600 MB.
    heap: process.env.NEO4J_TEST_HEAP ?? '1536m',
    pageCache: '256m',
    startTimeoutMs: 480000,
    log: (l) => process.stderr.write(`${l}\n`),
  });
  globalThis.__BUNDLED_TEST_NEO4J__ = { db, dir };
  process.env.NEO4J_TEST_URI = db.uri;
  process.env.NEO4J_TEST_USER = db.user;
  process.env.NEO4J_TEST_PASSWORD = db.password;
}

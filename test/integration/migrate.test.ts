import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jGateway } from '../../src/db/gateway';
import { listMigrations, migrate, MigrationError, migrationStatus } from '../../src/db/migrate';
import { resetDatabase, testGateway } from '../support/db';

describe('schema migrations', () => {
  let gw: Neo4jGateway;
  beforeAll(async () => {
    gw = testGateway();
    await resetDatabase(gw);
  });
  afterAll(() => gw.close());

  it('has applied every migration file once and records it', async () => {
    const status = await migrationStatus(gw);
    expect(status.pending).toEqual([]);
    expect(status.applied).toEqual(listMigrations().map((m) => m.id));
    expect(await migrate(gw)).toEqual([]); // safe to run at every start
  });

  it('creates a uniqueness constraint for every key', async () => {
    const rows = await gw.readTx((tx) =>
      tx.runText<{ label: string; prop: string }>(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS prop",
      ),
    );
    const keys = new Set(rows.map((r) => `${r.label}.${r.prop}`));
    for (const k of [
      'Industry.code',
      'ChainLink.code',
      'Enterprise.uscc',
      'Person.id',
      'Chamber.id',
      'Association.id',
      'Park.id',
      'Project.id',
      'Team.id',
      'City.code',
    ]) {
      expect(keys).toContain(k);
    }
  });

  it('applies a new migration once, and refuses one edited after it was applied', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mig-'));
    try {
      fs.writeFileSync(path.join(dir, '900_test_index.cypher'), 'CREATE INDEX test_tmp IF NOT EXISTS FOR (n:TmpLabel) ON (n.x);\n');
      expect(await migrate(gw, undefined, dir)).toEqual(['900_test_index']);
      expect(await migrate(gw, undefined, dir)).toEqual([]);
      fs.writeFileSync(path.join(dir, '900_test_index.cypher'), 'CREATE INDEX test_tmp IF NOT EXISTS FOR (n:TmpLabel) ON (n.y);\n');
      await expect(migrate(gw, undefined, dir)).rejects.toBeInstanceOf(MigrationError);
    } finally {
      await gw.runAutoCommitText('DROP INDEX test_tmp IF EXISTS');
      await gw.writeTx((tx) => tx.runText("MATCH (m:__Migration {id: '900_test_index'}) DELETE m"));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { importDataset } from '../../src/modules/import/import.service';
import { authTestConfig, tokenFor } from '../support/auth';
import { DEMO_DIR, resetDatabase, silentLogger, testGateway, testUri } from '../support/db';
import { gql } from '../support/http';

const IMPORT = path.join(__dirname, '..', '..', 'dist', 'src', 'scripts', 'import.js');
const HEADER = fs.readFileSync(path.join(DEMO_DIR, 'projects.csv'), 'utf8').split('\n')[0];
const ROW = fs
  .readFileSync(path.join(DEMO_DIR, 'projects.csv'), 'utf8')
  .split('\n')
  .find((l) => l.startsWith('PJ-2022-0001,'))!;
/** PJ-2022-0001 (五矿智慧工坊, 50 亿元 in the demo) with another amount: a one-row projects.csv. */
const withAmount = (amount: number): string => `${HEADER}\n${ROW.replace(/^(PJ-2022-0001,[^,]*,)50,/, `$1${amount},`)}\n`;

/**
 * An import is one audited operation, like any write of the system of record: every node whose
 * state it changes gets an audit entry (operation import, the import's id, who) and a new version,
 * so a client still holding the old version is refused with CONFLICT; rows that change nothing
 * leave no trace and keep their version. Over HTTP (POST /import) and the command line alike.
 */
describe('imports leave a trace and move versions (HTTP and CLI)', () => {
  let svc: Service;
  let admin: string;
  let planner: string;

  beforeAll(async () => {
    const gw = testGateway();
    try {
      await resetDatabase(gw);
      const seeded = await importDataset(gw, DEMO_DIR, { actor: { id: 'system:seed', role: null } });
      expect(seeded.ok).toBe(true);
      // Every node the seed created is audited once, under the seed's name.
      const [{ entries, projects }] = await gw.readTx((tx) =>
        tx.runText<{ entries: number; projects: number }>(
          `MATCH (a:AuditEntry {operation: 'import', actor: 'system:seed'}) WITH count(a) AS entries
           MATCH (p:Project) RETURN entries, count(p) AS projects`,
        ),
      );
      expect(entries).toBe(Object.values(seeded.changed!).reduce((a, b) => a + b, 0));
      expect(seeded.changed!.Project).toBe(projects);
    } finally {
      await gw.close();
    }
    svc = await startService(authTestConfig(false), silentLogger);
    admin = await tokenFor(Role.ADMIN, '导入管理员');
    planner = await tokenFor(Role.PLANNER, '规划员');
  });
  afterAll(() => svc.close());

  const versionOf = async (): Promise<{ version: number; amountYi: number }> =>
    (
      await gql<{ project: { version: number; amountYi: number } }>(
        svc.url,
        '{ project(id: "PJ-2022-0001") { version amountYi } }',
        {},
        admin,
      )
    ).data!.project;
  const trail = async (): Promise<
    Array<{ operation: string; actor: string; requestId: string; changes: Array<{ field: string; before: string; after: string }> }>
  > =>
    (
      await gql<{ auditTrail: { entries: never[] } }>(
        svc.url,
        '{ auditTrail(filter: {entityKey: "PJ-2022-0001", operation: "import"}, first: 10) { entries { operation actor requestId changes { field before after } } } }',
        {},
        admin,
      )
    ).data!.auditTrail.entries;
  const post = async (csv: string): Promise<Record<string, unknown>> => {
    const zip = new JSZip();
    zip.file('projects.csv', csv);
    const res = await fetch(`${svc.url}/import?wait=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/zip', authorization: `Bearer ${admin}` },
      body: await zip.generateAsync({ type: 'nodebuffer' }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Record<string, unknown>;
  };

  it('over HTTP: the changed amount is audited under the import’s id and the caller, the version moves, a stale write is CONFLICT', async () => {
    const held = await versionOf();
    expect(held.amountYi).toBe(50);
    const answer = await post(withAmount(77));
    expect(answer.importId).toMatch(/^import-/);
    expect(answer.changed).toEqual({ Project: 1, Enterprise: 0, Person: 0, LandPlot: 0, Fund: 0, Expert: 0 });
    const now = await versionOf();
    expect(now).toEqual({ version: held.version + 1, amountYi: 77 });
    const [entry] = await trail();
    expect(entry).toEqual({
      operation: 'import',
      actor: '导入管理员',
      requestId: answer.importId,
      changes: [{ field: 'amountYi', before: '50', after: '77' }],
    });
    // A planner who read the project before the import writes with the version they hold: refused.
    const stale = await gql(
      svc.url,
      'mutation($v: Int!) { updateProject(input: {id: "PJ-2022-0001", expectedVersion: $v, amountYi: 55}) { amountYi } }',
      { v: held.version },
      planner,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await versionOf()).amountYi).toBe(77);
  });

  it('over HTTP: importing the same rows again changes nothing, writes no entry and keeps the version', async () => {
    const before = await versionOf();
    const entries = (await trail()).length;
    const answer = await post(withAmount(77));
    expect(answer.changed).toEqual({ Project: 0, Enterprise: 0, Person: 0, LandPlot: 0, Fund: 0, Expert: 0 });
    expect(await versionOf()).toEqual(before);
    expect((await trail()).length).toBe(entries);
  });

  it('from the command line: the same, signed with --actor', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-cli-'));
    try {
      fs.writeFileSync(path.join(dir, 'projects.csv'), withAmount(88));
      const r = spawnSync(process.execPath, [IMPORT, dir, '--actor', '命令行导入员'], {
        env: {
          ...process.env,
          NEO4J_URI: testUri(),
          NEO4J_USER: process.env.NEO4J_TEST_USER ?? '',
          NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
        },
        encoding: 'utf8',
        timeout: 300000,
      });
      expect(r.stderr).toMatch(
        /imported 1 rows from 1 files in one transaction as import-[\w-]+ by 命令行导入员; changed 1 Project, 0 Enterprise, 0 Person, 0 LandPlot, 0 Fund/,
      );
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('from the command line: the change is in the trail and a version held before it is CONFLICT', async () => {
    const [latest] = await trail();
    expect(latest).toMatchObject({
      operation: 'import',
      actor: '命令行导入员',
      changes: [{ field: 'amountYi', before: '77', after: '88' }],
    });
    const now = await versionOf();
    const stale = await gql(
      svc.url,
      'mutation($v: Int!) { updateProject(input: {id: "PJ-2022-0001", expectedVersion: $v, amountYi: 55}) { amountYi } }',
      { v: now.version - 1 },
      planner,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    // The version the import left is the one to write with.
    const fresh = await gql<{ updateProject: { amountYi: number } }>(
      svc.url,
      'mutation($v: Int!) { updateProject(input: {id: "PJ-2022-0001", expectedVersion: $v, amountYi: 55}) { amountYi } }',
      { v: now.version },
      planner,
    );
    expect(fresh.errors).toBeUndefined();
    expect(fresh.data!.updateProject.amountYi).toBe(55);
  });
});

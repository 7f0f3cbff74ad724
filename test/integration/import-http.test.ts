import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { makeUscc } from '../../src/domain/uscc';
import { authTestConfig, TEST_SECRET, tokenFor } from '../support/auth';
import { DEMO_DIR, resetDatabase, silentLogger, testGateway } from '../support/db';
import { gql } from '../support/http';

const TOKEN_SCRIPT = path.join(__dirname, '..', '..', 'dist', 'src', 'scripts', 'token.js');

/** A zip of CSV files (name → text). */
async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('POST /import (admins) and npm run token', () => {
  let svc: Service;
  let admin: string;
  // ?wait=true: the answer is the finished job's report (import-jobs.test.ts follows jobs without it).
  const post = (body: Buffer, token?: string, query = '?wait=true'): Promise<Response> =>
    fetch(`${svc.url}/import${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/zip', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });

  beforeAll(async () => {
    const gw = testGateway();
    await resetDatabase(gw);
    await gw.close();
    svc = await startService(authTestConfig(false), silentLogger);
    admin = await tokenFor(Role.ADMIN, '管理员');
  });
  afterAll(() => svc.close());

  const demoZip = (): Promise<Buffer> =>
    zipOf(
      Object.fromEntries(
        fs
          .readdirSync(DEMO_DIR)
          .filter((f) => f.endsWith('.csv'))
          .map((f) => [`demo/${f}`, fs.readFileSync(path.join(DEMO_DIR, f), 'utf8')]),
      ),
    );

  it('refuses without a token (401) and below ADMIN (403)', async () => {
    const body = await demoZip();
    expect((await post(body)).status).toBe(401);
    const res = await post(body, await tokenFor(Role.PLANNER));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  it('validates the demo dataset as a dry run and writes nothing, then imports it in one go', async () => {
    const dry = await post(await demoZip(), admin, '?dryRun=true&wait=true');
    expect(dry.status).toBe(200);
    const report = (await dry.json()) as Record<string, unknown>;
    expect(report).toMatchObject({ ok: true, dryRun: true, written: false, report: [] });
    const count = async (): Promise<number> =>
      (await gql<{ enterprises: { totalCount: number } }>(svc.url, '{ enterprises(first: 1) { totalCount } }', {}, admin)).data!.enterprises
        .totalCount;
    expect(await count()).toBe(0);
    const real = await post(await demoZip(), admin);
    expect(real.status).toBe(200);
    expect(await real.json()).toMatchObject({ ok: true, written: true });
    expect(await count()).toBeGreaterThan(900);
  });

  it('answers 422 with the file:row:column report for a bad dataset, writing nothing', async () => {
    const uscc = makeUscc('9', '1', '350583', 'MAHTTP001');
    const header = fs.readFileSync(path.join(DEMO_DIR, 'enterprises.csv'), 'utf8').split('\n')[0];
    const cols = header.split(',');
    const row = cols
      .map((c) => ({ uscc, name: 'HTTP导入测试', cityCode: '350583', isLocal: 'true', isTarget: 'maybe', source: 'USER' })[c] ?? '')
      .join(',');
    const res = await post(await zipOf({ 'enterprises.csv': `${header}\n${row}\n` }), admin);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { ok: boolean; written: boolean; report: string[] };
    expect(body).toMatchObject({ ok: false, written: false });
    expect(body.report).toEqual([expect.stringMatching(/^enterprises\.csv:2:isTarget — /)]);
    const found = await gql<{ enterprise: unknown }>(svc.url, `{ enterprise(uscc: "${uscc}") { name } }`, {}, admin);
    expect(found.data!.enterprise).toBeNull();
  });

  it('refuses a body that is not a zip or workbook, and an unknown dryRun value', async () => {
    const res = await post(Buffer.from('uscc,name\n'), admin);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect((await post(await demoZip(), admin, '?dryRun=perhaps')).status).toBe(400);
    expect((await post(await demoZip(), admin, '?wait=soon')).status).toBe(400);
  });

  it('mints, with npm run token, a token the service accepts with its role', async () => {
    const run = spawnSync(process.execPath, [TOKEN_SCRIPT, '--sub', '张三', '--role', 'planner', '--days', '30'], {
      env: { ...process.env, AUTH_JWT_SECRET: TEST_SECRET, AUTH_JWT_PUBLIC_KEY: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const token = run.stdout.trim();
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
      sub: string;
      role: string;
      exp: number;
    };
    expect(payload).toMatchObject({ sub: '张三', role: 'PLANNER' });
    expect(payload.exp - Date.now() / 1000).toBeGreaterThan(29 * 86400);
    const res = await gql(
      svc.url,
      'mutation { createProject(input: {name: "令牌测试项目", amountYi: 1, stage: PLANNED, on: "2026-01-01"}) { id } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const bad = spawnSync(process.execPath, [TOKEN_SCRIPT, '--sub', '张三', '--role', 'boss'], {
      env: { ...process.env, AUTH_JWT_SECRET: TEST_SECRET },
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { authTestConfig, tokenFor } from '../support/auth';
import { DEMO_DIR, resetDatabase, silentLogger, testGateway } from '../support/db';
import { gql } from '../support/http';

interface Job {
  id: string;
  status: string;
  phase: string | null;
  dryRun: boolean;
  actor: string;
  written: boolean;
  counts: Array<{ name: string; count: number }>;
  changed: Array<{ name: string; count: number }>;
  problemCount: number;
  report: string[];
  failure: string | null;
  messageZh: string | null;
}
const JOB_FIELDS =
  'id status phase dryRun actor written counts { name count } changed { name count } problemCount report failure messageZh';

async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const DEMO = Object.fromEntries(fs.readdirSync(DEMO_DIR).map((f) => [f, fs.readFileSync(path.join(DEMO_DIR, f), 'utf8')]));
/** Data rows of the demo dataset, all files together (header lines left out). */
const DEMO_ROWS = Object.values(DEMO).reduce((n, text) => n + text.split('\n').filter((l) => l.trim() !== '').length - 1, 0);
const demoZip = (): Promise<Buffer> => zipOf(DEMO);

/**
 * POST /import as a job: the upload goes to disk, a helper process unpacks, reads, validates and
 * writes it, and the job's state is in the graph for `importJob(id)` and GET /import/jobs/:id.
 * Uploads are capped by size before and after unpacking (workbooks included) and by rows.
 */
describe('import jobs', () => {
  let svc: Service;
  let admin: string;
  // Room for exactly the demo's rows, and a 1 MB upload (20 MB unpacked).
  const config = { ...authTestConfig(false), importMaxBytes: 1024 * 1024, importMaxRows: DEMO_ROWS };
  const post = (body: Buffer, query = ''): Promise<Response> =>
    fetch(`${svc.url}/import${query}`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body });
  const job = (id: string, token = admin) =>
    gql<{ importJob: Job | null }>(svc.url, `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`, { id }, token);
  /** Polls until the job ends (no time limit of its own: jest's generous test timeout bounds it). */
  async function ended(id: string): Promise<Job> {
    for (;;) {
      const j = (await job(id)).data!.importJob!;
      if (!['QUEUED', 'RUNNING'].includes(j.status)) return j;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    const gw = testGateway();
    await resetDatabase(gw);
    await gw.close();
    svc = await startService(config, silentLogger);
    admin = await tokenFor(Role.ADMIN, '任务管理员');
  });
  afterAll(() => svc.close());

  it('answers 202 with a job id at once, and the job runs to its report while the service answers other requests', async () => {
    const res = await post(await demoZip());
    expect(res.status).toBe(202);
    const accepted = (await res.json()) as { jobId: string; status: string; statusUrl: string };
    expect(accepted).toMatchObject({ jobId: expect.stringMatching(/^import-[0-9a-f-]{36}$/), status: 'QUEUED' });
    expect(res.headers.get('location')).toBe(accepted.statusUrl);
    // The import works in its own process: a read is answered while the job is still open.
    const during = await gql<{ about: { service: string } }>(svc.url, '{ about { service } }', {}, admin);
    expect(during.data?.about.service).toBe('nanan-chain-graph');
    const done = await ended(accepted.jobId);
    expect(done).toMatchObject({ status: 'SUCCEEDED', phase: 'done', dryRun: false, actor: '任务管理员', written: true, problemCount: 0 });
    expect(done.counts).toEqual(expect.arrayContaining([{ name: 'enterprises', count: expect.any(Number) }]));
    expect(done.changed.find((c) => c.name === 'Enterprise')!.count).toBeGreaterThan(900);
    // Its writes are audited under the job's id.
    const trail = await gql<{ auditTrail: { entries: Array<{ requestId: string; actor: string }> } }>(
      svc.url,
      '{ auditTrail(filter: {operation: "import"}, first: 3) { entries { requestId actor } } }',
      {},
      admin,
    );
    expect(trail.data!.auditTrail.entries).toEqual(Array(3).fill({ requestId: accepted.jobId, actor: '任务管理员' }));
    // The same job over REST, and first in the list.
    const rest = await fetch(`${svc.url}${accepted.statusUrl}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(rest.status).toBe(200);
    expect(await rest.json()).toMatchObject({ id: accepted.jobId, status: 'SUCCEEDED' });
    const list = await gql<{ importJobs: Array<{ id: string }> }>(svc.url, '{ importJobs(first: 5) { id } }', {}, admin);
    expect(list.data!.importJobs[0].id).toBe(accepted.jobId);
  });

  it('reports a dataset with problems as INVALID, with its report, writing nothing', async () => {
    const header = fs.readFileSync(path.join(DEMO_DIR, 'enterprises.csv'), 'utf8').split('\n')[0];
    const row = header
      .split(',')
      .map((c) => ({ uscc: 'not-a-uscc', name: '任务测试', cityCode: '350583', isLocal: 'true', source: 'USER' })[c] ?? '')
      .join(',');
    const res = await post(await zipOf({ 'enterprises.csv': `${header}\n${row}\n` }));
    const done = await ended(((await res.json()) as { jobId: string }).jobId);
    expect(done).toMatchObject({ status: 'INVALID', written: false });
    expect(done.problemCount).toBe(done.report.length);
    expect(done.report).toContainEqual(expect.stringMatching(/^enterprises\.csv:2:uscc — /));
  });

  it('refuses a workbook that unpacks past the cap (IMPORT_MAX_BYTES × 20) without reading it', async () => {
    const bomb = await zipOf({
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook/>',
      'xl/worksheets/sheet1.xml': Buffer.alloc(25 * 1024 * 1024, 0x20),
    });
    expect(bomb.length).toBeLessThan(config.importMaxBytes);
    const res = await post(bomb, '?wait=true');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', failure: 'UPLOAD_INVALID' });
    expect(body.errors[0].extensions.messageZh).toMatch(/解压后超过 20 MB/);
  });

  it('refuses more rows than IMPORT_MAX_ROWS, and a body larger than IMPORT_MAX_BYTES', async () => {
    const oneMore = await zipOf({ ...DEMO, 'towns.csv': `${DEMO['towns.csv'].trimEnd()}\n350583999,多出的一行,350583\n` });
    const res = await post(oneMore, '?dryRun=true&wait=true');
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toMatchObject({ failure: 'UNREADABLE' });
    expect(body.errors[0].extensions.messageZh).toMatch(new RegExp(`超过 ${DEMO_ROWS} 行的导入上限（IMPORT_MAX_ROWS）`));
    const big = await post(Buffer.alloc(config.importMaxBytes + 1, 1));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0].extensions.messageZh).toMatch(
      /超过 1 MB/,
    );
  });

  it('shows jobs to admins only, and says what is wrong with an id', async () => {
    const listed = await gql<{ importJobs: Array<{ id: string }> }>(svc.url, '{ importJobs { id } }', {}, admin);
    expect(listed.errors).toBeUndefined();
    const [any] = listed.data!.importJobs;
    const forbidden = await job(any.id, await tokenFor(Role.PLANNER));
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const rest = await fetch(`${svc.url}/import/jobs/${any.id}`, { headers: { authorization: `Bearer ${await tokenFor(Role.ANALYST)}` } });
    expect(rest.status).toBe(403);
    // Like every lookup by key, an unknown job is null (and 404 over REST).
    const missing = await job('import-00000000-0000-4000-8000-000000000000');
    expect([missing.errors, missing.data?.importJob]).toEqual([undefined, null]);
    const gone = await fetch(`${svc.url}/import/jobs/import-00000000-0000-4000-8000-000000000000`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(gone.status).toBe(404);
    const malformed = await job('MATCH (n) DETACH DELETE n');
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] });
  });
});

import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { Neo4jGateway } from '../../src/db/gateway';
import { importDataset } from '../../src/modules/import/import.service';
import { authTestConfig, tokenFor } from '../support/auth';
import { DEMO_DIR, resetDatabase, silentLogger, testGateway } from '../support/db';
import { gql } from '../support/http';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The system of record on the demo data: writes, their errors, concurrency, the audit trail. */
describe('writing the 招商台账', () => {
  let svc: Service;
  let gw: Neo4jGateway;
  let planner: string;
  let admin: string;
  beforeAll(async () => {
    gw = testGateway();
    await resetDatabase(gw);
    const r = await importDataset(gw, DEMO_DIR);
    if (!r.ok) throw new Error('demo did not import');
    svc = await startService(authTestConfig(false), silentLogger);
    planner = await tokenFor(Role.PLANNER, '张三');
    admin = await tokenFor(Role.ADMIN, '管理员');
  });
  afterAll(async () => {
    await svc.close();
    await gw.close();
  });

  const call = (query: string, variables: Record<string, unknown> = {}, token = planner) => gql<Data>(svc.url, query, variables, token);
  async function ok(query: string, variables: Record<string, unknown> = {}, token = planner): Promise<Data> {
    const res = await call(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }
  /** Everything a failed write could have touched, to compare before and after. */
  async function snapshot(id: string): Promise<unknown> {
    return gw.readTx((tx) =>
      tx.runText(
        `MATCH (p:Project {id: $id}) OPTIONAL MATCH (a:AuditEntry {entityKey: $id}) OPTIONAL MATCH (v:__GraphVersion)
         RETURN p {.*} AS p, count(a) AS audits, collect(DISTINCT v.token) AS version`,
        { id },
      ),
    );
  }

  const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id name stage signedOn version source } }`;
  const ADVANCE = `mutation($input: AdvanceProjectStageInput!) { advanceProjectStage(input: $input) { id stage version contractedOn } }`;

  it('creates a project, signed, with its references, audited with who and when', async () => {
    const d = await ok(CREATE, { input: { name: '测试异质结组件项目', amountYi: 12.5, stage: 'SIGNED', on: '2026-01-15', industryCode: 'NE', linkCodes: ['NE-HJT'], parkId: 'PK-STD-2' } });
    expect(d.createProject).toMatchObject({ name: '测试异质结组件项目', stage: 'SIGNED', signedOn: '2026-01-15', version: 1, source: 'USER' });
    const [row] = await gw.readTx((tx) => tx.runText<Data>('MATCH (a:AuditEntry {entityKey: $id}) RETURN a.actor AS actor, a.role AS role, a.operation AS op, a.fields AS fields', { id: d.createProject.id }));
    expect(row).toMatchObject({ actor: '张三', role: 'PLANNER', op: 'createProject' });
    expect(row.fields).toEqual(expect.arrayContaining(['name', 'amountYi', 'stage', 'signedOn', 'linkCodes', 'parkId', 'industryCode']));
  });

  it('refuses a skipped or backward stage, naming the allowed one, and changes nothing', async () => {
    const { createProject: p } = await ok(CREATE, { input: { name: '跳级测试项目', amountYi: 3, stage: 'SIGNED', on: '2026-02-01' } });
    const before = await snapshot(p.id);
    for (const to of ['PERFORMING', 'NEGOTIATING', 'SIGNED']) {
      const res = await call(ADVANCE, { input: { id: p.id, expectedVersion: 1, to, on: '2026-02-10' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.to' }] });
      expect(res.errors?.[0].message).toContain('the only allowed next stage is CONTRACTED (正式合同)');
    }
    const early = await call(ADVANCE, { input: { id: p.id, expectedVersion: 1, to: 'CONTRACTED', on: '2026-01-01' } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.on', message: 'must not be before 2026-02-01, the date of the current stage' }] });
    expect(await snapshot(p.id)).toEqual(before);
  });

  it('answers NOT_FOUND for unknown ids and references, with the field, and changes nothing', async () => {
    const unknown = await call(ADVANCE, { input: { id: 'PJ-NOPE', expectedVersion: 0, to: 'SIGNED', on: '2026-01-01' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const count = async (): Promise<unknown> => gw.readTx((tx) => tx.runText('MATCH (p:Project) RETURN count(p) AS n'));
    const before = await count();
    const refs = await call(CREATE, { input: { name: '引用测试', amountYi: 1, stage: 'PLANNED', on: '2026-01-01', parkId: 'PK-NOPE', linkCodes: ['NE-HJT', 'NE-NOPE'] } });
    expect(refs.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'input.parkId' }, { path: 'input.linkCodes', message: 'no chain link NE-NOPE' }] });
    expect(await count()).toEqual(before);
  });

  it('refuses invalid values with the failing fields', async () => {
    const res = await call(CREATE, { input: { name: 'x', amountYi: -1, stage: 'PRODUCING', on: '2099-01-01' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (res.errors?.[0].extensions?.fields as Array<{ path: string }>).map((f) => f.path).sort();
    expect(paths).toEqual(['input.amountYi', 'input.name']);
    const stage = await call(CREATE, { input: { name: '阶段测试', amountYi: 1, stage: 'PRODUCING', on: '2099-01-01' } });
    expect((stage.errors?.[0].extensions?.fields as Array<{ path: string }>).map((f) => f.path).sort()).toEqual(['input.on', 'input.stage']);
  });

  it('lets one of two concurrent edits of the same version win; the other gets CONFLICT with the current version, and the audit shows one change', async () => {
    const { createProject: p } = await ok(CREATE, { input: { name: '并发测试项目', amountYi: 5, stage: 'SIGNED', on: '2026-03-01' } });
    const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id amountYi version } }`;
    const [a, b] = await Promise.all([
      call(UPDATE, { input: { id: p.id, expectedVersion: 1, amountYi: 6 } }),
      call(UPDATE, { input: { id: p.id, expectedVersion: 1, amountYi: 7 } }),
    ]);
    const results = [a, b];
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    const [row] = await gw.readTx((tx) =>
      tx.runText<Data>("MATCH (p:Project {id: $id}) OPTIONAL MATCH (a:AuditEntry {entityKey: $id, operation: 'updateProject'}) RETURN p.amountYi AS amount, p.version AS version, count(a) AS changes", { id: p.id }),
    );
    expect(row).toEqual({ amount: won[0].data!.updateProject.amountYi, version: 2, changes: 1 });
  });

  it('does a retried write once: the same requestId returns the first answer', async () => {
    const input = { name: '幂等测试项目', amountYi: 2, stage: 'PLANNED', on: '2026-04-01', requestId: 'retry-test-0001' };
    const first = await ok(CREATE, { input });
    const again = await ok(CREATE, { input });
    expect(again.createProject.id).toBe(first.createProject.id);
    const [n] = await gw.readTx((tx) => tx.runText<Data>("MATCH (p:Project {name: '幂等测试项目'}) RETURN count(p) AS n"));
    expect(n.n).toBe(1);
  });

  it('takes a project from 签约 to 投产 and the gap it fills stops being a gap', async () => {
    const gaps = async (): Promise<Data> => (await ok('{ chainGaps(industryCode: "IC") { links { link { code } status } } }')).chainGaps.links.find((l: Data) => l.link.code === 'IC-WAFER');
    expect((await gaps()).status).toBe('BROKEN');
    const { createProject: p } = await ok(CREATE, { input: { name: '晶圆制造落地项目', amountYi: 80, stage: 'SIGNED', on: '2026-01-05', industryCode: 'IC', linkCodes: ['IC-WAFER'] } });
    let version = 1;
    const steps: Array<[string, string]> = [['CONTRACTED', '2026-01-20'], ['PERFORMING', '2026-02-10'], ['STARTED', '2026-03-01']];
    for (const [to, on] of steps) {
      const d = await ok(ADVANCE, { input: { id: p.id, expectedVersion: version, to, on } });
      version = d.advanceProjectStage.version;
    }
    expect((await gaps()).status).toBe('FILLING'); // started: under way, not yet producing
    await ok(ADVANCE, { input: { id: p.id, expectedVersion: version, to: 'PRODUCING', on: '2026-06-01' } });
    expect(['WEAK', 'ADEQUATE', 'STRONG']).toContain((await gaps()).status); // a local producer now: no longer missing
  });
});

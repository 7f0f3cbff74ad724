import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { BUMP_GRAPH_VERSION } from '../../src/db/db.queries';
import { Neo4jGateway } from '../../src/db/gateway';
import { makeUscc } from '../../src/domain/uscc';
import { authTestConfig, tokenFor } from '../support/auth';
import { silentLogger, testGateway } from '../support/db';
import { buildHandbuiltGraph } from '../support/handbuilt-graph';
import { gql } from '../support/http';

type Data = Record<string, any>;

/** Saved scenarios (方案) on the hand-built graph: kept, listed, reopened, noticed as stale, deleted by whom may. */
describe('scenarios', () => {
  const P = ['MAX500001', 'MAX500002', 'MAX500003'].map((m) => makeUscc('9', '1', '440300', m));
  let svc: Service;
  let gw: Neo4jGateway;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    gw = testGateway();
    await buildHandbuiltGraph(gw, ...P.map((u, i) => `MATCH (x:Enterprise {uscc: 'X${i + 1}'}) SET x.uscc = '${u}'`));
    svc = await startService(authTestConfig(false), silentLogger);
    tokens.viewer = await tokenFor(Role.VIEWER);
    tokens.analyst = await tokenFor(Role.ANALYST);
    tokens.zhang = await tokenFor(Role.PLANNER, '张三');
    tokens.li = await tokenFor(Role.PLANNER, '李四');
    tokens.admin = await tokenFor(Role.ADMIN);
  });
  afterAll(async () => {
    await svc.close();
    await gw.close();
  });

  const call = (query: string, token: string, variables: Record<string, unknown> = {}) => gql<Data>(svc.url, query, variables, token);
  async function ok(query: string, token: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const res = await call(query, token, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }
  const SAVE =
    'mutation($input: SaveScenarioInput!) { saveScenario(input: $input) { id name note kind kindLabel createdBy graphMoved input saved { value coverage landUsedMu firms { uscc } gapsClosed { code } } } }';
  const portfolio = { industryCode: 'T', count: 2, landBudgetMu: 1000 };

  let first: string;
  it('keeps a portfolio with its input, its answer and who saved it', async () => {
    const d = await ok(SAVE, tokens.zhang, { input: { name: '测试组合', note: '两家', portfolio } });
    const s = d.saveScenario;
    first = s.id;
    // The answer pinned in analysis-rules.test.ts: X1 then X2, value 0.7168, 366亩; B closed 0.896 ≥ 0.5.
    expect(s).toMatchObject({
      name: '测试组合',
      note: '两家',
      kind: 'PORTFOLIO',
      kindLabel: '招商组合',
      createdBy: '张三',
      graphMoved: false,
    });
    expect(s.saved).toEqual({
      value: 0.7168,
      coverage: 0.6343,
      landUsedMu: 366,
      firms: [{ uscc: P[0] }, { uscc: P[1] }],
      gapsClosed: [{ code: 'T-B' }],
    });
    expect(JSON.parse(s.input)).toMatchObject(portfolio);
  });

  it('keeps a what-if too, and lists both newest first, a page at a time', async () => {
    const d = await ok(SAVE, tokens.li, { input: { name: '测试落地', whatIf: { targets: [P[1]] } } });
    expect(d.saveScenario).toMatchObject({
      kind: 'WHAT_IF',
      createdBy: '李四',
      saved: { value: null, landUsedMu: 33, firms: [{ uscc: P[1] }], gapsClosed: [] },
    });
    const page1 = await ok(
      '{ scenarios(first: 1) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }',
      tokens.analyst,
    );
    expect(page1.scenarios).toMatchObject({ totalCount: 2, edges: [{ node: { name: '测试落地' } }], pageInfo: { hasNextPage: true } });
    const page2 = await ok(
      'query($after: String) { scenarios(first: 1, after: $after) { edges { node { name } } pageInfo { hasNextPage } } }',
      tokens.analyst,
      { after: page1.scenarios.pageInfo.endCursor },
    );
    expect(page2.scenarios).toEqual({ edges: [{ node: { name: '测试组合' } }], pageInfo: { hasNextPage: false } });
    const mine = await ok('{ scenarios(filter: {createdBy: "张三", kind: PORTFOLIO}) { edges { node { id } } } }', tokens.analyst);
    expect(mine.scenarios.edges).toEqual([{ node: { id: first } }]);
  });

  it('reopens a scenario, says when the graph has moved since, and reruns it on the graph as it is', async () => {
    const before = await ok(
      `{ scenario(id: "${first}") { graphMoved portfolioNow { value } whatIfNow { gapsClosed { code } } } }`,
      tokens.analyst,
    );
    expect(before.scenario).toEqual({ graphMoved: false, portfolioNow: { value: 0.7168 }, whatIfNow: null });
    // X2 is no longer a target (an edit through any write or import moves the version with it).
    await gw.writeTx(async (tx) => {
      await tx.runText(`MATCH (x:Enterprise {uscc: '${P[1]}'}) SET x.isTarget = false`);
      await tx.run(BUMP_GRAPH_VERSION, {});
    });
    const after = await ok(
      `{ scenario(id: "${first}") { graphMoved saved { value } portfolioNow { value picks { target { uscc } } } } }`,
      tokens.analyst,
    );
    // Saved as it was; now X1 then X3 (0.048): 0.688.
    expect(after.scenario).toEqual({
      graphMoved: true,
      saved: { value: 0.7168 },
      portfolioNow: { value: 0.688, picks: [{ target: { uscc: P[0] } }, { target: { uscc: P[2] } }] },
    });
    expect((await ok('{ scenario(id: "no-such") { id } }', tokens.analyst)).scenario).toBeNull();
  });

  it('refuses a scenario with neither or both inputs, and names the field of a nested error; nothing is saved', async () => {
    const count = async (): Promise<number> => (await ok('{ scenarios { totalCount } }', tokens.analyst)).scenarios.totalCount;
    const n = await count();
    const cases: Array<[Data, string, string]> = [
      [{ name: '空' }, 'BAD_USER_INPUT', 'input'],
      [{ name: '双', portfolio, whatIf: { targets: [P[0]] } }, 'BAD_USER_INPUT', 'input'],
      [{ name: '缺', whatIf: { targets: [P[0], makeUscc('9', '1', '440300', 'MAX599999')] } }, 'NOT_FOUND', 'input.whatIf.targets.1'],
      [{ name: '多', portfolio: { count: 1, mustInclude: [P[0], P[1]] } }, 'BAD_USER_INPUT', 'input.portfolio.mustInclude'],
      [{ name: '', portfolio }, 'BAD_USER_INPUT', 'input.name'],
    ];
    for (const [input, code, path] of cases) {
      const res = await call(SAVE, tokens.zhang, { input });
      expect([input.name, res.errors?.[0].extensions?.code]).toEqual([input.name, code]);
      expect((res.errors?.[0].extensions?.fields as Data[]).map((f) => f.path)).toContain(path);
    }
    expect(await count()).toBe(n);
  });

  it('is a Node: node(id) fetches it for an analyst, and refuses a viewer as scenario(id) does', async () => {
    const d = await ok(`{ node(id: "${first}") { __typename id ... on Scenario { name } } }`, tokens.analyst);
    expect(d.node).toEqual({ __typename: 'Scenario', id: first, name: '测试组合' });
    const res = await call(`{ node(id: "Scenario:${first}") { id } }`, tokens.viewer);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ANALYST' });
  });

  it('lets only the author or an admin delete one', async () => {
    const refused = await call(`mutation { deleteScenario(id: "${first}") }`, tokens.li);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', fields: [{ path: 'id' }] });
    expect((await ok(`{ scenario(id: "${first}") { id } }`, tokens.analyst)).scenario).toEqual({ id: first });
    expect((await ok(`mutation { deleteScenario(id: "${first}") }`, tokens.zhang)).deleteScenario).toBe(first);
    const gone = await call(`mutation { deleteScenario(id: "${first}") }`, tokens.admin);
    expect(gone.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'id' }] });
    const other = (await ok('{ scenarios { edges { node { id } } } }', tokens.analyst)).scenarios.edges[0].node.id;
    expect((await ok(`mutation { deleteScenario(id: "${other}") }`, tokens.admin)).deleteScenario).toBe(other);
  });

  it('needs a planner to save and an analyst to read', async () => {
    const save = await call(SAVE, tokens.analyst, { input: { name: 'x', portfolio } });
    expect(save.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'PLANNER' });
    const read = await call('{ scenarios { totalCount } }', tokens.viewer);
    expect(read.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ANALYST' });
  });
});

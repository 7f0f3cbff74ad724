import { Neo4jGateway } from '../../src/db/gateway';
import { startService, Service } from '../../src/app';
import { HANDBUILT_GRAPH as GRAPH } from '../support/handbuilt-graph';
import { resetDatabase, silentLogger, testConfig, testGateway } from '../support/db';
import { gql } from '../support/http';

type Data = Record<string, any>;

describe('chain gaps and ranking on a hand-built graph', () => {
  let svc: Service;
  let gw: Neo4jGateway;
  beforeAll(async () => {
    gw = testGateway();
    await resetDatabase(gw);
    await gw.writeTx((tx) => tx.runText(GRAPH));
    svc = await startService(testConfig(), silentLogger);
  });
  afterAll(async () => {
    await svc.close();
    await gw.close();
  });

  async function q(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const res = await gql<Data>(svc.url, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  it('pins each link’s status, severity and supply rate, most severe first', async () => {
    const d = await q(`{ chainGaps(industryCode: "T") { localSupplyRate
      links { link { code } status severity grade localSupplyRate presence localProducers } } }`);
    expect(d.chainGaps.localSupplyRate).toBe(0.1667); // 1亿 local of 6亿 bought
    expect(d.chainGaps.links).toEqual([
      { link: { code: 'T-B' }, status: 'BROKEN', severity: 80, grade: 'URGENT', localSupplyRate: 0, presence: 0, localProducers: 0 },
      { link: { code: 'T-C' }, status: 'WEAK', severity: 22, grade: 'NORMAL', localSupplyRate: null, presence: 0.3, localProducers: 1 },
      { link: { code: 'T-D' }, status: 'WEAK', severity: 6, grade: 'NORMAL', localSupplyRate: 0.25, presence: 0.03, localProducers: 1 },
      { link: { code: 'T-E' }, status: 'MISSING', severity: 5, grade: 'NORMAL', localSupplyRate: null, presence: 0, localProducers: 0 },
      { link: { code: 'T-A' }, status: 'STRONG', severity: 0, grade: null, localSupplyRate: null, presence: 1, localProducers: 1 },
    ]);
  });

  it('ranks the targets for filling gaps with exact, additive scores', async () => {
    const d =
      await q(`{ rankTargets(input: {industryCode: "T"}) { totalCount weights { gapFit capability affinity parkFit intent priorityTheme }
      edges { node { rank score enterprise { uscc } components { name raw contribution } filledLinks { link { code } status }
        warmPaths { kind strength } suggestedParks { park { id } fit } landNeed { mu basis basisLabel investmentYi intensityWanPerMu } reasons } } } }`);
    const r = d.rankTargets;
    expect(r.weights).toEqual({ gapFit: 0.35, capability: 0.2, affinity: 0.2, parkFit: 0.1, intent: 0.1, priorityTheme: 0.05 });
    expect(r.totalCount).toBe(3);
    const [x1, x2, x3] = r.edges.map((e: Data) => e.node);
    expect([x1, x2, x3].map((n) => n.enterprise.uscc)).toEqual(['X1', 'X2', 'X3']);
    // X1: gapFit 0.8 (B severity 80 × STRONG 1); capability 0.4×log(101)/log(501) + 0.2 (500强) = 0.497;
    //     affinity 0.85 (南安籍 chairman, chamber VP, 2 hops) + 0.05 (chamber in city) = 0.9;
    //     park 0.3: it needs about 333 亩 (10% of 100亿 revenue at the default 300万元/亩) and PK-T has 100; intent 0.6; theme 1
    expect(x1.components.map((c: Data) => [c.name, c.raw, c.contribution])).toEqual([
      ['gapFit', 0.8, 28],
      ['capability', 0.497, 9.94],
      ['affinity', 0.9, 18],
      ['parkFit', 0.3, 3],
      ['intent', 0.6, 6],
      ['priorityTheme', 1, 5],
    ]);
    expect(x1.score).toBe(69.94);
    expect(x1.landNeed).toEqual({ mu: 333, basis: 'REVENUE', basisLabel: '按营收估算', investmentYi: 10, intensityWanPerMu: 300 });
    // X2: gapFit 0.48 (80 × MEDIUM 0.6); capability 0.1543; affinity 0.75 (supplies L2); park 1 (needs 33 亩); intent 0.4 (financing)
    expect(x2.components.map((c: Data) => c.contribution)).toEqual([16.8, 3.086, 15, 10, 4, 5]);
    expect(x2.score).toBe(53.886);
    // X3: gapFit 0.06 (D severity 6 × 1); capability 0.2210 + 0.1 (专精特新) = 0.321; affinity 0.75 + 0.05 = 0.8;
    //     park 0.7 (positioned for the industry only; needs 100 亩, PK-T has 100)
    expect(x3.components.map((c: Data) => c.contribution)).toEqual([2.1, 6.42, 16, 7, 0, 5]);
    expect(x3.score).toBe(36.52);
    expect(x1.filledLinks).toEqual([{ link: { code: 'T-B' }, status: 'BROKEN' }]);
    expect(x1.warmPaths).toEqual([
      { kind: 'NATIVE_CHAMBER_EXEC', strength: 0.85 },
      { kind: 'CHAMBER_IN_CITY', strength: 0.425 },
    ]);
    expect(x1.suggestedParks).toEqual([{ park: { id: 'PK-T' }, fit: 0.3 }]);
    expect(x1.reasons).toEqual([
      '接通断链「乙环节」（紧急）',
      '证据：产品、专利或认证（强证据）', // STRONG evidence, no products recorded
      '董事长黄董为南安籍，任深圳南安商会副会长',
      '定位园区用地不足：测试园可供地100亩（预计需地约333亩，按营收估算）',
      '500强，营收100亿元',
      '有扩产计划',
      '属产业风口：新能源',
    ]);
  });

  it('labels chamber roles on warm paths in Chinese, with the code beside it', async () => {
    const d = await q(
      `{ rankTargets(input: {industryCode: "T"}) { edges { node { enterprise { uscc } warmPaths { kind relationships { type detail role } } } } } }`,
    );
    const x1 = d.rankTargets.edges.find((e: Data) => e.node.enterprise.uscc === 'X1').node;
    const member = x1.warmPaths.find((p: Data) => p.kind === 'NATIVE_CHAMBER_EXEC').relationships.find((r: Data) => r.type === 'MEMBER_OF');
    expect(member).toEqual({ type: 'MEMBER_OF', detail: '副会长', role: 'VICE_PRESIDENT' });
  });

  it('changes the order the way the formula says when a weight changes', async () => {
    // Affinity alone: X1 0.9 > X3 0.8 > X2 0.75.
    const d =
      await q(`{ rankTargets(input: {industryCode: "T", weights: {gapFit: 0, capability: 0, affinity: 1, parkFit: 0, intent: 0, priorityTheme: 0}}) {
      weights { affinity gapFit } edges { node { enterprise { uscc } score } } } }`);
    expect(d.rankTargets.weights).toEqual({ affinity: 1, gapFit: 0 });
    expect(d.rankTargets.edges.map((e: Data) => [e.node.enterprise.uscc, e.node.score])).toEqual([
      ['X1', 90],
      ['X3', 80],
      ['X2', 75],
    ]);
    // Intent alone: X1 0.6 > X2 0.4 > X3 0.
    const i =
      await q(`{ rankTargets(input: {industryCode: "T", weights: {gapFit: 0, capability: 0, affinity: 0, parkFit: 0, intent: 2, priorityTheme: 0}}) {
      edges { node { enterprise { uscc } score } } } }`);
    expect(i.rankTargets.edges.map((e: Data) => [e.node.enterprise.uscc, e.node.score])).toEqual([
      ['X1', 60],
      ['X2', 40],
      ['X3', 0],
    ]);
  });

  it('extends the strong link A to its absent downstream B (EXTEND) and finds nothing to strengthen', async () => {
    const d =
      await q(`{ e: rankTargets(input: {industryCode: "T", mode: EXTEND}) { edges { node { enterprise { uscc } filledLinks { link { code } via { code } } components { name raw } } } }
                        s: rankTargets(input: {industryCode: "T", mode: STRENGTHEN}) { totalCount } }`);
    expect(d.e.edges.map((e: Data) => e.node.enterprise.uscc)).toEqual(['X1', 'X2']);
    expect(d.e.edges[0].node.filledLinks).toEqual([{ link: { code: 'T-B' }, via: { code: 'T-A' } }]);
    // evidence STRONG 1 × flow A→B 0.9 × min(1, presence of A 1 / full presence 3) = 0.3
    expect(d.e.edges[0].node.components[0]).toEqual({ name: 'gapFit', raw: 0.3 });
    expect(d.s.totalCount).toBe(0);
  });

  it('validates weights and echoes them; rejects all-zero weights', async () => {
    const bad = await gql(svc.url, '{ rankTargets(input: {weights: {gapFit: -1}}) { totalCount } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.weights.gapFit' }] });
    const zero = await gql(
      svc.url,
      '{ rankTargets(input: {weights: {gapFit: 0, capability: 0, affinity: 0, parkFit: 0, intent: 0, priorityTheme: 0}}) { totalCount } }',
    );
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.weights' }] });
    const unknown = await gql(svc.url, '{ rankTargets(input: {industryCode: "NOPE"}) { totalCount } }');
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('pages the ranking with keyset cursors', async () => {
    const p1 = await q(
      '{ rankTargets(input: {industryCode: "T"}, first: 2) { edges { node { rank enterprise { uscc } } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(p1.rankTargets.edges.map((e: Data) => e.node.enterprise.uscc)).toEqual(['X1', 'X2']);
    expect(p1.rankTargets.pageInfo.hasNextPage).toBe(true);
    const p2 = await q(
      'query($a: String) { rankTargets(input: {industryCode: "T"}, first: 2, after: $a) { edges { node { rank enterprise { uscc } } } pageInfo { hasNextPage } } }',
      {
        a: p1.rankTargets.pageInfo.endCursor,
      },
    );
    expect(p2.rankTargets.edges.map((e: Data) => [e.node.rank, e.node.enterprise.uscc])).toEqual([[3, 'X3']]);
    expect(p2.rankTargets.pageInfo.hasNextPage).toBe(false);
  });

  it('answers NOT_FOUND for the warm paths of an unknown firm', async () => {
    const res = await gql(svc.url, '{ warmPaths(uscc: "91350583000000001G") { kind } }');
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

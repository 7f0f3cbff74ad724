import { Neo4jGateway } from '../../src/db/gateway';
import { startService, Service } from '../../src/app';
import { silentLogger, testConfig, testGateway } from '../support/db';
import { buildHandbuiltGraph } from '../support/handbuilt-graph';
import { gql } from '../support/http';
import { makeUscc } from '../../src/domain/uscc';

/**
 * The decision rules of docs/ranking.md on the hand-built chain of test/support/handbuilt-graph.ts
 * (E → A → B → C, D → C; A strong, B broken with severity 80), each with a few nodes added and the
 * right answers worked out by hand here.
 */
const X1 = makeUscc('9', '1', '440300', 'MAX100001');

type Data = Record<string, any>;

describe('decision rules on the hand-built graph', () => {
  let svc: Service;
  let gw: Neo4jGateway;
  beforeAll(async () => {
    gw = testGateway();
    await buildHandbuiltGraph(gw);
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
  const byCode = (links: Data[]): Record<string, Data> => Object.fromEntries(links.map((l) => [l.link.code, l]));

  describe('the pipeline counts', () => {
    // Y1 (not a target) performs a project filling the broken link B; X2 negotiates one for B too;
    // Y2 produces in the missing link E.
    const PIPELINE = `
      MATCH (b:ChainLink {code: 'T-B'}), (e:ChainLink {code: 'T-E'}), (x2:Enterprise {uscc: 'X2'}), (sh:City {code: '310000'})
      CREATE (y1:Enterprise {uscc: 'Y1', name: '投资方一', revenueYi: 40.0, isLocal: false, isTarget: false, source: 'DEMO'})-[:LOCATED_IN]->(sh),
             (y2:Enterprise {uscc: 'Y2', name: '投资方二', revenueYi: 60.0, isLocal: false, isTarget: false, source: 'DEMO'})-[:LOCATED_IN]->(sh),
             (y1)-[:INVESTS_IN]->(:Project {id: 'PJ-B1', name: '乙环节履约项目', amountYi: 50.0, stage: 'PERFORMING', performingOn: date('2022-06-01'),
                                            campaign100Days: false, keyProject: true, source: 'DEMO'})-[:FILLS]->(b),
             (x2)-[:INVESTS_IN]->(:Project {id: 'PJ-X2', name: '目标二乙环节项目', amountYi: 20.0, stage: 'NEGOTIATING', negotiatingOn: date('2022-09-01'),
                                            campaign100Days: false, keyProject: false, source: 'DEMO'})-[:FILLS]->(b),
             (y2)-[:INVESTS_IN]->(:Project {id: 'PJ-E1', name: '戊环节投产项目', amountYi: 15.0, stage: 'PRODUCING', producingOn: date('2022-11-01'),
                                            campaign100Days: false, keyProject: false, source: 'DEMO'})-[:FILLS]->(e)`;
    beforeAll(() => buildHandbuiltGraph(gw, PIPELINE));

    it('marks the broken link being filled by a performing project 补链中, not URGENT, and names the projects', async () => {
      const d = await q(`{ chainGaps(industryCode: "T") { statusCounts { status count }
        links { link { code projects { id } } status statusLabel statusWithoutPipeline severity grade pipelineCredit pipelineNote localProducers
          producers { uscc projectId } projects { project { id } stage effect credit } } } }`);
      const links = byCode(d.chainGaps.links);
      // B: BROKEN 80 × (1 − 0.6 for PERFORMING) = 32, IMPORTANT; the negotiating project does not count.
      expect(links['T-B']).toMatchObject({
        status: 'FILLING',
        statusLabel: '补链中',
        statusWithoutPipeline: 'BROKEN',
        severity: 32,
        grade: 'IMPORTANT',
        pipelineCredit: 0.6,
        pipelineNote:
          '补链项目2个：1个推进中（补链中，紧迫度按进度下调60%），1个策划或对接中（不计）；最大在建「乙环节履约项目」（履约，50亿元）',
        projects: [
          { project: { id: 'PJ-B1' }, stage: 'PERFORMING', effect: 'IN_PROGRESS', credit: 0.6 },
          { project: { id: 'PJ-X2' }, stage: 'NEGOTIATING', effect: 'PROSPECT', credit: 0 },
        ],
      });
      expect(links['T-B'].link.projects).toEqual([{ id: 'PJ-B1' }, { id: 'PJ-X2' }]);
      // E: the producing project counts as a local producer (STRONG, 15亿 ≥ 10亿 → presence 1): no longer a gap.
      expect(links['T-E']).toMatchObject({
        status: 'ADEQUATE',
        severity: 0,
        grade: null,
        localProducers: 1,
        producers: [{ uscc: 'Y2', projectId: 'PJ-E1' }],
      });
    });

    it('leaves a target already in the pipeline out by default, and marks it when asked for', async () => {
      const d = await q(`{ out: rankTargets(input: {industryCode: "T"}) { totalCount edges { node { enterprise { uscc } score } } }
        all: rankTargets(input: {industryCode: "T", excludeInPipeline: false}) { totalCount edges { node { enterprise { uscc } pipeline { project { id } stage stageLabel } reasons } } } }`);
      // X1: gapFit 0.32 (B severity 32 × STRONG 1) → 11.2 instead of 28: 69.94 − 16.8 = 53.14.
      expect(d.out.edges.map((e: Data) => [e.node.enterprise.uscc, e.node.score])).toEqual([
        ['X1', 53.14],
        ['X3', 36.52],
      ]);
      expect(d.all.totalCount).toBe(3);
      const x2 = d.all.edges.find((e: Data) => e.node.enterprise.uscc === 'X2').node;
      expect(x2.pipeline).toEqual([{ project: { id: 'PJ-X2' }, stage: 'NEGOTIATING', stageLabel: '对接' }]);
      expect(x2.reasons[0]).toBe('加快补链「乙环节」（重要）：已有1个项目推进，最大为「乙环节履约项目」（履约）');
      expect(x2.reasons).toContain('已在项目库：「目标二乙环节项目」（对接，20亿元）');
    });

    it('lets a planner keep to untouched gaps: statuses [MISSING, BROKEN] no longer include the link being filled', async () => {
      const d = await q(
        '{ rankTargets(input: {industryCode: "T", statuses: [MISSING, BROKEN], excludeInPipeline: false}) { totalCount } }',
      );
      expect(d.rankTargets.totalCount).toBe(0); // B is FILLING, E is ADEQUATE
    });
  });

  describe('introducers: warm paths reach the person who can make the call', () => {
    // 洪会长 chairs the local firm L1 and is 常务副会长 of 深圳南安商会, where X1's chairman is 副会长;
    // 林董 chairs the local firm L2, which buys from X2 and X3. X1 gets a real USCC (warmPaths validates it).
    const INTRODUCERS = `
      MATCH (l1:Enterprise {uscc: 'L1'}), (l2:Enterprise {uscc: 'L2'}), (ch:Chamber {id: 'CH-SZ'}), (x1:Enterprise {uscc: 'X1'})
      SET x1.uscc = '${X1}'
      CREATE (q1:Person {id: 'Q1', name: '洪会长', overseasChinese: false, source: 'DEMO'})-[:EXECUTIVE_OF {title: '董事长'}]->(l1),
             (q1)-[:MEMBER_OF {role: 'EXECUTIVE_VICE_PRESIDENT'}]->(ch),
             (:Person {id: 'Q2', name: '林董', overseasChinese: false, source: 'DEMO'})-[:EXECUTIVE_OF {title: '董事长'}]->(l2)`;
    beforeAll(() => buildHandbuiltGraph(gw, INTRODUCERS));

    it('finds 4-hop introducer paths only when maxHops allows them, with hops equal to the relationships', async () => {
      const d = await q(`{ short: warmPaths(uscc: "${X1}", maxHops: 2) { kind hops }
        long: warmPaths(uscc: "${X1}", maxHops: 4) { kind hops strength introducer nodes { key } relationships { type from to detail } } }`);
      expect(d.short).toEqual([
        { kind: 'NATIVE_CHAMBER_EXEC', hops: 2 },
        { kind: 'CHAMBER_IN_CITY', hops: 2 },
      ]);
      // Strength = base × 0.85^(hops − 1): 1 × 0.85; 0.9 × 0.85³ = 0.5527; 0.7 × 0.85³ = 0.4299; 0.5 × 0.85 = 0.425.
      expect(d.long.map((p: Data) => [p.kind, p.hops, p.strength])).toEqual([
        ['NATIVE_CHAMBER_EXEC', 2, 0.85],
        ['CHAMBER_OFFICER', 4, 0.5527],
        ['CITY_CHAMBER_OFFICER', 4, 0.4299],
        ['CHAMBER_IN_CITY', 2, 0.425],
      ]);
      for (const p of d.long) expect(p.relationships).toHaveLength(p.hops);
      const officer = d.long[1];
      expect(officer.nodes.map((n: Data) => n.key)).toEqual([X1, 'P1', 'CH-SZ', 'Q1', 'L1']);
      expect(officer.relationships.map((r: Data) => [r.type, r.from, r.to, r.detail])).toEqual([
        ['EXECUTIVE_OF', 'P1', X1, '董事长'],
        ['MEMBER_OF', 'P1', 'CH-SZ', '副会长'],
        ['MEMBER_OF', 'Q1', 'CH-SZ', '常务副会长'],
        ['EXECUTIVE_OF', 'Q1', 'L1', '董事长'],
      ]);
      expect(officer.introducer).toBe('可请深圳南安商会常务副会长洪会长（本地企业本地甲董事长）引荐');
    });

    it('names the introducer in the reasons, beside the strongest tie', async () => {
      const d = await q(
        '{ rankTargets(input: {industryCode: "T"}) { edges { node { enterprise { uscc } components { name raw } reasons } } } }',
      );
      const node = (u: string): Data => d.rankTargets.edges.find((e: Data) => e.node.enterprise.uscc === u).node;
      // X1: 0.85 + 0.05 × 3 other paths = 1. X2: supplies L2 0.75, and L2's chairman 0.85 × 0.85 = 0.7225: 0.75 + 0.05 = 0.8.
      expect(node(X1).components.find((c: Data) => c.name === 'affinity').raw).toBe(1);
      expect(node('X2').components.find((c: Data) => c.name === 'affinity').raw).toBe(0.8);
      expect(node(X1).reasons.slice(2, 4)).toEqual([
        '董事长黄董为南安籍，任深圳南安商会副会长',
        '可请深圳南安商会常务副会长洪会长（本地企业本地甲董事长）引荐',
      ]);
      expect(node('X2').reasons.slice(2, 4)).toEqual(['向本地企业本地丙供货（年2亿元）', '可请本地企业本地丙董事长林董引荐']);
    });
  });

  describe('one firm, one row', () => {
    // X4 is another record of X1 (same name once the bracketed city and 有限公司 go, same chairman, same city),
    // with weaker evidence; X5 only shares X3's name, in another city: possibly the same, not merged.
    const DUPLICATES = `
      MATCH (b:ChainLink {code: 'T-B'}), (d:ChainLink {code: 'T-D'}), (sz:City {code: '440300'}), (sh:City {code: '310000'}), (p1:Person {id: 'P1'})
      CREATE (x4:Enterprise {uscc: 'X4', name: '目标一（深圳）有限公司', revenueYi: 100.0, isLocal: false, isTarget: true, source: 'DEMO'})-[:LOCATED_IN]->(sz),
             (x4)-[:OPERATES_IN {evidence: 'MEDIUM'}]->(b), (p1)-[:EXECUTIVE_OF {title: '董事长'}]->(x4),
             (x5:Enterprise {uscc: 'X5', name: '目标三', revenueYi: 2.0, isLocal: false, isTarget: true, source: 'DEMO'})-[:LOCATED_IN]->(sh),
             (x5)-[:OPERATES_IN {evidence: 'MEDIUM'}]->(d)`;
    beforeAll(() => buildHandbuiltGraph(gw, DUPLICATES));

    it('ranks a firm recorded twice once, keeping the best-evidenced record and naming the other', async () => {
      const d =
        await q(`{ rankTargets(input: {industryCode: "T"}) { totalCount edges { node { enterprise { uscc } score duplicates { uscc name } reasons
        enterprise { possibleDuplicates { enterprise { uscc } reasons reasonLabels probable } } } } } }`);
      const rows = d.rankTargets.edges.map((e: Data) => e.node);
      expect(rows.map((n: Data) => n.enterprise.uscc)).toEqual(['X1', 'X2', 'X3', 'X5']); // X4 merged into X1
      expect(d.rankTargets.totalCount).toBe(4);
      const x1 = rows[0];
      expect(x1.score).toBe(69.94); // X1's own record: STRONG evidence beats X4's MEDIUM
      expect(x1.duplicates).toEqual([{ uscc: 'X4', name: '目标一（深圳）有限公司' }]);
      expect(x1.reasons).toContain('另有疑似同一企业的记录「目标一（深圳）有限公司」（X4），已合并为一行，需核实');
      expect(x1.enterprise.possibleDuplicates).toEqual([
        {
          enterprise: { uscc: 'X4' },
          reasons: ['SAME_NAME', 'SHARED_EXECUTIVE', 'SAME_CITY'],
          reasonLabels: ['名称相同', '有共同高管', '同城'],
          probable: true,
        },
      ]);
      // Same name in another city, nothing else shared: listed for checking, but two rows.
      const x3 = rows.find((n: Data) => n.enterprise.uscc === 'X3');
      expect(x3.duplicates).toEqual([]);
      expect(x3.enterprise.possibleDuplicates).toEqual([
        { enterprise: { uscc: 'X5' }, reasons: ['SAME_NAME'], reasonLabels: ['名称相同'], probable: false },
      ]);
    });
  });

  describe('what if X2 landed (simulateLanding)', () => {
    const X2 = makeUscc('9', '1', '310000', 'MAX200002');
    beforeAll(() => buildHandbuiltGraph(gw, `MATCH (x:Enterprise {uscc: 'X2'}) SET x.uscc = '${X2}'`));

    it('shows B going from broken to weak, the supply rate rising and the park’s land used, by hand', async () => {
      const d =
        await q(`{ simulateLanding(input: {targets: ["${X2}"]}) { links { link { code } changed before { status severity } after { status severity localSupplyRate } }
        gapsClosed { code } supplyRates { industryCode before after } land { park { id } availableMu usedMu leftMu firms { uscc } } unplaced { uscc } } }`);
      const s = d.simulateLanding;
      // B: X2 makes it (MEDIUM, 10亿: presence 0.6 < 1, WEAK); its 2亿 to L2 becomes local (rate 1);
      // severity 100 × 1 × 0.5 (core floor) × max(1 − 0.6/3, 0) = 40.
      expect(s.links[0]).toEqual({
        link: { code: 'T-B' },
        changed: true,
        before: { status: 'BROKEN', severity: 80 },
        after: { status: 'WEAK', severity: 40, localSupplyRate: 1 },
      });
      expect(s.links.filter((l: Data) => l.changed)).toHaveLength(1);
      expect(s.gapsClosed).toEqual([]); // still a gap, no longer urgent
      expect(s.supplyRates).toEqual([{ industryCode: 'T', before: 0.1667, after: 0.5 }]); // (1 + 2) ÷ 6
      // Land: 10% of 10亿 at 300万元/亩 = 33 亩 in PK-T (positioned for B, 100 亩 free).
      expect(s.land).toEqual([{ park: { id: 'PK-T' }, availableMu: 100, usedMu: 33, leftMu: 67, firms: [{ uscc: X2 }] }]);
      expect(s.unplaced).toEqual([]);
      // Nothing was written: the gap report is as before.
      const g = await q('{ chainGaps(industryCode: "T") { links { link { code } status } } }');
      expect(g.chainGaps.links.find((l: Data) => l.link.code === 'T-B').status).toBe('BROKEN');
    });

    it('answers NOT_FOUND naming the unknown firm', async () => {
      const res = await gql(
        svc.url,
        `{ simulateLanding(input: {targets: ["${X2}", "${makeUscc('9', '1', '310000', 'MAX300003')}"]}) { gapsClosed { code } } }`,
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'input.targets.1' }] });
    });

    describe('the ranking as it stood on a day (backtestRanking)', () => {
      const B = ['MAX700001', 'MAX700002', 'MAX700003'].map((m) => makeUscc('9', '1', '440300', m));
      // On 2022-06-30: Y1's project in B is not signed yet (now it performs, so B is 补链中 today); X2 is
      // not yet a target; X1's expansion plan is not known. Afterwards X3 signs (D), X2 signs (B), Y1 signs.
      const HISTORY = `
      MATCH (b:ChainLink {code: 'T-B'}), (d:ChainLink {code: 'T-D'}), (x1:Enterprise {uscc: 'X1'}), (x2:Enterprise {uscc: 'X2'}), (x3:Enterprise {uscc: 'X3'}), (sh:City {code: '310000'})
      SET x1.uscc = '${B[0]}', x1.expansionPlanOn = date('2022-08-01'), x2.uscc = '${B[1]}', x2.targetSince = date('2022-08-01'), x3.uscc = '${B[2]}', x3.targetSince = date('2021-05-01')
      CREATE (y1:Enterprise {uscc: 'Y1', name: '投资方一', revenueYi: 40.0, isLocal: false, isTarget: false, source: 'DEMO'})-[:LOCATED_IN]->(sh),
             (y1)-[:INVESTS_IN]->(:Project {id: 'PJ-Y1', name: '乙环节项目', amountYi: 50.0, stage: 'PERFORMING', signedOn: date('2022-07-01'), contractedOn: date('2022-07-20'),
                                            performingOn: date('2022-10-01'), campaign100Days: false, keyProject: false, source: 'DEMO'})-[:FILLS]->(b),
             (x3)-[:INVESTS_IN]->(:Project {id: 'PJ-X3', name: '目标三丁环节项目', amountYi: 3.0, stage: 'SIGNED', signedOn: date('2022-09-01'),
                                            campaign100Days: false, keyProject: false, source: 'DEMO'})-[:FILLS]->(d),
             (x2)-[:INVESTS_IN]->(:Project {id: 'PJ-X2', name: '目标二乙环节项目', amountYi: 1.0, stage: 'SIGNED', signedOn: date('2022-10-01'),
                                            campaign100Days: false, keyProject: false, source: 'DEMO'})-[:FILLS]->(b)`;
      beforeAll(() => buildHandbuiltGraph(gw, HISTORY));
      const Q = (k: number): string => `{ backtestRanking(input: {asOf: "2022-06-30", horizonDays: 184, industryCode: "T", k: ${k}}) {
      until candidates signed signedOutsidePool signedByOthers scores { method hits precision recall }
      hits { enterprise { uscc } rank } missed { enterprise { uscc } rank revenueRank projectName signedOn } notes } }`;

      it('ranks X1 (B broken, 80) over X3 (D, 6) on that day, leaves X2 out, and scores the orders against X3’s signing, by hand', async () => {
        const r = (await q(Q(1))).backtestRanking;
        expect(r).toMatchObject({ until: '2022-12-31', candidates: 2, signed: 1, signedOutsidePool: 1, signedByOthers: 1 });
        // k = 1: ours [X1] misses; random expects 1 × 1/2; by revenue [X1 (100亿)] misses too.
        expect(r.scores).toEqual([
          { method: 'ranking', hits: 0, precision: 0, recall: 0 },
          { method: 'random', hits: 0.5, precision: 0.5, recall: 0.5 },
          { method: 'revenue', hits: 0, precision: 0, recall: 0 },
        ]);
        expect(r.missed).toEqual([
          { enterprise: { uscc: B[2] }, rank: 2, revenueRank: 2, projectName: '目标三丁环节项目', signedOn: '2022-09-01' },
        ]);
        expect(r.notes.length).toBeGreaterThan(2);
        const r2 = (await q(Q(2))).backtestRanking;
        expect(r2.scores[0]).toEqual({ method: 'ranking', hits: 1, precision: 0.5, recall: 1 });
        expect(r2.hits).toEqual([{ enterprise: { uscc: B[2] }, rank: 2 }]);
      });

      it('reads B as broken on that day though it is 补链中 today', async () => {
        const now = await q('{ chainGaps(industryCode: "T") { links { link { code } statusLabel } } }');
        expect(now.chainGaps.links.find((l: Data) => l.link.code === 'T-B').statusLabel).toBe('补链中');
        // The backtest ranked X1 for B at severity 80 (no pipeline then): first, ahead of X3.
        expect((await q(Q(1))).backtestRanking.missed[0].rank).toBe(2);
      });

      it('refuses a day in the future and an unknown chain, naming the field', async () => {
        const future = await gql(svc.url, '{ backtestRanking(input: {asOf: "2999-01-01"}) { signed } }');
        expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.asOf' }] });
        const chain = await gql(svc.url, '{ backtestRanking(input: {asOf: "2022-06-30", industryCode: "NOPE"}) { signed } }');
        expect(chain.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'input.industryCode' }] });
        const k = await gql(svc.url, '{ backtestRanking(input: {asOf: "2022-06-30", k: 0}) { signed } }');
        expect(k.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.k' }] });
      });
    });

    describe('the best shortlist within the land (planPortfolio)', () => {
      // Valid USCCs for the three targets; L1 is local (no target), for a firm that cannot count.
      const P = ['MAX400001', 'MAX400002', 'MAX400003'].map((m) => makeUscc('9', '1', '440300', m));
      beforeAll(() => buildHandbuiltGraph(gw, ...P.map((u, i) => `MATCH (x:Enterprise {uscc: 'X${i + 1}'}) SET x.uscc = '${u}'`)));
      const PLAN = `picks { order target { uscc } forced marginalGain value coverage landNeedMu cumulativeLandMu park { id } links { link { code } gain } }
      curve { picks value coverage landMu } value maxValue coverage landBudgetMu landUsedMu method guarantee { kind factor } refusedForLand { uscc }
      links { link { code } weight closed } candidates`;

      // Weights (FILL: severity ÷ 100): B 0.8, C 0.22, D 0.06, E 0.05 → maxValue 1.13.
      // q = 0.8 × evidence: X1 in B 0.8 (STRONG), X2 in B 0.48 (MEDIUM), X3 in D 0.8.
      // Land at 300万元/亩 from 10% of revenue: X1 10亿 → 333亩, X2 1亿 → 33亩, X3 3亿 → 100亩.
      it('with 1000亩 and 2 firms: X1 (0.8 × 0.8 = 0.64), then X2 (0.8 × 0.2 × 0.48 = 0.0768) over X3 (0.06 × 0.8 = 0.048)', async () => {
        const d = await q('{ planPortfolio(input: {industryCode: "T", count: 2, landBudgetMu: 1000}) { ' + PLAN + ' } }');
        const p = d.planPortfolio;
        expect(p.picks).toEqual([
          {
            order: 1,
            target: { uscc: P[0] },
            forced: false,
            marginalGain: 0.64,
            value: 0.64,
            coverage: 0.5664,
            landNeedMu: 333,
            cumulativeLandMu: 333,
            park: { id: 'PK-T' },
            links: [{ link: { code: 'T-B' }, gain: 0.64 }],
          },
          {
            order: 2,
            target: { uscc: P[1] },
            forced: false,
            marginalGain: 0.0768,
            value: 0.7168,
            coverage: 0.6343,
            landNeedMu: 33,
            cumulativeLandMu: 366,
            park: { id: 'PK-T' },
            links: [{ link: { code: 'T-B' }, gain: 0.0768 }],
          },
        ]);
        expect(p.curve).toEqual([
          { picks: 0, value: 0, coverage: 0, landMu: 0 },
          { picks: 1, value: 0.64, coverage: 0.5664, landMu: 333 },
          { picks: 2, value: 0.7168, coverage: 0.6343, landMu: 366 },
        ]);
        expect(p).toMatchObject({
          value: 0.7168,
          maxValue: 1.13,
          landBudgetMu: 1000,
          landUsedMu: 366,
          method: 'GAIN',
          guarantee: { kind: 'CARDINALITY', factor: 0.75 },
          refusedForLand: [],
          candidates: 3,
        });
        // B closed 1 − 0.2 × 0.52 = 0.896.
        expect(p.links).toEqual([
          { link: { code: 'T-B' }, weight: 0.8, closed: 0.896 },
          { link: { code: 'T-C' }, weight: 0.22, closed: 0 },
          { link: { code: 'T-D' }, weight: 0.06, closed: 0 },
          { link: { code: 'T-E' }, weight: 0.05, closed: 0 },
        ]);
      });

      it('within the park’s 100亩 (the default budget): X1 does not fit, X2 does, and X3 no longer does; only the land binds', async () => {
        const d = await q('{ planPortfolio(input: {industryCode: "T", count: 3}) { ' + PLAN + ' landBudgetBasis } }');
        const p = d.planPortfolio;
        expect(p.picks.map((x: Data) => [x.target.uscc, x.marginalGain])).toEqual([[P[1], 0.384]]); // 0.8 × 0.48
        expect(p).toMatchObject({
          landBudgetMu: 100,
          landBudgetBasis: '全部1个园区可供地合计',
          landUsedMu: 33,
          coverage: 0.3398,
          refusedForLand: [{ uscc: P[0] }],
        });
        expect(p.guarantee).toEqual({ kind: 'BUDGET', factor: 0.3161 });
      });

      it('picks a must-include firm first and chooses the rest given it', async () => {
        const d = await q(
          `{ planPortfolio(input: {industryCode: "T", count: 2, landBudgetMu: 1000, mustInclude: ["${P[2]}"]}) { ${PLAN} } }`,
        );
        expect(d.planPortfolio.picks.map((x: Data) => [x.target.uscc, x.forced, x.marginalGain])).toEqual([
          [P[2], true, 0.048],
          [P[0], false, 0.64],
        ]);
        expect(d.planPortfolio.guarantee).toEqual({ kind: 'CARDINALITY', factor: 1 });
      });

      it('leaves out excluded firms', async () => {
        const d = await q(
          `{ planPortfolio(input: {industryCode: "T", count: 2, landBudgetMu: 1000, exclude: ["${P[0]}"]}) { picks { target { uscc } } } }`,
        );
        expect(d.planPortfolio.picks.map((x: Data) => x.target.uscc)).toEqual([P[1], P[2]]);
      });

      it('refuses bad requests with the field named, and writes nothing', async () => {
        const cases: Array<[string, string, string]> = [
          [`{count: 1, mustInclude: ["${P[0]}", "${P[1]}"]}`, 'BAD_USER_INPUT', 'input.mustInclude'],
          [`{count: 2, mustInclude: ["${P[0]}"], exclude: ["${P[0]}"]}`, 'BAD_USER_INPUT', 'input.mustInclude.0'],
          ['{count: 2, parks: ["PK-T", "NO-SUCH"]}', 'NOT_FOUND', 'input.parks.1'],
          [`{count: 2, mustInclude: ["${makeUscc('9', '1', '440300', 'MAX499999')}"]}`, 'NOT_FOUND', 'input.mustInclude.0'],
          ['{count: 0}', 'BAD_USER_INPUT', 'input.count'],
          ['{count: 31}', 'BAD_USER_INPUT', 'input.count'],
          ['{count: 2, landBudgetMu: -1}', 'BAD_USER_INPUT', 'input.landBudgetMu'],
          ['{count: 2, mustInclude: ["not-a-uscc"]}', 'BAD_USER_INPUT', 'input.mustInclude'],
        ];
        for (const [input, code, path] of cases) {
          const res = await gql(svc.url, `{ planPortfolio(input: ${input}) { value } }`);
          expect([input, res.errors?.[0].extensions?.code]).toEqual([input, code]);
          expect((res.errors?.[0].extensions?.fields as Array<{ path: string }>).map((f) => f.path)).toContain(path);
        }
      });
    });
  });
});

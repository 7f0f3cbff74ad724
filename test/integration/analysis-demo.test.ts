import { EnterpriseReader } from '../../src/graph/enterprise-reader.service';
import { Loaders } from '../../src/graphql/loaders';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Service } from '../../src/app';
import { makeUscc } from '../../src/domain/uscc';
import { ChainFacts } from '../../src/graph/chain-facts.service';
import { DuplicateService } from '../../src/graph/duplicates.service';
import { VersionedValues } from '../../src/graphql/versioned-values';
import { VersionedCache } from '../../src/db/versioned-cache';
import { AnalysisSettings } from '../../src/analysis-settings';
import { AnalysisService, RankRequest, RankResult } from '../../src/modules/analysis/analysis.service';
import { RankingMode } from '../../src/domain/ranking.model';
import { importDataset } from '../../src/modules/import/import.service';
import { startDemoService, testGateway } from '../support/db';
import { gql } from '../support/http';

type Data = Record<string, any>;

describe('chain gaps and ranking on the demo data', () => {
  let svc: Service;
  beforeAll(async () => {
    svc = await startDemoService();
  });
  afterAll(() => svc.close());

  it('binds a ranking cursor to its whole question: another filter or other weights are refused, the same question pages on', async () => {
    const first = await q('{ rankTargets(input: {mode: FILL}, first: 10) { edges { node { rank } } pageInfo { endCursor } } }');
    const after = first.rankTargets.pageInfo.endCursor as string;
    const same = await q('query($a: String) { rankTargets(input: {mode: FILL}, first: 5, after: $a) { edges { node { rank } } } }', {
      a: after,
    });
    expect(same.rankTargets.edges.map((e: Data) => e.node.rank)).toEqual([11, 12, 13, 14, 15]);
    for (const other of ['provinceCode: "44"', 'weights: {affinity: 5}', 'mode: EXTEND', 'industryCode: "NE"', 'needsParkFit: true']) {
      const res = await gql<Data>(
        svc.url,
        `query($a: String) { rankTargets(input: {${other.startsWith('mode') ? other : `mode: FILL, ${other}`}}, first: 5, after: $a) { totalCount } }`,
        { a: after },
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'after', message: expect.stringContaining('another question') }],
      });
    }
  });

  it('binds a listing cursor to its filters as well as its ordering', async () => {
    const first = await q('{ enterprises(first: 3, filter: {isTarget: true}) { pageInfo { endCursor } } }');
    const after = first.enterprises.pageInfo.endCursor as string;
    const same = await gql<Data>(
      svc.url,
      'query($a: String) { enterprises(first: 3, after: $a, filter: {isTarget: true}) { edges { cursor } } }',
      { a: after },
    );
    expect(same.errors).toBeUndefined();
    const other = await gql<Data>(
      svc.url,
      'query($a: String) { enterprises(first: 3, after: $a, filter: {isTarget: true, provinceCode: "44"}) { edges { cursor } } }',
      { a: after },
    );
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
  });

  it('restricts a ranking to chosen links or statuses, counting only those links', async () => {
    const d =
      await q(`{ gapsOnly: rankTargets(input: {statuses: [MISSING, BROKEN]}, first: 50) { totalCount edges { node { filledLinks { status } } } }
      all: rankTargets(input: {}, first: 1) { totalCount }
      hjt: rankTargets(input: {industryCode: "NE", linkCodes: ["NE-HJT"]}, first: 50) { totalCount edges { node { filledLinks { link { code } } } } } }`);
    expect(d.gapsOnly.totalCount).toBeGreaterThan(0);
    expect(d.gapsOnly.totalCount).toBeLessThan(d.all.totalCount);
    for (const e of d.gapsOnly.edges) for (const f of e.node.filledLinks) expect(['MISSING', 'BROKEN']).toContain(f.status);
    expect(d.hjt.totalCount).toBeGreaterThan(0);
    for (const e of d.hjt.edges) expect(e.node.filledLinks.map((f: Data) => f.link.code)).toEqual(['NE-HJT']);
  });

  it('filters enterprises by a 南安籍 executive or a chamber member, both ways, adding up to the whole', async () => {
    const d = await q(`{ all: enterprises(filter: {isTarget: true}) { totalCount }
      native: enterprises(first: 100, filter: {isTarget: true, hasNativeExecutive: true}) { totalCount edges { node { executives { person { nanan } } } } }
      notNative: enterprises(first: 100, filter: {isTarget: true, hasNativeExecutive: false}) { totalCount edges { node { executives { person { nanan } } } } }
      member: enterprises(first: 100, filter: {isTarget: true, hasChamberMember: true}) { totalCount edges { node { executives { person { chambers { role } } } } } } }`);
    expect(d.native.totalCount).toBeGreaterThan(0);
    expect(d.native.totalCount + d.notNative.totalCount).toBe(d.all.totalCount);
    for (const e of d.native.edges) expect(e.node.executives.some((x: Data) => x.person.nanan)).toBe(true);
    for (const e of d.notNative.edges) expect(e.node.executives.some((x: Data) => x.person.nanan)).toBe(false);
    expect(d.member.totalCount).toBeGreaterThan(0);
    for (const e of d.member.edges) expect(e.node.executives.some((x: Data) => x.person.chambers.length > 0)).toBe(true);
  });

  it('starts warm: the link metrics were computed before the port answered, and the first request does not compute them', async () => {
    expect(svc.gateway.stats.byQuery['analysis/link-metrics']).toBe(1);
    await q('{ chainGapOverview { localSupplyRate } rankTargets(input: {industryCode: "NE"}, first: 3) { totalCount } }');
    expect(svc.gateway.stats.byQuery['analysis/link-metrics']).toBe(1);
  });

  async function q(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const res = await gql<Data>(svc.url, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  it('diagnoses every chain with the pipeline counted: gaps being filled at each stage, producing projects as presence, untouched urgent gaps', async () => {
    const d =
      await q(`{ chainGapOverview { industry { code } localSupplyRate links { link { code } status statusWithoutPipeline grade severity pipelineCredit
      producers { projectId } projects { stage effect credit } } } }`);
    expect(d.chainGapOverview).toHaveLength(8);
    const fillingStages = new Set<string>();
    let producingPresence = 0;
    const urgent: string[] = [];
    for (const report of d.chainGapOverview) {
      expect(report.localSupplyRate).toBeGreaterThan(0);
      expect(report.localSupplyRate).toBeLessThan(1);
      expect(report.links.some((l: Data) => l.grade)).toBe(true);
      // Severity order, and no severity for links that are not gaps.
      const sev = report.links.map((l: Data) => l.severity);
      expect([...sev].sort((a, b) => b - a)).toEqual(sev);
      for (const l of report.links) {
        if (!['MISSING', 'BROKEN', 'WEAK', 'FILLING'].includes(l.status)) expect(l.severity).toBe(0);
        if (l.status === 'FILLING') {
          // A gap being filled: by the stage of its most advanced project, which earns the credit.
          expect(['MISSING', 'BROKEN', 'WEAK']).toContain(l.statusWithoutPipeline);
          const inProgress = l.projects.filter((p: Data) => p.effect === 'IN_PROGRESS');
          expect(inProgress.length).toBeGreaterThan(0);
          expect(l.pipelineCredit).toBe(Math.max(...inProgress.map((p: Data) => p.credit)));
          for (const p of inProgress) fillingStages.add(p.stage);
        } else {
          expect(l.status).toBe(l.statusWithoutPipeline);
        }
        producingPresence += l.producers.filter((p: Data) => p.projectId).length;
        if (l.grade === 'URGENT') urgent.push(l.link.code);
      }
    }
    expect([...fillingStages].sort()).toEqual(['CONTRACTED', 'PERFORMING', 'SIGNED', 'STARTED']);
    expect(producingPresence).toBeGreaterThan(0);
    // Each chain keeps its most important unfilled link free of signed projects: 异质结电池 and 晶圆制造 stay urgent.
    expect(urgent).toEqual(expect.arrayContaining(['NE-HJT', 'IC-WAFER']));
  });

  it('ranks, for 新能源 FILL, a top 10 with no name-only firm, no duplicate and no firm already in the pipeline, citing real nodes', async () => {
    const d = await q(`{ rankTargets(input: {industryCode: "NE", mode: FILL}, first: 10) { edges { node { rank score
      enterprise { uscc name possibleDuplicates { enterprise { uscc } probable } } filledLinks { link { code name } grade evidence unverified }
      warmPaths { description nodes { label key name } } duplicates { uscc } pipeline { stage }
      suggestedParks { park { id name availableLandMu } fit } reasons components { contribution } } } }
      all: rankTargets(input: {industryCode: "NE", mode: FILL, excludeInPipeline: false}, first: 10) { edges { node { enterprise { name } pipeline { project { name } stageLabel } reasons } } }
      giant: enterprises(filter: {industryCode: "NE", fortune500: true, isTarget: true}, first: 50) { edges { node { uscc name links { evidence } } } } }`);
    const top = d.rankTargets.edges.map((e: Data) => e.node);
    expect(top).toHaveLength(10);
    const grades: Record<string, string> = { URGENT: '紧急', IMPORTANT: '重要', NORMAL: '一般' };
    expect(top[0].filledLinks[0].grade).toBe('URGENT');
    const usccs = new Set(top.map((t: Data) => t.enterprise.uscc));
    for (const t of top) {
      expect(t.reasons[0]).toContain(`「${t.filledLinks[0].link.name}」（${grades[t.filledLinks[0].grade]}）`);
      // No firm whose only evidence is its name; every top firm says how we know.
      expect(t.filledLinks.some((f: Data) => f.evidence !== 'WEAK')).toBe(true);
      expect(t.reasons[1]).toMatch(/^证据：/);
      // No firm already in the pipeline, and no second record of a firm already in the list.
      expect(t.pipeline).toEqual([]);
      for (const dup of t.enterprise.possibleDuplicates.filter((p: Data) => p.probable)) expect(usccs.has(dup.enterprise.uscc)).toBe(false);
      const sum = t.components.reduce((s: number, c: Data) => s + Math.round(c.contribution * 10000), 0);
      expect(sum).toBe(Math.round(t.score * 10000));
    }
    // The firm recorded twice (宝凯异质结电池) is one row naming its other record.
    const merged = top.filter((t: Data) => t.duplicates.length > 0);
    expect(merged).toHaveLength(1);
    expect(merged[0].reasons.some((r: string) => r.startsWith('另有疑似同一企业的记录'))).toBe(true);
    // The name-only 500强 giant is a target in 新能源 and nowhere in the top 10.
    const giants = d.giant.edges.map((e: Data) => e.node).filter((n: Data) => n.links.every((l: Data) => l.evidence === 'WEAK'));
    expect(giants.length).toBeGreaterThan(0);
    for (const g of giants) expect(usccs.has(g.uscc)).toBe(false);
    // Asked for, the firm negotiating the 20GW project comes back, marked and explained.
    const hjt = d.all.edges.map((e: Data) => e.node).find((n: Data) => n.pipeline.length > 0);
    expect(hjt.reasons).toContain(`已在项目库：「${hjt.pipeline[0].project.name}」（${hjt.pipeline[0].stageLabel}，120亿元）`);
    // Every warm path and park a reason cites is a real node of the graph.
    const gw = testGateway();
    try {
      for (const t of top) {
        for (const p of t.warmPaths) {
          for (const n of p.nodes) {
            const rows = await gw.readTx((tx) =>
              tx.runText('MATCH (n) WHERE coalesce(n.uscc, n.code, n.id) = $key AND n.name = $name RETURN count(n) AS c', {
                key: n.key,
                name: n.name,
              }),
            );
            expect([n.key, rows[0].c]).toEqual([n.key, 1]);
          }
          if (t.reasons.includes(p.description)) expect(t.reasons.indexOf(p.description)).toBeGreaterThan(0);
        }
        const parkReason = t.reasons.find((r: string) => r.includes('可供地'));
        if (parkReason)
          expect(parkReason).toContain(`${t.suggestedParks[0].park.name}可供地${t.suggestedParks[0].park.availableLandMu}亩（`);
      }
    } finally {
      await gw.close();
    }
  });

  it('ranks 港澳台侨资 targets on request, and lists firms abroad by country', async () => {
    const d =
      await q(`{ r: rankTargets(input: {ownerships: [HK_MACAO_TAIWAN, OVERSEAS_CHINESE]}, first: 50) { totalCount edges { node { enterprise { ownership city { code } country { code } } } } }
      abroad: enterprises(filter: {countryCode: "SG"}) { edges { node { ownership country { name } city { code } } } } }`);
    expect(d.r.totalCount).toBeGreaterThan(0);
    for (const e of d.r.edges) {
      expect(['HK_MACAO_TAIWAN', 'OVERSEAS_CHINESE']).toContain(e.node.enterprise.ownership);
      expect(e.node.enterprise.city !== null || e.node.enterprise.country !== null).toBe(true);
    }
    expect(d.abroad.edges).toEqual([{ node: { ownership: 'OVERSEAS_CHINESE', country: { name: '新加坡' }, city: null } }]);
  });

  it('is deterministic: the same input gives the same order, ties broken by USCC', async () => {
    const query = '{ rankTargets(input: {}, first: 100) { totalCount edges { node { score enterprise { uscc } } } } }';
    const a = await q(query);
    const b = await q(query);
    expect(a).toEqual(b);
    const nodes = a.rankTargets.edges.map((e: Data) => e.node);
    for (let i = 1; i < nodes.length; i++) {
      const [p, c] = [nodes[i - 1], nodes[i]];
      expect(p.score > c.score || (p.score === c.score && p.enterprise.uscc < c.enterprise.uscc)).toBe(true);
    }
  });

  it('ranks all 295 targets in every mode, and filters by province, 500强 and park fit', async () => {
    const d = await q(`{ fill: rankTargets(input: {}, first: 1) { totalCount }
      strengthen: rankTargets(input: {mode: STRENGTHEN}, first: 5) { totalCount edges { node { filledLinks { status link { code } } enterprise { chainLeader revenueYi specialized highTech links { evidence link { code } } } } } }
      extend: rankTargets(input: {mode: EXTEND}, first: 5) { totalCount edges { node { filledLinks { status via { code } } } } }
      gd: rankTargets(input: {provinceCode: "44"}, first: 100) { edges { node { enterprise { city { code } } } } }
      f5: rankTargets(input: {fortune500Only: true}, first: 100) { edges { node { enterprise { fortune500 } } } }
      park: rankTargets(input: {needsParkFit: true, landNeedMu: 100}, first: 100) { landNeedMu edges { node { suggestedParks { fit park { availableLandMu } } } } } }`);
    expect(d.fill.totalCount).toBeGreaterThan(100);
    expect(d.fill.totalCount).toBeLessThanOrEqual(295);
    expect(d.strengthen.totalCount).toBeGreaterThan(0);
    for (const e of d.strengthen.edges) {
      expect(e.node.filledLinks.every((f: Data) => f.status === 'STRONG')).toBe(true);
      // 链主 or large (≥ 50亿); or a specialist with strong evidence in the strong link (专精特新, high-tech or ≥ 10亿).
      const ent = e.node.enterprise;
      const strongThere = ent.links.some(
        (l: Data) => l.evidence === 'STRONG' && e.node.filledLinks.some((f: Data) => f.link.code === l.link.code),
      );
      expect(ent.chainLeader || ent.revenueYi >= 50 || (strongThere && (ent.specialized || ent.highTech || ent.revenueYi >= 10))).toBe(
        true,
      );
    }
    expect(d.extend.totalCount).toBeGreaterThan(0);
    for (const e of d.extend.edges) expect(e.node.filledLinks[0].via).not.toBeNull();
    expect(d.gd.edges.length).toBeGreaterThan(0);
    expect(d.gd.edges.every((e: Data) => e.node.enterprise.city.code.startsWith('44'))).toBe(true);
    expect(d.f5.edges.every((e: Data) => e.node.enterprise.fortune500)).toBe(true);
    expect(d.park.landNeedMu).toBe(100);
    for (const e of d.park.edges) {
      expect(e.node.suggestedParks[0].fit).toBeGreaterThanOrEqual(0.7);
      expect(e.node.suggestedParks[0].park.availableLandMu).toBeGreaterThanOrEqual(100);
    }
  });

  it('computes the same pages as scoring every candidate, while fetching fewer warm paths', async () => {
    const gw = testGateway();
    // How many firms' warm paths each way asks for.
    let asked = 0;
    class Counting extends ChainFacts {
      override warmPaths(usccs: string[]): ReturnType<ChainFacts['warmPaths']> {
        asked += usccs.length;
        return super.warmPaths(usccs);
      }
    }
    // The pruned ranking and the reference that scores every candidate, each with its own page cache.
    const serviceWith = (settings: AnalysisSettings): AnalysisService => {
      const versioned = new VersionedValues(gw, new VersionedCache());
      const facts = new Counting(gw, settings, versioned, new DuplicateService(gw, versioned));
      return new AnalysisService(gw, settings, versioned, facts, new EnterpriseReader(gw, new Loaders(gw)));
    };
    const service = serviceWith(new AnalysisSettings());
    const reference = serviceWith(new AnalysisSettings(undefined, true));
    const base = { fortune500Only: false, needsParkFit: false, first: 7 };
    const cases: RankRequest[] = [
      { ...base, mode: RankingMode.FILL },
      { ...base, mode: RankingMode.FILL, industryCode: 'NE' },
      { ...base, mode: RankingMode.STRENGTHEN },
      { ...base, mode: RankingMode.EXTEND },
      { ...base, mode: RankingMode.FILL, weights: { affinity: 5 } }, // warm paths dominate the order
      { ...base, mode: RankingMode.FILL, weights: { gapFit: 0, capability: 0, affinity: 1, parkFit: 0, intent: 0, priorityTheme: 0 } }, // many ties
    ];
    let fastAsked = 0;
    let slowAsked = 0;
    try {
      for (const c of cases) {
        let after: string | undefined;
        for (let page = 0; page < 3; page++) {
          asked = 0;
          const fast = await service.rank({ ...c, after });
          fastAsked += asked;
          asked = 0;
          const slow = await reference.rank({ ...c, after });
          slowAsked += asked;
          const view = (r: RankResult): unknown => ({
            total: r.totalCount,
            next: r.pageInfo.hasNextPage,
            edges: r.edges.map((e) => [e.node.rank, e.node.score, e.node.candidate.uscc, e.node.reasons.join('|'), e.cursor]),
          });
          expect(view(fast)).toEqual(view(slow));
          after = fast.pageInfo.endCursor ?? undefined;
          if (!fast.pageInfo.hasNextPage) break;
        }
      }
      expect(fastAsked).toBeLessThan(slowAsked);
      process.stderr.write(`[ranking] warm paths asked for: ${fastAsked} firms pruned vs ${slowAsked} exhaustive\n`);
    } finally {
      await gw.close();
    }
  });

  it('lists the warm paths of one firm, strongest first, limited by hops', async () => {
    // The chairman of this target is 南安籍 and a chamber officer (see the FILL ranking above).
    const top = await q('{ rankTargets(input: {industryCode: "NE"}, first: 1) { edges { node { enterprise { uscc } } } } }');
    const uscc = top.rankTargets.edges[0].node.enterprise.uscc;
    const d = await q(
      'query($u: String!) { all: warmPaths(uscc: $u, maxHops: 4) { kind hops strength description } one: warmPaths(uscc: $u, maxHops: 1) { hops } }',
      { u: uscc },
    );
    expect(d.all.length).toBeGreaterThan(0);
    const strengths = d.all.map((p: Data) => p.strength);
    expect([...strengths].sort((a, b) => b - a)).toEqual(strengths);
    expect(d.one.every((p: Data) => p.hops === 1)).toBe(true);
    expect(d.one.length).toBeLessThan(d.all.length);
  });

  it('refreshes the gap analysis when an import changes the graph (no stale cache)', async () => {
    const before = await q('{ chainGaps(industryCode: "NE") { links { link { code } status localProducers } } }');
    const hjt = (d: Data): Data => d.chainGaps.links.find((l: Data) => l.link.code === 'NE-HJT');
    expect(hjt(before)).toMatchObject({ status: 'BROKEN', localProducers: 0 });
    // A new local heterojunction cell maker arrives (a tiny partial dataset referring to existing nodes).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hjt-'));
    const uscc = makeUscc('9', '1', '350583', 'MAHJT0001');
    fs.writeFileSync(
      path.join(dir, 'enterprises.csv'),
      `uscc,name,cityCode,revenueYi,isLocal,isTarget,source\n${uscc},南安异质结新能源有限公司,350583,12,true,false,DEMO\n`,
    );
    fs.writeFileSync(path.join(dir, 'enterprise_links.csv'), `uscc,linkCode,evidence\n${uscc},NE-HJT,STRONG\n`);
    const gw = testGateway();
    try {
      expect((await importDataset(gw, dir)).report).toEqual([]);
    } finally {
      await gw.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const after = await q('{ chainGaps(industryCode: "NE") { links { link { code } status localProducers } } }');
    // Present now, but local module makers still buy all their HJT cells outside: supply rate 0% < 30% → 弱链.
    expect(hjt(after)).toMatchObject({ status: 'WEAK', localProducers: 1 });
  });
});

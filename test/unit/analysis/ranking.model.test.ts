import { DEFAULT_ANALYSIS_CONFIG, RankingWeights } from '../../../src/domain/analysis-config';
import { analyseLinks, LINK_STATUS_ZH, LinkMetrics, LinkStatus } from '../../../src/domain/gaps.model';
import {
  Candidate,
  composeScore,
  COMPONENT_ORDER,
  ExtendDirection,
  LandNeedBasis,
  landNeedOf,
  pathStrength,
  rankTargets,
  RankingMode,
  RawWarmPath,
  WarmPathKind,
} from '../../../src/domain/ranking.model';

const R = DEFAULT_ANALYSIS_CONFIG.ranking;

/** Small deterministic PRNG so the property test is repeatable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('score composition', () => {
  it('adds up exactly (to 1e-4) for random weights and raw values — 2000 cases', () => {
    const next = rng(42);
    for (let i = 0; i < 2000; i++) {
      const weights = Object.fromEntries(
        COMPONENT_ORDER.map((k) => [k, next() < 0.2 ? 0 : Math.round(next() * 1000) / 100]),
      ) as unknown as RankingWeights;
      if (COMPONENT_ORDER.every((k) => weights[k] === 0)) weights.gapFit = 1;
      const raws = Object.fromEntries(COMPONENT_ORDER.map((k) => [k, Math.round(next() * 10000) / 10000])) as Record<
        keyof RankingWeights,
        number
      >;
      const { score, components } = composeScore(weights, raws);
      const sumUnits = components.reduce((s, c) => s + Math.round(c.contribution * 10000), 0);
      expect(sumUnits).toBe(Math.round(score * 10000));
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      for (const c of components) expect(c.weight).toBe(weights[c.name]);
    }
  });

  it('gives each component weight/Σweight × raw × 100', () => {
    const { score, components } = composeScore(
      { gapFit: 2, capability: 1, affinity: 1, parkFit: 0, intent: 0, priorityTheme: 0 },
      { gapFit: 0.5, capability: 1, affinity: 0.25, parkFit: 1, intent: 1, priorityTheme: 1 },
    );
    expect(components.map((c) => c.contribution)).toEqual([25, 25, 6.25, 0, 0, 0]);
    expect(score).toBe(56.25);
  });
});

describe('warm path strength', () => {
  const path = (kind: WarmPathKind, hops: number, facts: Record<string, unknown> = {}): RawWarmPath => ({
    uscc: 'X',
    kind,
    hops,
    nodes: [],
    rels: [],
    facts,
  });

  it('prefers shorter and stronger paths', () => {
    expect(pathStrength(path(WarmPathKind.NATIVE_CHAMBER_EXEC, 2, { role: 'VICE_PRESIDENT', title: '董事长' }), R)).toBe(0.85);
    expect(pathStrength(path(WarmPathKind.NATIVE_EXEC, 2, { title: '董事长' }), R)).toBe(0.765);
    expect(pathStrength(path(WarmPathKind.NATIVE_EXEC, 2, { title: '总经理' }), R)).toBe(0.6885);
    expect(pathStrength(path(WarmPathKind.CHAMBER_EXEC, 2, { role: 'MEMBER', title: '董事长' }), R)).toBe(0.612);
    expect(pathStrength(path(WarmPathKind.SUPPLIES_LOCAL, 1), R)).toBe(0.75);
    expect(pathStrength(path(WarmPathKind.CHAMBER_IN_CITY, 2), R)).toBe(0.425);
  });
});

describe('EXTEND: direction and wording, both ways (hand-built chain A → S → B, S strong)', () => {
  const G = DEFAULT_ANALYSIS_CONFIG.gaps;
  const metrics = (
    code: string,
    name: string,
    upstream: string[],
    downstream: string[],
    producers: LinkMetrics['producers'],
  ): LinkMetrics => ({
    industryCode: 'X',
    industryName: '测试链',
    code,
    name,
    stage: 'MIDSTREAM',
    importance: 1,
    core: false,
    producers,
    demand: 0,
    demandFirms: 0,
    purchasedYi: 0,
    purchasedLocalYi: 0,
    upstream,
    downstream,
    projects: [],
  });
  // S has a local chain leader, so it is STRONG; A supplies S, S supplies B; neither A nor B is local.
  const leader = { uscc: 'L', name: '本地链主', revenueYi: 100, chainLeader: true, evidence: 'STRONG' as const };
  const gaps = new Map(
    analyseLinks(
      [metrics('A', '上游环节', [], ['S'], []), metrics('S', '强链环节', ['A'], ['B'], [leader]), metrics('B', '下游环节', ['S'], [], [])],
      G,
    ).map((g) => [g.metrics.code, g]),
  );
  const candidate = (uscc: string, link: string): Candidate => ({
    uscc,
    name: `企业${uscc}`,
    revenueYi: 10,
    fortune500: false,
    chainLeader: false,
    specialized: false,
    highTech: false,
    expansionPlan: false,
    recentFinancing: false,
    cityName: null,
    links: [{ code: link, evidence: 'STRONG', industryCode: 'X' }],
  });
  const ranked = rankTargets({
    mode: RankingMode.EXTEND,
    weights: DEFAULT_ANALYSIS_CONFIG.ranking.weights,
    candidates: [candidate('UP', 'A'), candidate('DOWN', 'B')],
    gaps,
    flows: new Map([
      ['A>S', 0.8],
      ['S>B', 0.6],
    ]),
    themes: new Map(),
    parks: [],
    warmPaths: new Map(),
    landNeedMu: 50,
    needsParkFit: false,
    gapConfig: G,
    config: DEFAULT_ANALYSIS_CONFIG.ranking,
  });
  const byUscc = new Map(ranked.map((r) => [r.candidate.uscc, r]));

  it('is STRONG in the middle', () => {
    expect(gaps.get('S')!.status).toBe(LinkStatus.STRONG);
  });

  it('calls a link that supplies the strong link its upstream (上游)', () => {
    const up = byUscc.get('UP')!;
    expect(up.filledLinks[0].via).toEqual({ code: 'S', name: '强链环节', direction: ExtendDirection.UPSTREAM, flow: 0.8, partners: 1 });
    // The local firms of the strong link would buy what an upstream newcomer makes.
    expect(up.reasons[0]).toBe(
      `延伸强链「强链环节」的上游「上游环节」（本地${LINK_STATUS_ZH[gaps.get('A')!.status]}）：本地1家「强链环节」企业可就近采购，流向强度0.8`,
    );
  });

  it('calls a link the strong link supplies its downstream (下游)', () => {
    const down = byUscc.get('DOWN')!;
    expect(down.filledLinks[0].via).toEqual({ code: 'S', name: '强链环节', direction: ExtendDirection.DOWNSTREAM, flow: 0.6, partners: 1 });
    // …and would sell to a downstream one.
    expect(down.reasons[0]).toBe(
      `延伸强链「强链环节」的下游「下游环节」（本地${LINK_STATUS_ZH[gaps.get('B')!.status]}）：本地1家「强链环节」企业可就近供货，流向强度0.6`,
    );
  });

  it('weighs the extension by the flow to or from the strong link and how much of the strong link is here', () => {
    // gapFit raw = evidence 1 × flow × min(1, presence of S 1 / full presence 3): 0.8 / 3 and 0.6 / 3.
    expect(byUscc.get('UP')!.components.find((c) => c.name === 'gapFit')!.raw).toBe(0.2667);
    expect(byUscc.get('DOWN')!.components.find((c) => c.name === 'gapFit')!.raw).toBe(0.2);
  });
});

describe('EXTEND is its own question: a pure extension is not outranked by a gap for its importance', () => {
  const G = DEFAULT_ANALYSIS_CONFIG.gaps;
  const link = (code: string, over: Partial<LinkMetrics>): LinkMetrics => ({
    industryCode: 'X',
    industryName: '测试链',
    code,
    name: code,
    stage: 'MIDSTREAM',
    importance: 1,
    core: false,
    producers: [],
    demand: 0,
    demandFirms: 0,
    purchasedYi: 0,
    purchasedLocalYi: 0,
    upstream: [],
    downstream: [],
    projects: [],
    ...over,
  });
  const firms = [1, 2, 3].map((i) => ({ uscc: `L${i}`, name: `本地${i}`, revenueYi: 20, chainLeader: false, evidence: 'STRONG' as const }));
  // S: three solid local producers (STRONG, presence 3). GAP: a core link feeding S weakly (0.3), MISSING;
  // END: a minor end-of-chain link S feeds strongly (0.9), absent locally and not needed (ABSENT).
  const gaps = new Map(
    analyseLinks(
      [
        link('S', { upstream: ['GAP'], downstream: ['END'], producers: firms }),
        link('GAP', { importance: 1, core: true, downstream: ['S'], demand: 1 }),
        link('END', { importance: 0.3, upstream: ['S'] }),
      ],
      G,
    ).map((g) => [g.metrics.code, g]),
  );
  const firm = (uscc: string, code: string): Candidate => ({
    uscc,
    name: uscc,
    revenueYi: 10,
    fortune500: false,
    chainLeader: false,
    specialized: false,
    highTech: false,
    expansionPlan: false,
    recentFinancing: false,
    cityName: null,
    links: [{ code, evidence: 'STRONG', industryCode: 'X' }],
  });
  const ranked = rankTargets({
    mode: RankingMode.EXTEND,
    weights: DEFAULT_ANALYSIS_CONFIG.ranking.weights,
    candidates: [firm('FOR-GAP', 'GAP'), firm('FOR-END', 'END')],
    gaps,
    flows: new Map([
      ['GAP>S', 0.3],
      ['S>END', 0.9],
    ]),
    themes: new Map(),
    parks: [],
    warmPaths: new Map(),
    needsParkFit: false,
    gapConfig: G,
    config: DEFAULT_ANALYSIS_CONFIG.ranking,
  });

  it('ranks the strong flow first, whatever the importance or gap status', () => {
    expect([gaps.get('GAP')!.status, gaps.get('END')!.status]).toEqual([LinkStatus.MISSING, LinkStatus.ABSENT]);
    // FOR-END: 1 × 0.9 × min(1, 3/3) = 0.9; FOR-GAP: 1 × 0.3 × 1 = 0.3.
    expect(ranked.map((r) => [r.candidate.uscc, r.components[0].raw])).toEqual([
      ['FOR-END', 0.9],
      ['FOR-GAP', 0.3],
    ]);
  });
});

describe('land need per firm', () => {
  const R = DEFAULT_ANALYSIS_CONFIG.ranking;
  const firm = (revenueYi: number | null, pipeline: Candidate['pipeline'] = []): Candidate => ({
    uscc: 'F',
    name: 'F',
    revenueYi,
    fortune500: false,
    chainLeader: false,
    specialized: false,
    highTech: false,
    expansionPlan: false,
    recentFinancing: false,
    cityName: null,
    links: [],
    pipeline,
  });
  const intensity = new Map([['NE', 400]]);

  it('takes the request’s land need when given', () => {
    expect(landNeedOf(firm(100), 'NE', { landNeedMu: 80, investmentIntensity: intensity, config: R })).toEqual({
      mu: 80,
      basis: LandNeedBasis.REQUEST,
      investmentYi: null,
      intensityWanPerMu: null,
    });
  });

  it('estimates from its largest active project: 120亿 at 400万元/亩 needs 3000 亩', () => {
    const need = landNeedOf(firm(80, [{ id: 'P', name: '20GW', stage: 'NEGOTIATING', amountYi: 120 }]), 'NE', {
      investmentIntensity: intensity,
      config: R,
    });
    expect(need).toEqual({ mu: 3000, basis: LandNeedBasis.PROJECT, investmentYi: 120, intensityWanPerMu: 400 });
  });

  it('estimates from revenue otherwise: 10% of 200亿 at the default 300万元/亩 needs 667 亩; small firms get the minimum', () => {
    expect(landNeedOf(firm(200), 'IC', { investmentIntensity: intensity, config: R })).toEqual({
      mu: 667,
      basis: LandNeedBasis.REVENUE,
      investmentYi: 20,
      intensityWanPerMu: 300,
    });
    expect(landNeedOf(firm(1), 'NE', { investmentIntensity: intensity, config: R }).mu).toBe(10); // 0.1亿 → 2.5 亩 → at least 10
    // A producing project has landed already: revenue decides.
    expect(
      landNeedOf(firm(40, [{ id: 'P', name: 'x', stage: 'PRODUCING', amountYi: 5 }]), 'NE', { investmentIntensity: intensity, config: R })
        .basis,
    ).toBe(LandNeedBasis.REVENUE);
  });

  it('falls back to the configured default, flagged, when nothing is known', () => {
    expect(landNeedOf(firm(null), 'NE', { investmentIntensity: intensity, config: R })).toEqual({
      mu: 50,
      basis: LandNeedBasis.DEFAULT,
      investmentYi: null,
      intensityWanPerMu: null,
    });
  });
});

describe('STRENGTHEN admits specialists with strong evidence, not only 链主 and giants', () => {
  const G = DEFAULT_ANALYSIS_CONFIG.gaps;
  const leader = { uscc: 'L', name: '本地链主', revenueYi: 100, chainLeader: true, evidence: 'STRONG' as const };
  const link: LinkMetrics = {
    industryCode: 'X',
    industryName: '测试链',
    code: 'S',
    name: '强链环节',
    stage: 'MIDSTREAM',
    importance: 0.9,
    core: true,
    producers: [leader],
    demand: 0,
    demandFirms: 0,
    purchasedYi: 0,
    purchasedLocalYi: 0,
    upstream: [],
    downstream: [],
    projects: [],
  };
  const gaps = new Map(analyseLinks([link], G).map((g) => [g.metrics.code, g]));
  const firm = (uscc: string, over: Partial<Candidate>, evidence: 'STRONG' | 'MEDIUM'): Candidate => ({
    uscc,
    name: uscc,
    revenueYi: 3,
    fortune500: false,
    chainLeader: false,
    specialized: false,
    highTech: false,
    expansionPlan: false,
    recentFinancing: false,
    cityName: null,
    links: [{ code: 'S', evidence, industryCode: 'X' }],
    ...over,
  });
  const ranked = rankTargets({
    mode: RankingMode.STRENGTHEN,
    weights: DEFAULT_ANALYSIS_CONFIG.ranking.weights,
    candidates: [
      firm('SPECIALIST', { specialized: true }, 'STRONG'), // 3亿 专精特新 making the product
      firm('HIGHTECH', { highTech: true }, 'STRONG'),
      firm('MIDSIZE', { revenueYi: 12 }, 'STRONG'), // over the 10亿 floor
      firm('NAME-ONLY-SPECIALIST', { specialized: true }, 'MEDIUM'), // business scope only: not enough
      firm('SMALL', {}, 'STRONG'), // neither a specialist nor large
      firm('GIANT', { revenueYi: 80 }, 'MEDIUM'), // large producers qualify as before
    ],
    gaps,
    flows: new Map(),
    themes: new Map(),
    parks: [],
    warmPaths: new Map(),
    landNeedMu: 50,
    needsParkFit: false,
    gapConfig: G,
    config: DEFAULT_ANALYSIS_CONFIG.ranking,
  });

  it('ranks the specialists and the giant, and leaves out weak evidence and small generalists', () => {
    expect(ranked.map((r) => r.candidate.uscc).sort()).toEqual(['GIANT', 'HIGHTECH', 'MIDSIZE', 'SPECIALIST']);
    // gapFit = importance 0.9 × evidence weight (STRONG 1, MEDIUM 0.6).
    expect(ranked.find((r) => r.candidate.uscc === 'SPECIALIST')!.components.find((c) => c.name === 'gapFit')!.raw).toBe(0.9);
    expect(ranked.find((r) => r.candidate.uscc === 'GIANT')!.components.find((c) => c.name === 'gapFit')!.raw).toBe(0.54);
  });
});

describe('the evidence floor (FILL): name-only evidence never outranks firms that make the product', () => {
  const G = DEFAULT_ANALYSIS_CONFIG.gaps;
  // Two core links with local demand and no local producer: both MISSING.
  const missing = (code: string, name: string): LinkMetrics => ({
    industryCode: 'X',
    industryName: '测试链',
    code,
    name,
    stage: 'MIDSTREAM',
    importance: 1,
    core: true,
    producers: [],
    demand: 4,
    demandFirms: 3,
    purchasedYi: 0,
    purchasedLocalYi: 0,
    upstream: [],
    downstream: [],
    projects: [],
  });
  const gaps = new Map(analyseLinks([missing('G', '缺链甲'), missing('H', '缺链乙')], G).map((g) => [g.metrics.code, g]));
  const firm = (uscc: string, link: string, evidence: 'STRONG' | 'MEDIUM' | 'WEAK', over: Partial<Candidate> = {}): Candidate => ({
    uscc,
    name: uscc,
    revenueYi: 5,
    fortune500: false,
    chainLeader: false,
    specialized: false,
    highTech: false,
    expansionPlan: false,
    recentFinancing: false,
    cityName: null,
    links: [{ code: link, evidence, industryCode: 'X', products: evidence === 'STRONG' ? '异质结电池片' : null }],
    ...over,
  });
  const ranked = rankTargets({
    mode: RankingMode.FILL,
    weights: DEFAULT_ANALYSIS_CONFIG.ranking.weights,
    candidates: [
      firm('GIANT', 'G', 'WEAK', { revenueYi: 200, fortune500: true, expansionPlan: true, recentFinancing: true }), // name only, G has a maker
      firm('MAKER', 'G', 'STRONG'),
      firm('ONLY-NAME', 'H', 'WEAK'), // nothing better exists for H
    ],
    gaps,
    flows: new Map(),
    themes: new Map(),
    parks: [],
    warmPaths: new Map(),
    landNeedMu: 50,
    needsParkFit: false,
    gapConfig: G,
    config: DEFAULT_ANALYSIS_CONFIG.ranking,
  });
  const byUscc = new Map(ranked.map((r) => [r.candidate.uscc, r]));

  it('leaves out a name-only giant where a firm with product evidence exists', () => {
    expect(byUscc.has('GIANT')).toBe(false);
    expect(byUscc.get('MAKER')!.filledLinks[0]).toMatchObject({ evidence: 'STRONG', unverified: false });
    expect(byUscc.get('MAKER')!.reasons[1]).toBe('证据：主营产品「异质结电池片」（强证据）');
  });

  it('keeps a name-only firm where nothing better exists, flagged and at a fraction of the gap fit', () => {
    const only = byUscc.get('ONLY-NAME')!;
    expect(only.filledLinks[0]).toMatchObject({ evidence: 'WEAK', unverified: true });
    expect(only.reasons[1]).toBe('证据：仅名称匹配，需核实');
    // gap fit = severity / 100 × WEAK weight 0.3: never full marks on unverified data.
    const severity = gaps.get('H')!.severity;
    expect(only.components.find((c) => c.name === 'gapFit')!.raw).toBe(Math.round((severity / 100) * 0.3 * 10000) / 10000);
  });

  it('admits the giant again when the floor is lowered to WEAK (configuration)', () => {
    const lowered = rankTargets({
      mode: RankingMode.FILL,
      weights: DEFAULT_ANALYSIS_CONFIG.ranking.weights,
      candidates: [firm('GIANT', 'G', 'WEAK', { revenueYi: 200 }), firm('MAKER', 'G', 'STRONG')],
      gaps,
      flows: new Map(),
      themes: new Map(),
      parks: [],
      warmPaths: new Map(),
      landNeedMu: 50,
      needsParkFit: false,
      gapConfig: G,
      config: { ...DEFAULT_ANALYSIS_CONFIG.ranking, evidenceFloor: 'WEAK' },
    });
    expect(lowered.map((r) => r.candidate.uscc).sort()).toEqual(['GIANT', 'MAKER']);
  });
});

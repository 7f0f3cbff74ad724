import type { Service } from '../../src/app';
import { loadExamples } from '../../src/graphql/examples';
import { startDemoService } from '../support/db';
import { authTestConfig, tokenFor } from '../support/auth';
import { Role } from '../../src/auth/roles';
import { gql } from '../support/http';

// What each example must answer on the demo data (figures from the article or from seeds/demo).
const CHECKS: Record<string, (d: any) => void> = {
  About: (d) => {
    expect(d.about.neo4jEdition).toBe('community');
    expect(d.about.counts.find((c: any) => c.label === 'Enterprise').count).toBe(961);
  },
  Industries: (d) => {
    expect(d.industries).toHaveLength(8);
    expect(
      d.industries
        .filter((i: any) => i.priority)
        .map((i: any) => i.code)
        .sort(),
    ).toEqual(['FOOD', 'IC', 'NE', 'STONE', 'TOUR']);
  },
  IndustryNewEnergy: (d) => {
    expect(d.industry.links).toHaveLength(19);
    // The demo chain has no local polysilicon, wafer, silver paste, HJT or lithium-cell maker.
    const empty = d.industry.links.filter((l: any) => l.operators.length === 0).map((l: any) => l.code);
    expect(empty).toEqual(expect.arrayContaining(['NE-POLY', 'NE-WAFER', 'NE-SILVER', 'NE-HJT', 'NE-LIB']));
  },
  ChainLinkCell: (d) => {
    expect(d.chainLink.industry.name).toBe('新能源');
    expect(d.chainLink.upstream.map((u: any) => u.link.code).sort()).toEqual(['NE-CELLEQP', 'NE-SILVER', 'NE-WAFER']);
    expect(d.chainLink.downstream.map((u: any) => u.link.code)).toEqual(['NE-MODULE']);
    expect(d.chainLink.operators.length).toBeGreaterThan(0);
  },
  EnterpriseByUscc: (d) => {
    expect(d.enterprise.name).toBe('阳光中科（福建）能源股份有限公司');
    expect(d.enterprise.isLocal).toBe(true);
    expect(d.enterprise.projects.map((p: any) => p.name)).toContain('阳光中科高效PERC大尺寸光伏电池智能生产项目');
  },
  TargetsInGuangdong: (d) => {
    expect(d.enterprises.edges).toHaveLength(5);
    expect(d.enterprises.totalCount).toBeGreaterThan(5);
    expect(d.enterprises.edges.every((e: any) => e.node.city.code.startsWith('44'))).toBe(true);
    const revenues = d.enterprises.edges.map((e: any) => e.node.revenueYi);
    expect([...revenues].sort((a, b) => b - a)).toEqual(revenues);
  },
  OverseasChambers: (d) => {
    expect(d.chambers.totalCount).toBe(15);
    expect(d.chambers.edges.every((e: any) => e.node.country !== null)).toBe(true);
  },
  Associations: (d) => {
    expect(d.associations.totalCount).toBe(20);
    expect(d.associations.edges[0].node.council.name).toBe('南安市商协会经济互动发展促进会');
  },
  StandardizedParks: (d) => {
    expect(d.parks.totalCount).toBe(9);
    const firms = d.parks.edges.reduce((s: number, e: any) => s + e.node.enterpriseCount, 0);
    expect(firms).toBe(386);
    const lands = d.parks.edges.map((e: any) => e.node.availableLandMu);
    expect([...lands].sort((a, b) => b - a)).toEqual(lands);
  },
  ParkById: (d) => {
    expect(d.park.name).toBe('五矿智慧工坊·中国（南安）高端阀门智造产业园');
    expect(d.park.projects.filter((p: any) => p.name.endsWith('入驻五矿智慧工坊意向项目'))).toHaveLength(16);
  },
  StartedProjects: (d) => {
    expect(d.projects.totalCount).toBe(49); // the article: 49 projects started during the 100-day campaign
    // The sum covers the whole filter (all 49 are on this page here), rounded where produced.
    const sum = d.projects.edges.reduce((s: number, e: any) => s + e.node.amountYi, 0);
    expect(d.projects.totalAmountYi).toBeCloseTo(sum, 6);
    expect(String(d.projects.totalAmountYi)).toMatch(/^\d+(\.\d{1,4})?$/);
    expect(d.projects.edges.every((e: any) => e.node.startedOn >= '2022-08-10' && e.node.startedOn <= '2022-11-17')).toBe(true);
  },
  ProjectById: (d) => {
    expect(d.project).toMatchObject({ name: '阳光中科高效PERC大尺寸光伏电池智能生产项目', amountYi: 52, stage: 'STARTED' });
    expect(d.project.industry.name).toBe('新能源');
  },
  Teams: (d) => {
    expect(d.teams).toHaveLength(16);
    expect(d.teams[0].kind).toBe('LEADING_GROUP');
  },
  CityShenzhen: (d) => {
    expect(d.city.name).toBe('深圳市');
    expect(d.city.chambers.map((c: any) => c.name)).toEqual(['深圳南安商会']);
    expect(d.city.enterprises).toHaveLength(5);
  },
  ChainGapsNewEnergy: (d) => {
    expect(d.chainGaps.industry.name).toBe('新能源');
    expect(d.chainGaps.links).toHaveLength(19);
    expect(d.chainGaps.links[0]).toMatchObject({ link: { code: 'NE-HJT' }, statusLabel: '断链', gradeLabel: '紧急' });
    expect(d.chainGaps.statusCounts.reduce((s: number, c: any) => s + c.count, 0)).toBe(19);
  },
  ChainGapOverview: (d) => {
    expect(d.chainGapOverview.map((r: any) => r.industry.code)).toEqual(['EQUIP', 'FOOD', 'IC', 'NE', 'PLUMB', 'SAFETY', 'STONE', 'TOUR']);
  },
  RankFillNewEnergy: (d) => {
    const top = d.rankTargets.edges.map((e: any) => e.node);
    expect(top).toHaveLength(10);
    expect(top.map((t: any) => t.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(top[0].filledLinks[0].grade).toBe('URGENT'); // 异质结电池, a broken link nobody is filling yet
    expect(
      top.every((t: any) => t.reasons.length > 1 && t.pipeline.length === 0 && t.filledLinks.some((f: any) => f.evidence !== 'WEAK')),
    ).toBe(true);
  },
  WarmPathsOfHaier: (d) => {
    expect(d.warmPaths.length).toBeGreaterThan(1);
    expect(d.warmPaths[0].kind).toBe('NATIVE_CHAMBER_EXEC');
    expect(d.warmPaths.every((p: any) => p.hops <= 2 && p.nodes[0].name === '卡奥斯物联科技股份有限公司（海尔卡奥斯）')).toBe(true);
  },
  SimulateLandingHjt: (d) => {
    // Two heterojunction cell makers landing: 异质结电池 is no longer broken, and they take land in a park.
    const hjt = d.simulateLanding.links.find((l: any) => l.link.name === '异质结电池');
    expect(hjt.changed).toBe(true);
    expect(hjt.before.statusLabel).toBe('断链');
    expect(hjt.after.statusLabel).not.toBe('断链');
    expect(d.simulateLanding.land.reduce((s: number, p: any) => s + p.firms.length, 0) + d.simulateLanding.unplaced.length).toBe(2);
  },
  PlanPortfolioNewEnergy: (d) => {
    const p = d.planPortfolio;
    expect(p.picks.length).toBeGreaterThan(0);
    expect(p.picks.length).toBeLessThanOrEqual(8);
    expect(p.landUsedMu).toBeLessThanOrEqual(600);
    // The curve rises with every pick, by less each time or the same (diminishing returns of the greedy order).
    const cov = p.curve.map((c: any) => c.coverage);
    expect(cov.every((c: number, i: number) => i === 0 || c >= cov[i - 1])).toBe(true);
    expect(p.picks[0].reasons[0]).toMatch(/^边际增益/);
    expect(p.guarantee.statement.length).toBeGreaterThan(0);
  },
  Scenarios: (d) => {
    // Nobody has saved a scenario on the freshly loaded demo data.
    expect(d.scenarios).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  },
  ScenarioById: (d) => {
    expect(d.scenario).toBeNull();
  },
  BacktestRanking: (d) => {
    const b = d.backtestRanking;
    // Printed for the reader of the test log; the demo signings are invented (docs/ranking.md).
    console.log(
      `[backtest] asOf 2022-06-30, ${b.candidates} ranked, ${b.signed} signed: ${b.scores.map((s: any) => `${s.label} hit@10 ${s.hits}`).join('; ')}`,
    );
    expect(b.scores.map((s: any) => s.label)).toEqual(['本系统排名', '随机（期望值）', '按营收排序']);
    expect(b.signed).toBeGreaterThanOrEqual(10);
    expect(b.hits.length + b.missed.length).toBe(b.signed);
    expect(b.hits.every((h: any) => h.rank <= 10) && b.missed.every((m: any) => m.rank > 10)).toBe(true);
    expect(b.scores[1].hits).toBeCloseTo((10 * b.signed) / b.candidates, 3);
  },
  NodeById: (d) => {
    expect(d.link).toMatchObject({ __typename: 'ChainLink', id: 'NE-HJT', name: '异质结电池' });
    expect(d.project).toMatchObject({ __typename: 'Project', id: 'PJ-2022-0003' });
  },
  EnumLabels: (d) => {
    const roles = d.enumLabels.find((e: any) => e.name === 'MemberRole').values;
    expect(roles.find((v: any) => v.value === 'PRESIDENT').label).toBe('会长');
  },
  SigningEvents: (d) => {
    // The article: 93 projects signed at the events, for over 700亿.
    expect(d.signingEvents.reduce((s: number, e: any) => s + e.projectCount, 0)).toBe(93);
    expect(d.signingEvents.reduce((s: number, e: any) => s + e.amountYi, 0)).toBeGreaterThan(700);
  },
  PipelineCampaign: (d) => {
    // The article's 100-day campaign: 52 projects newly performing, 49 started.
    const entered = Object.fromEntries(d.pipelineStats.entered.map((e: any) => [e.label, e.count]));
    expect([entered['履约'], entered['开工']]).toEqual([52, 49]);
    expect(d.pipelineStats.rates.map((r: any) => r.label)).toEqual(['履约率', '开工率']);
    // The article: 履约率 and 开工率 rose 21.0 and 19.8 points (52 and 49 of the 248 projects under contract when it began).
    expect(d.pipelineStats.rates.map((r: any) => [r.cohort, r.changePoints])).toEqual([
      [248, 21],
      [248, 19.8],
    ]);
  },
  AuditTrail: (d) => {
    // Nobody has written through the API on the freshly loaded demo data: the trail holds the import
    // that loaded it (every node it created, newest first), 20 to a page with a next page.
    expect(d.auditTrail.entries).toHaveLength(20);
    expect(d.auditTrail.entries.every((e: any) => e.operation === 'import' && e.actor === 'system')).toBe(true);
    expect(d.auditTrail.endCursor).toEqual(expect.any(String));
  },
  ImportJobs: (d) => {
    // The demo was loaded by the seed, not by an upload: no job yet.
    expect(d.importJobs).toEqual([]);
  },
  ImportJob: (d) => {
    expect(d.importJob).toBeNull();
  },
  SimulateApprovalsFactory: (d) => {
    // Counted by hand on the official 2026 schedule: 1–7 October off, Saturday 10 October a make-up day.
    const p = d.simulateApprovals;
    const step = (code: string): any => p.steps.find((s: any) => s.code === code);
    expect([step('FILING').start, step('FILING').finish]).toEqual(['2026-09-28', '2026-09-30']);
    expect([step('LEASE').start, step('LEASE').finish]).toEqual(['2026-10-08', '2026-10-13']);
    expect(step('EIA').finish).toBe('2026-10-27');
    expect([step('ENERGY').finish, step('ENERGY').slackWorkdays]).toEqual(['2026-10-20', 5]);
    expect([step('FIT_OUT_PERMIT').start, step('FIT_OUT_PERMIT').finish]).toEqual(['2026-10-28', '2026-11-03']);
    expect(p.criticalPath).toEqual(['FILING', 'LEASE', 'FIRE_DESIGN', 'FIT_OUT_PERMIT']);
    expect([p.expectedStartOn, p.workdaysLeft]).toEqual(['2026-11-04', 23]);
    expect(step('EIA').office).toBe('PREPARATION');
  },
  ProjectWarningsDemo: (d) => {
    const w = d.projectWarnings;
    expect(w.counts.red).toBeGreaterThan(0);
    expect(w.counts.amber).toBeGreaterThan(0);
    expect(w.counts.green).toBeGreaterThan(0);
    expect(w.projects).toHaveLength(5);
    for (const p of w.projects) {
      expect(p.warning.colour).toBe('RED');
      for (const r of p.warning.reasons) expect(r.text).toMatch(/请(招商办|园区办|前期办|重点办|国资办)推进$/);
    }
  },
  OfficeBoardParks: (d) => {
    expect(d.officeBoard.officeLabel).toBe('园区办');
    expect(d.officeBoard.holding.length).toBeGreaterThan(0);
  },
  LandPlotsOfPark: (d) => {
    // One truth: the park's available land is the sum of its AVAILABLE plots (281 亩 in the demo).
    const available = d.park.landPlots.filter((p: any) => p.status === 'AVAILABLE').reduce((s: number, p: any) => s + p.areaMu, 0);
    expect([d.park.availableLandMu, available]).toEqual([281, 281]);
    expect(d.idleLandTask.targetMu).toBe(15000);
    expect(d.idleLandTask.doneMu).toBeGreaterThan(0);
    expect(d.idleLandTask.share).toBeCloseTo(d.idleLandTask.doneMu / 15000, 3);
  },
  FundPool: (d) => {
    const [f] = d.funds;
    expect([f.name, f.sizeYi, f.manager]).toEqual(['南安市产业引导基金', 20, '招商局资本']);
    expect(f.leftYi).toBeCloseTo(20 - f.committedYi, 5);
    expect(f.committedYi).toBeGreaterThan(0);
  },
  AnnualReview2022: (d) => {
    const r = d.annualReview;
    expect(r.reviewed).toBeGreaterThan(200);
    const verdicts = Object.fromEntries(r.byVerdict.map((v: any) => [v.key, v.count]));
    for (const v of ['MET', 'NOT_MET', 'NOT_DUE', 'NO_REPORT']) expect([v, verdicts[v] > 0]).toEqual([v, true]);
    const disposals = Object.fromEntries(r.byDisposal.map((v: any) => [v.key, v.count]));
    for (const v of ['HOLD_LIABLE', 'RECTIFY']) expect([v, disposals[v] > 0]).toEqual([v, true]);
    // The most severe first: the first project carries the most severe disposal any project has.
    const severest = ['RECLAIM_LAND', 'HOLD_LIABLE', 'REDUCE_LAND', 'RECTIFY'].find((k) => disposals[k] > 0);
    expect(r.projects[0].disposals[0]).toBe(severest);
    expect(r.projects[0].suggestion).toMatch(/^建议：/);
  },
  AssessHeterojunction: (d) => {
    const a = d.assessProject;
    expect([a.verdictLabel, a.terms.basis]).toEqual(['通过', '项目申报要素']);
    expect(Math.round(a.parts.reduce((s: number, p: any) => s + p.points, 0) * 10) / 10).toBe(a.score);
    expect(a.sections.map((s: any) => s.weight)).toEqual([40, 30, 20, 10]);
    expect(a.links.find((l: any) => l.link.code === 'NE-HJT')).toMatchObject({ filled: true, before: { statusLabel: '断链' } });
    expect(a.vetoes.every((v: any) => v.status === 'CLEAR')).toBe(true);
  },
  AssessNewProposal: (d) => {
    const a = d.assessProject;
    expect(a.verdictLabel).not.toBe('通过');
    expect(a.vetoes.filter((v: any) => v.status === 'UNVERIFIED').map((v: any) => v.label)).toEqual([
      '失信被执行人',
      '经营异常',
      '重大环保/安全生产违法',
      '用地非工业用途',
    ]);
    expect(a.conditions[0]).toMatch(/^签约前核实：/);
  },
  ExpertsNewEnergy: (d) => {
    expect(d.experts.length).toBeGreaterThanOrEqual(4);
    expect(d.experts.every((x: any) => x.industryCodes.includes('NE'))).toBe(true);
  },
  ProjectAssessmentRecord: (d) => {
    expect(d.project.proposal).toMatchObject({ landMu: 800, siteZoning: 'INDUSTRIAL' });
    // The demo sends nothing for review and records no decision: assessment.test.ts walks through both.
    expect([d.project.reviewRequests, d.project.assessments]).toEqual([[], []]);
  },
  MyReviews: (d) => {
    expect(d.myReviews).toEqual([]); // run as expert EX-01, who has been sent nothing in the demo
  },
  GapChanges2022H2: (d) => {
    const c = d.chainGapChanges as any[];
    // The demo's second half-year signs and starts projects: some gaps move, each with a real change.
    expect(c.length).toBeGreaterThan(0);
    for (const x of c) expect(x.before.status).not.toBe(x.after.status);
    const closed = c.filter((x) => x.kind === 'CLOSED');
    for (const x of closed) expect(['ADEQUATE', 'STRONG']).toContain(x.after.status);
    expect(c.map((x) => x.kindLabel)).toEqual(
      c.map((x) => ({ CLOSED: '补上缺口', FILLING: '开始补链', OPENED: '新出现缺口', OTHER: '状态变化' })[x.kind as string]),
    );
  },
  TargetMovesNE2022H2: (d) => {
    const m = d.targetMoves as any[];
    const top = m.filter((x) => x.rankAfter !== null && x.rankAfter <= 10);
    expect(top.map((x) => x.rankAfter)).toEqual(top.map((_, i) => i + 1));
    // Whoever left the top 10 was in it on 2022-06-30.
    for (const x of m.filter((y) => !(y.rankAfter !== null && y.rankAfter <= 10))) {
      expect(x.rankBefore).toBeLessThanOrEqual(10);
      expect(x.moveLabel).toMatch(/^(跌出前10|不再推荐)/);
    }
    for (const x of top)
      if (x.rankBefore !== null && x.rankBefore <= 10)
        expect(x.moveLabel).toBe(
          x.rankBefore === x.rankAfter
            ? '名次不变'
            : x.rankBefore > x.rankAfter
              ? `上升${x.rankBefore - x.rankAfter}位`
              : `下降${x.rankAfter - x.rankBefore}位`,
        );
  },
  AssessmentCalibration2022: (d) => {
    const c = d.assessmentCalibration;
    expect(c.signedTo).toBe('2022-06-18');
    expect(c.byBand.reduce((s: number, b: any) => s + b.count, 0)).toBe(c.projects);
    // The invented defaulters declared less funding in place (seeds/assessment.ts): the part shows it.
    const funding = c.byPart.filter((r: any) => r.part === '资金到位');
    expect(funding[1].defaultRate).toBeGreaterThan(funding[0].defaultRate);
    expect(c.notes.join('')).toContain('虚构');
  },
  ParkPerformance2022: (d) => {
    const parks = d.parkPerformance;
    expect(parks).toHaveLength(22);
    expect(parks.map((p: any) => p.rank)).toEqual(parks.map((_: any, i: number) => i + 1));
    const graded = parks.filter((p: any) => p.mu.gradeLabel);
    expect(graded.length).toBeGreaterThan(0);
    // Ranked by 亩均税收, and a park without reports is never graded.
    for (let i = 1; i < graded.length; i++) expect(graded[i - 1].mu.taxPerMu).toBeGreaterThanOrEqual(graded[i].mu.taxPerMu);
    for (const p of parks.filter((x: any) => x.reportingProjects === 0)) expect(p.mu.gradeLabel).toBeNull();
  },
  AskWhereNewEnergyBreaks: (d) => {
    expect(d.ask).toMatchObject({
      answered: true,
      intent: 'gaps',
      via: 'OFFLINE',
      operation: { name: 'ToolChainGaps', variables: { industryCode: 'NE' } },
    });
    expect(d.ask.answer).toContain('异质结电池');
    expect(d.ask.citations).toEqual(expect.arrayContaining([{ kind: 'LINK', id: 'NE-HJT', name: '异质结电池' }]));
  },
  SearchValve: (d) => {
    expect(d.traditional.length).toBeGreaterThan(0);
    expect(d.traditional.every((h: any) => h.name.includes('阀门'))).toBe(true);
    expect(d.pinyin.length).toBeGreaterThan(0);
    expect(d.initials.every((h: any) => h.kind === 'CHAMBER')).toBe(true);
  },
};

describe('docs/examples.graphql against the demo data', () => {
  let svc: Service;
  let token: string;
  const examples = loadExamples();
  beforeAll(async () => {
    // Examples run as an admin would paste them into the Sandbox, with a token.
    svc = await startDemoService(authTestConfig(false));
    token = await tokenFor(Role.ADMIN);
  });
  afterAll(() => svc.close());

  it('has an example for every root query field, and a check for every example', async () => {
    const res = await gql<{ __schema: { queryType: { fields: Array<{ name: string }> } } }>(
      svc.url,
      '{ __schema { queryType { fields { name } } } }',
      {},
      token,
    );
    const roots = res.data!.__schema.queryType.fields.map((f) => f.name).sort();
    const used = new Set(examples.flatMap((e) => [...e.query.matchAll(/^\s{2}(?:\w+: )?(\w+)[ ({]/gm)].map((m) => m[1])));
    expect(roots.filter((r) => !used.has(r))).toEqual([]);
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(CHECKS).sort());
  });

  it.each(loadExamples().map((e) => [e.name, e] as const))('%s answers correctly', async (_name, example) => {
    const as = example.as ? await tokenFor(example.as.role as Role, example.as.subject) : token;
    const res = await gql(svc.url, example.query, example.variables, as);
    expect(res.errors).toBeUndefined();
    CHECKS[example.name](res.data);
  });
});

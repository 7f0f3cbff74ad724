import {
  AssessmentFacts,
  AssessmentOutcome,
  AssessmentRules,
  AssessmentVerdict,
  assessProposal,
  bandOf,
  DEFAULT_ASSESSMENT_RULES,
  landBasis,
  median,
  SiteZoning,
  VetoKind,
  VetoStatus,
} from '../../../src/domain/assessment.model';

const RULES = DEFAULT_ASSESSMENT_RULES;

/** A 50亿 cell project on 1000 亩 by a 200亿 listed 500强 firm with a clean record: every fact known. */
function facts(over: Partial<AssessmentFacts> = {}): AssessmentFacts {
  return {
    proposal: {
      name: '异质结电池项目',
      amountYi: 50,
      landMu: 1000,
      factorySqm: null,
      outputYi: 100,
      taxWan: 50000,
      yearsToFullOutput: 2,
      fundingSecuredShare: 0.6,
      fundingSources: ['自有资金', '银行贷款'],
      products: ['异质结电池片'],
      siteZoning: SiteZoning.INDUSTRIAL,
    },
    investor: {
      name: '某光伏集团',
      uscc: null,
      revenueYi: 200,
      fortune500: true,
      chainLeader: false,
      listed: true,
      specialized: false,
      highTech: true,
      credit: {
        checkedOn: '2026-11-01',
        source: '信用中国',
        dishonestDebtor: false,
        businessAbnormal: false,
        majorViolation: false,
        note: null,
      },
      record: { projects: 0, producing: 0, defaulted: 0, defaultedNames: [] },
    },
    chain: { code: 'NE', name: '新能源' },
    links: [
      {
        code: 'NE-HJT',
        name: '异质结电池',
        before: { status: 'MISSING', statusLabel: '缺失', severity: 75, gap: true },
        after: { status: 'WEAK', statusLabel: '薄弱', severity: 20, gap: true },
      },
    ],
    urgentSeverity: 60,
    localTrade: { buyers: 3, sellers: 2, examples: ['甲组件厂'] },
    park: { id: 'PK-1', name: '光伏园', positioned: true, availableMu: 1200, suggested: false },
    approvals: null,
    ...over,
  };
}

const points = (o: AssessmentOutcome): Record<string, number> => Object.fromEntries(o.parts.map((p) => [p.key, p.points]));
const sum = (o: AssessmentOutcome): number => Math.round(o.parts.reduce((s, p) => s + p.points, 0) * 10) / 10;

describe('项目预评估: the parts, worked by hand', () => {
  it('a strong proposal filling an urgent gap passes with 96.5 points, the parts adding up', () => {
    const o = assessProposal(facts(), RULES);
    // 投资强度 500000 万元 / 1000 亩 = 500 ≥ 300 → 15; 亩均税收 50 ≥ 25 → 15; 资金 0.6 ≥ 0.5 → 10;
    // 营收 log(201)/log(51) > 1 → 12; 500强 → 8; 上市+高新 → 6; 信用 clean → 4;
    // 缺口 75 ≥ 60 → 10; 3+2 firms → 6; 主导 → 4; park fits, 1200 ≥ 1000 → 5;
    // no approvals plan → 0; no record here → half of 3 = 1.5.
    expect(points(o)).toEqual({
      investmentIntensity: 15,
      taxPerMu: 15,
      funding: 10,
      revenue: 12,
      stature: 8,
      qualifications: 6,
      credit: 4,
      gapFill: 10,
      localTrade: 6,
      leadingChain: 4,
      parkLand: 5,
      approvals: 0,
      investorRecord: 1.5,
    });
    expect(o.score).toBe(96.5);
    expect(sum(o)).toBe(o.score);
    expect(o.sections.map((s) => [s.label, s.weight, s.points])).toEqual([
      ['硬指标', 40, 40],
      ['企业实力', 30, 30],
      ['产业协同', 20, 20],
      ['可落地性', 10, 6.5],
    ]);
    expect(o.verdict).toBe(AssessmentVerdict.PASS);
    expect(o.vetoes.every((v) => v.status === VetoStatus.CLEAR)).toBe(true);
    expect(o.conditions).toEqual([]);
    const intensity = o.parts.find((p) => p.key === 'investmentIntensity')!;
    expect([intensity.value, intensity.threshold, intensity.reason]).toEqual([
      500,
      300,
      '投资强度 500 万元/亩，达到全市默认门槛 300 万元/亩',
    ]);
    expect(o.parts.find((p) => p.key === 'gapFill')!.reason).toBe('补链：「异质结电池」缺失→薄弱，最严重缺口严重度 75');
    expect(o.parts.find((p) => p.key === 'approvals')!.verified).toBe(false);
  });

  it('a land-hungry low-intensity proposal passes with conditions written from its weak parts', () => {
    const f = facts();
    f.proposal = { ...f.proposal, amountYi: 3, landMu: 200, taxWan: 2000, yearsToFullOutput: 5, fundingSecuredShare: 0.2 };
    f.investor = { ...f.investor, revenueYi: 30, fortune500: false, chainLeader: true, listed: false, highTech: false, specialized: true };
    f.links = [{ ...f.links[0], before: { ...f.links[0].before, severity: 45 } }];
    f.localTrade = { buyers: 2, sellers: 0, examples: [] };
    f.park = { ...f.park!, availableMu: 150 };
    const o = assessProposal(f, RULES);
    // 30000/200 = 150 → 0.5 × 15 = 7.5; 2000/200 = 10 → 0.4 × 15 = 6; 0.2/0.5 = 0.4 → 4;
    // log(31)/log(51) = 0.8734 → 0.87 × 12 = 10.4; 链主 → 8; 专精特新 only → 3; credit 4;
    // 45/60 = 0.75 → 7.5; 2 of 5 firms → 2.4; 主导 4; land short (150 < 200) → half → 2.5; 0; 1.5.
    expect(points(o)).toMatchObject({
      investmentIntensity: 7.5,
      taxPerMu: 6,
      funding: 4,
      revenue: 10.4,
      stature: 8,
      qualifications: 3,
      gapFill: 7.5,
      localTrade: 2.4,
      parkLand: 2.5,
    });
    expect(o.score).toBe(60.8);
    expect(sum(o)).toBe(o.score);
    expect([o.verdict, o.verdictLabel, o.band]).toEqual([AssessmentVerdict.CONDITIONAL, '附条件通过', '60–80 分']);
    expect(o.conditions).toEqual([
      '投资强度不低于 300 万元/亩（按 200 亩计，固定资产投资不低于 6 亿元），未达到的按差额比例核减用地',
      '达产后亩均税收不低于 25 万元/亩·年（年税收不低于 5000 万元），未达到的按差额承担违约责任',
      '自交地之日起 3 年内达产（拟 5 年），逾期未达产的按约定追究违约责任',
      '签约后 6 个月内到位资金不低于总投资的 50%',
      '约定回购条款：未按期开工、投产或达产的，政府按约定价格回购土地及地上建筑物',
    ]);
  });

  it('refuses below 60 without conditions', () => {
    const f = facts();
    f.proposal = { ...f.proposal, amountYi: 1, taxWan: 500, fundingSecuredShare: null };
    f.investor = { ...f.investor, revenueYi: null, fortune500: false, listed: false, highTech: false };
    const o = assessProposal(f, RULES);
    // 10000/1000 = 10 → 0.03 × 15 = 0.5 (0.0333 → 0.03); 0.5/25 = 0.02 → 0.3; funding missing 0;
    // revenue missing 0; stature 0; quals 0; credit 4; synergy 20; park 5; approvals 0; record 1.5.
    expect(o.score).toBe(31.3);
    expect(sum(o)).toBe(o.score);
    expect([o.verdict, o.band, o.conditions]).toEqual([AssessmentVerdict.REJECT, '< 60 分', []]);
    expect(o.parts.find((p) => p.key === 'funding')!.reason).toBe('未说明资金到位情况（需核实，不计分）');
  });
});

describe('一票否决 and 需核实', () => {
  it('a 失信被执行人 giant is refused whatever its score, citing the fact and its source', () => {
    const f = facts();
    f.investor = { ...f.investor, credit: { ...f.investor.credit, dishonestDebtor: true, note: '（2025）闽05执123号' } };
    const o = assessProposal(f, RULES);
    expect(o.score).toBe(92.5); // the credit part is lost, the rest stands
    expect([o.verdict, o.band, o.conditions]).toEqual([AssessmentVerdict.REJECT, '一票否决：失信被执行人', []]);
    expect(o.vetoes.find((v) => v.kind === VetoKind.DISHONEST_DEBTOR)).toEqual({
      kind: VetoKind.DISHONEST_DEBTOR,
      label: '失信被执行人',
      status: VetoStatus.TRIGGERED,
      fact: '某光伏集团：失信被执行人（信用中国，2026-11-01）；（2025）闽05执123号',
    });
  });

  it('a product on the negative list, a non-industrial site and 经营异常 each veto', () => {
    const neg = facts();
    neg.proposal = { ...neg.proposal, products: ['高纯电解铝锭'] };
    const o1 = assessProposal(neg, RULES);
    expect([o1.verdict, o1.band]).toEqual([AssessmentVerdict.REJECT, '一票否决：产业负面清单']);
    expect(o1.vetoes.find((v) => v.kind === VetoKind.NEGATIVE_LIST)!.fact).toBe(
      '产品「高纯电解铝锭」属负面清单「电解铝」：高耗能、高排放（两高）',
    );

    const site = facts();
    site.proposal = { ...site.proposal, siteZoning: SiteZoning.NON_INDUSTRIAL };
    expect(assessProposal(site, RULES).band).toBe('一票否决：用地非工业用途');

    const abn = facts();
    abn.investor = { ...abn.investor, credit: { ...abn.investor.credit, businessAbnormal: true, majorViolation: true } };
    expect(assessProposal(abn, RULES).band).toBe('一票否决：经营异常、重大环保/安全生产违法');
  });

  it('unknown credit is neither clean nor guilty: no marks, no veto, and a pass becomes conditional on checking it', () => {
    const f = facts();
    f.investor = {
      ...f.investor,
      credit: { checkedOn: null, source: null, dishonestDebtor: null, businessAbnormal: null, majorViolation: null, note: null },
    };
    f.proposal = { ...f.proposal, siteZoning: null };
    const o = assessProposal(f, RULES);
    expect(o.score).toBe(92.5);
    expect(o.vetoes.map((v) => v.status)).toEqual([
      VetoStatus.UNVERIFIED,
      VetoStatus.UNVERIFIED,
      VetoStatus.UNVERIFIED,
      VetoStatus.CLEAR,
      VetoStatus.UNVERIFIED,
    ]);
    expect([o.verdict, o.band]).toEqual([AssessmentVerdict.CONDITIONAL, '≥ 80 分，但否决项需核实']);
    expect(o.conditions[0]).toBe('签约前核实：失信被执行人、经营异常、重大环保/安全生产违法、用地非工业用途，核实有问题的不予签约');
    expect(o.parts.find((p) => p.key === 'credit')).toMatchObject({ points: 0, verified: false });
  });

  it('vetoes switched off in the config are not checked', () => {
    const f = facts();
    f.investor = { ...f.investor, credit: { ...f.investor.credit, dishonestDebtor: true } };
    const rules: AssessmentRules = { ...RULES, vetoes: [VetoKind.NEGATIVE_LIST] };
    const o = assessProposal(f, rules);
    expect(o.vetoes.map((v) => v.kind)).toEqual([VetoKind.NEGATIVE_LIST]);
    expect(o.verdict).toBe(AssessmentVerdict.PASS);
  });
});

describe('the investor’s record, factories, floors and chains', () => {
  it('a past default costs the record part and adds a deposit and a buy-back clause', () => {
    const f = facts();
    f.investor = { ...f.investor, record: { projects: 2, producing: 1, defaulted: 1, defaultedNames: ['某旧项目'] } };
    const o = assessProposal(f, RULES);
    expect(o.parts.find((p) => p.key === 'investorRecord')).toMatchObject({ points: 0, reason: '投资方在南安有 1 个违约项目（某旧项目）' });
    expect(o.score).toBe(95);
    expect(o.conditions).toEqual([
      '鉴于投资方有违约记录，须缴纳履约保证金',
      '约定回购条款：未按期开工、投产或达产的，政府按约定价格回购土地及地上建筑物',
    ]);
  });

  it('a 标准厂房 project is measured on the land its floor area stands for', () => {
    const p = facts().proposal;
    expect(landBasis({ ...p, landMu: null, factorySqm: 16000 }, RULES)).toBe(20);
    expect(landBasis({ ...p, landMu: null, factorySqm: null }, RULES)).toBeNull();
    expect(landBasis({ ...p, landMu: 0, factorySqm: null }, RULES)).toBe(0);
    const f = facts();
    f.proposal = { ...f.proposal, amountYi: 0.5, landMu: null, factorySqm: 16000, taxWan: 600 };
    const o = assessProposal(f, RULES);
    // 5000 万元 / 20 亩 = 250 → 250/300 = 0.83 × 15 = 12.5 (12.45); 600/20 = 30 ≥ 25 → 15.
    expect(o.parts.find((p) => p.key === 'investmentIntensity')).toMatchObject({ value: 250, points: 12.5 });
    expect(o.parts.find((p) => p.key === 'taxPerMu')).toMatchObject({ value: 30, points: 15 });
    expect(o.landBasisMu).toBe(20);
  });

  it('a park’s floor wins over its chain’s, which wins over the default; a chain may weigh the parts otherwise', () => {
    const rules: AssessmentRules = {
      ...RULES,
      floorsByChain: { NE: { investmentPerMuWan: 400 } },
      floorsByPark: { 'PK-1': { investmentPerMuWan: 600, taxPerMuWan: 40 } },
      weightsByChain: { NE: { gapFill: 14, revenue: 8 } },
    };
    const o = assessProposal(facts(), rules);
    expect(o.floors).toEqual({ investmentPerMuWan: 600, taxPerMuWan: 40 });
    // 500/600 = 0.83 × 15 = 12.5; 50 ≥ 40 → 15; gapFill 14, revenue 8.
    expect(points(o)).toMatchObject({ investmentIntensity: 12.5, taxPerMu: 15, gapFill: 14, revenue: 8 });
    expect(o.parts.find((p) => p.key === 'investmentIntensity')!.thresholdText).toBe('600 万元/亩（本园区）');
    const suggested = facts({ park: { id: 'PK-1', name: '光伏园', positioned: true, availableMu: 1200, suggested: true } });
    expect(assessProposal(suggested, rules).floors.investmentPerMuWan).toBe(400); // only a wished park sets the floor
  });

  it('strengthening a link that is no gap earns three tenths of 补链', () => {
    const f = facts();
    f.links = [
      {
        ...f.links[0],
        before: { status: 'STRONG', statusLabel: '强', severity: 0, gap: false },
        after: { status: 'STRONG', statusLabel: '强', severity: 0, gap: false },
      },
    ];
    expect(assessProposal(f, RULES).parts.find((p) => p.key === 'gapFill')!.points).toBe(3);
  });
});

describe('helpers', () => {
  it('median and bands', () => {
    expect(median([])).toBeNull();
    expect(median([70, 90, 80])).toBe(80);
    expect(median([70, 81, 90, 60])).toBe(75.5);
    expect([bandOf(80, RULES), bandOf(79.9, RULES), bandOf(60, RULES), bandOf(59.9, RULES)]).toEqual(['HIGH', 'MIDDLE', 'MIDDLE', 'LOW']);
  });
});

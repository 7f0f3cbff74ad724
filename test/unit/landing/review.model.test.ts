import { annualReview, ReviewDisposal } from '../../../src/domain/review.model';
import { muEfficiency, MuGrade } from '../../../src/domain/mu-efficiency.model';

describe('亩均效益, graded by 亩均税收 (优 ≥ 30, 良 ≥ 15, 中 ≥ 5 万元/亩)', () => {
  it('works out the per-亩 figures by hand', () => {
    expect(muEfficiency({ landMu: 50, taxWan: 1600, outputYi: 2, investedYi: 1.5 })).toEqual({
      taxPerMu: 32,
      outputPerMu: 400,
      investedPerMu: 300,
      grade: MuGrade.EXCELLENT,
      reason: '亩均税收 32 万元/亩，评为「优」（优 ≥ 30，良 ≥ 15，中 ≥ 5）',
    });
    expect(muEfficiency({ landMu: 40, taxWan: 200, outputYi: null, investedYi: null }).grade).toBe(MuGrade.FAIR);
    expect(muEfficiency({ landMu: 40, taxWan: 199, outputYi: null, investedYi: null })).toMatchObject({
      taxPerMu: 4.98,
      grade: MuGrade.POOR,
    });
  });
  it('never grades on missing land or missing tax', () => {
    expect(muEfficiency({ landMu: null, taxWan: 1600, outputYi: 2, investedYi: 1 })).toMatchObject({
      grade: null,
      reason: '缺少用地面积，无法计算亩均效益',
    });
    expect(muEfficiency({ landMu: 50, taxWan: null, outputYi: 2, investedYi: 1 })).toMatchObject({
      grade: null,
      outputPerMu: 400,
      reason: '未报送税收数据，暂不评级',
    });
  });
});

describe('投后履约考核 for 2026, with the article’s 分类处置', () => {
  it('a project a little behind: 限期整改', () => {
    const r = annualReview(
      {
        investment: { amountYi: 10, byOn: '2026-06-30' },
        startOn: '2025-03-01',
        produceOn: '2026-09-30',
        fullOutputYear: 2027,
        outputYi: 20,
        taxWan: 3000,
      },
      { startedOn: '2025-02-20', producingOn: null },
      [{ year: 2026, investedYi: 8, outputYi: 3, taxWan: 100 }],
      2026,
    );
    expect(r.reviews.map((x) => [x.promise, x.verdict, x.shortfall, x.text])).toEqual([
      ['INVESTMENT', 'NOT_MET', 0.2, '累计投资应达 10 亿元，实际 8 亿元，差 20%'],
      ['START', 'MET', null, '约定 2025-03-01 开工，2025-02-20 已开工'],
      ['PRODUCE', 'NOT_MET', 92, '约定 2026-09-30 投产，至年末仍未投产（逾期 92 天）'],
      ['OUTPUT', 'NOT_DUE', null, '未到达产年份'],
      ['TAX', 'NOT_DUE', null, '未到达产年份'],
    ]);
    expect(r.disposals).toEqual([ReviewDisposal.RECTIFY]);
  });

  it('never started two and a half years on: 收回土地, and the missing investment: 核减用地', () => {
    const r = annualReview(
      { investment: { amountYi: 5, byOn: '2025-12-31' }, startOn: '2024-06-30' },
      { startedOn: null },
      [{ year: 2026, investedYi: 1, outputYi: 0, taxWan: 0 }],
      2026,
    );
    expect(r.reviews.find((x) => x.promise === 'START')).toMatchObject({ verdict: 'NOT_MET', shortfall: 914 });
    expect(r.reviews.find((x) => x.promise === 'INVESTMENT')).toMatchObject({ shortfall: 0.8 });
    expect(r.disposals).toEqual([ReviewDisposal.RECLAIM_LAND, ReviewDisposal.REDUCE_LAND]);
  });

  it('at 达产: output far short is 追究违约责任, tax a little short 限期整改; an unreported year is never a pass', () => {
    const promises = { fullOutputYear: 2026, outputYi: 20, taxWan: 3000 };
    const r = annualReview(promises, {}, [{ year: 2026, investedYi: 0, outputYi: 8, taxWan: 2400 }], 2026);
    expect(r.reviews.map((x) => [x.promise, x.shortfall])).toEqual([
      ['OUTPUT', 0.6],
      ['TAX', 0.2],
    ]);
    expect(r.disposals).toEqual([ReviewDisposal.HOLD_LIABLE, ReviewDisposal.RECTIFY]);
    const silent = annualReview(promises, {}, [{ year: 2025, investedYi: 0, outputYi: 30, taxWan: 5000 }], 2026);
    expect(silent.reviews.map((x) => x.verdict)).toEqual(['NO_REPORT', 'NO_REPORT']);
    expect(silent.reviews[0].text).toBe('年产值应达 20 亿元，未报送本年度数据');
    expect(silent.disposals).toEqual([ReviewDisposal.RECTIFY]);
  });
});

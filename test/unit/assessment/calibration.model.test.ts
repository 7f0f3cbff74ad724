import { DEFAULT_ASSESSMENT_RULES, PART_KEYS, PartKey } from '../../../src/domain/assessment.model';
import { calibrate, CalibrationCase, outcomesOf } from '../../../src/domain/calibration.model';

const shares = (v: number, over: Partial<Record<PartKey, number>> = {}): Record<PartKey, number> =>
  ({ ...Object.fromEntries(PART_KEYS.map((k) => [k, v])), ...over }) as Record<PartKey, number>;

function c(score: number, over: Partial<CalibrationCase> = {}): CalibrationCase {
  return {
    score,
    vetoed: false,
    shares: shares(1),
    weights: { ...DEFAULT_ASSESSMENT_RULES.weights },
    signedOn: '2022-01-01',
    agreedStartOn: '2022-07-01',
    startedOn: null,
    defaultedOn: null,
    ...over,
  };
}

describe('评分校准 (calibration), worked by hand', () => {
  it('counts 履约 among the starts that fell due, 违约 and 开工 among all, and the median days to start', () => {
    const cases = [
      c(90, { startedOn: '2022-03-02' }), // 60 days, on time: kept
      c(85, { startedOn: '2022-09-28' }), // 270 days, late: not kept
      c(82, { defaultedOn: '2022-10-01' }), // due, never started, defaulted
      c(81, { agreedStartOn: '2023-06-01' }), // not yet due on 2022-12-15: outside 履约率
    ];
    const g = outcomesOf(cases, '2022-12-15', 365, '≥ 80 分', null);
    expect(g).toEqual({
      group: '≥ 80 分',
      part: null,
      count: 4,
      vetoed: 0,
      keptRate: 0.333, // 1 of the 3 due
      defaultRate: 0.25,
      startRate: 0.5,
      medianDaysToStart: 165, // (60 + 270) / 2
    });
  });

  it('outcomes after the day are not known yet; with no agreed day a start is due a year after signing', () => {
    const late = c(70, { agreedStartOn: null, startedOn: '2023-02-01', defaultedOn: null });
    const g = outcomesOf([late], '2022-12-15', 365, 'x', null);
    expect([g.keptRate, g.startRate, g.medianDaysToStart]).toEqual([null, 0, null]); // due 2023-01-01, after the day
    const g2 = outcomesOf([late], '2023-03-01', 365, 'x', null);
    expect([g2.keptRate, g2.startRate]).toEqual([0, 1]); // due 2023-01-01, started a month late
  });

  it('groups by band and by each part’s strong and weak half', () => {
    const cases = [
      c(85, { startedOn: '2022-03-01' }),
      c(70, { startedOn: '2022-05-01', shares: shares(1, { taxPerMu: 0.2 }) }),
      c(40, { defaultedOn: '2022-09-01', vetoed: true, shares: shares(0.3) }),
    ];
    const t = calibrate(cases, '2022-12-15', DEFAULT_ASSESSMENT_RULES);
    expect(t.byBand.map((r) => [r.group, r.count, r.vetoed, r.defaultRate])).toEqual([
      ['≥ 80 分', 1, 0, 0],
      ['60–80 分', 1, 0, 0],
      ['< 60 分', 1, 1, 1],
    ]);
    const tax = t.byPart.filter((r) => r.part === '亩均税收');
    expect(tax.map((r) => [r.group, r.count, r.startRate])).toEqual([
      ['得分过半', 1, 1],
      ['得分不足一半', 2, 0.5],
    ]);
    expect(t.byPart).toHaveLength(13 * 2);
  });
});

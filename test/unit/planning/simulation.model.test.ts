import { DEFAULT_ANALYSIS_CONFIG } from '../../../src/domain/analysis-config';
import { LinkMetrics, LinkStatus } from '../../../src/domain/gaps.model';
import { Landing, simulateLanding } from '../../../src/domain/simulation.model';

const C = DEFAULT_ANALYSIS_CONFIG.gaps;
/** The chain of gaps.scoring.test.ts: E→A→B→C, D→C; local firms in A (链主), C and D. */
function chain(): LinkMetrics[] {
  const base = {
    industryCode: 'T',
    industryName: '测试链',
    stage: 'MIDSTREAM',
    demandFirms: 0,
    purchasedYi: 0,
    purchasedLocalYi: 0,
    projects: [],
  };
  return [
    {
      ...base,
      code: 'A',
      name: '甲',
      importance: 0.8,
      core: false,
      upstream: ['E'],
      downstream: ['B'],
      demand: 0,
      producers: [{ uscc: 'L1', name: 'L1', revenueYi: 20, chainLeader: true, evidence: 'STRONG' }],
    },
    {
      ...base,
      code: 'B',
      name: '乙',
      importance: 1.0,
      core: true,
      upstream: ['A'],
      downstream: ['C'],
      demand: 0.8,
      producers: [],
      purchasedYi: 2,
      purchasedLocalYi: 0,
    },
    {
      ...base,
      code: 'C',
      name: '丙',
      importance: 0.6,
      core: false,
      upstream: ['B', 'D'],
      downstream: [],
      demand: 0,
      producers: [{ uscc: 'L2', name: 'L2', revenueYi: 5, chainLeader: false, evidence: 'MEDIUM' }],
    },
    {
      ...base,
      code: 'D',
      name: '丁',
      importance: 0.5,
      core: false,
      upstream: [],
      downstream: ['C'],
      demand: 0.5,
      producers: [{ uscc: 'L3', name: 'L3', revenueYi: 0.5, chainLeader: false, evidence: 'WEAK' }],
      purchasedYi: 4,
      purchasedLocalYi: 1,
    },
    { ...base, code: 'E', name: '戊', importance: 0.4, core: false, upstream: [], downstream: ['A'], demand: 0.5, producers: [] },
  ];
}
const FLOWS = new Map([
  ['E>A', 0.5],
  ['A>B', 0.9],
  ['B>C', 0.8],
  ['D>C', 0.5],
]);

describe('simulateLanding (pure): the chain if these firms landed', () => {
  // X2 makes B (MEDIUM, 10亿) and already sells L2 2亿 of B; Y makes E (STRONG, 15亿).
  const landings: Landing[] = [
    {
      uscc: 'X2',
      name: '目标二',
      revenueYi: 10,
      chainLeader: false,
      links: [{ code: 'B', evidence: 'MEDIUM' }],
      sells: [{ linkCode: 'B', valueYi: 2 }],
      buys: [],
    },
    { uscc: 'Y', name: '目标Y', revenueYi: 15, chainLeader: false, links: [{ code: 'E', evidence: 'STRONG' }], sells: [], buys: [] },
  ];
  const r = simulateLanding(chain(), landings, FLOWS, C);
  const at = (gaps: typeof r.before, code: string): Record<string, unknown> => {
    const g = gaps.find((x) => x.metrics.code === code)!;
    return { status: g.status, severity: g.severity, grade: g.grade };
  };

  it('turns the broken link B into a weak one, worked out by hand', () => {
    expect(at(r.before, 'B')).toEqual({ status: LinkStatus.BROKEN, severity: 80, grade: 'URGENT' });
    // presence 0.6 × min(1, 10/10) = 0.6 < 1 → WEAK; its 2亿 to L2 is now local: supply rate 1;
    // severity 100 × 1 × max(core 0.5, 0.8/4) × max(1 − 0.6/3, 1 − 1) = 40.
    expect(at(r.after, 'B')).toEqual({ status: LinkStatus.WEAK, severity: 40, grade: 'IMPORTANT' });
  });

  it('closes the missing link E and counts the new demand upstream', () => {
    expect(at(r.after, 'E')).toEqual({ status: LinkStatus.ADEQUATE, severity: 0, grade: null }); // presence 1, one solid producer
    expect(r.closed).toEqual(['E']);
    expect(r.after.find((g) => g.metrics.code === 'A')!.metrics.demand).toBe(0.9); // X2 in B now buys from A
  });

  it('raises the chain’s local supply rate: 1 ÷ 6 before, (1 + 2) ÷ 6 after', () => {
    expect(r.supplyRate).toEqual([{ industryCode: 'T', before: 0.1667, after: 0.5 }]);
  });

  it('changes nothing for an empty landing', () => {
    const none = simulateLanding(chain(), [], FLOWS, C);
    expect(none.after.map((g) => [g.status, g.severity])).toEqual(none.before.map((g) => [g.status, g.severity]));
    expect(none.closed).toEqual([]);
  });
});

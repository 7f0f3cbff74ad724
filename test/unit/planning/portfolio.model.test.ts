import {
  GuaranteeKind,
  planPortfolio,
  PortfolioItem,
  PortfolioProblem,
  portfolioValue,
} from '../../../src/modules/planning/portfolio.model';

/**
 * Links A (weight 1.0), B (0.6), C (0.5). q = closure per firm (0.8) × evidence weight (STRONG 1, MEDIUM 0.6).
 *   f1 100亩: A strong (0.8), B medium (0.48)   alone: 0.8 + 0.6·0.48 = 1.088
 *   f2  50亩: A strong (0.8)                     alone: 0.8
 *   f3  40亩: C strong (0.8)                     alone: 0.5·0.8 = 0.4
 *   f4  30亩: B strong (0.8)                     alone: 0.6·0.8 = 0.48
 */
const ITEMS: PortfolioItem[] = [
  {
    key: 'f1',
    landMu: 100,
    tie: 0,
    covers: [
      { link: 'A', q: 0.8 },
      { link: 'B', q: 0.48 },
    ],
  },
  { key: 'f2', landMu: 50, tie: 0, covers: [{ link: 'A', q: 0.8 }] },
  { key: 'f3', landMu: 40, tie: 0, covers: [{ link: 'C', q: 0.8 }] },
  { key: 'f4', landMu: 30, tie: 0, covers: [{ link: 'B', q: 0.8 }] },
];
const WEIGHTS = new Map([
  ['A', 1],
  ['B', 0.6],
  ['C', 0.5],
]);
const problem = (over: Partial<PortfolioProblem>): PortfolioProblem => ({
  items: ITEMS,
  weights: WEIGHTS,
  count: 2,
  budgetMu: null,
  mustInclude: [],
  ...over,
});

/** The best feasible set by trying every subset (the reference the greedy method is held to). */
function exhaustive(p: PortfolioProblem): number {
  let best = 0;
  const n = p.items.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const set = p.items.filter((_, i) => mask & (1 << i));
    if (set.length > p.count || !p.mustInclude.every((k) => set.some((s) => s.key === k))) continue;
    if (p.budgetMu !== null && set.reduce((s, x) => s + x.landMu, 0) > p.budgetMu + 1e-9) continue;
    best = Math.max(best, portfolioValue(set, p.weights));
  }
  return best;
}

describe('planPortfolio (worked by hand)', () => {
  it('count only: picks f1 (1.088), then f3 (0.4 beats f2’s 0.2·0.8 = 0.16 and f4’s 0.6·0.52·0.8 = 0.2496)', () => {
    const r = planPortfolio(problem({}));
    expect(r.picks.map((x) => [x.key, x.gain, x.value])).toEqual(
      [
        ['f1', 1.088],
        ['f3', 0.4],
      ].map(([k, g], i) => [k, g, i === 0 ? 1.088 : 1.488]),
    );
    expect(r.picks[0].links).toEqual([
      { link: 'A', gain: 0.8 },
      { link: 'B', gain: 0.288 },
    ]);
    expect(r.maxValue).toBe(2.1);
    expect(r.coverage).toBe(0.7086); // 1.488 / 2.1
    expect(r.picks.map((x) => x.cumulativeLandMu)).toEqual([100, 140]);
    expect(r.guarantee).toEqual({ kind: GuaranteeKind.CARDINALITY, factor: 0.75 }); // 1 − (1 − 1/2)²
    expect(r.value).toBeCloseTo(exhaustive(problem({})), 9);
  });

  it('a second firm on a filled link is worth less: f2 after f1 adds 0.16, not 0.8', () => {
    const r = planPortfolio(problem({ items: ITEMS.filter((i) => i.key !== 'f3'), count: 2 }));
    expect(r.picks.map((x) => x.key)).toEqual(['f1', 'f4']); // f4: 0.6 × (1 − 0.48) × 0.8 = 0.2496 > 0.16
    expect(r.picks[1].gain).toBe(0.2496);
  });

  it('land only binds: keeps the by-gain-per-亩 run (f2, f4, f3 = 1.68 in 120亩) over by-gain (f1 = 1.088)', () => {
    const p = problem({ count: 3, budgetMu: 120 });
    const r = planPortfolio(p);
    expect(r.method).toBe('GAIN_PER_MU');
    expect(r.picks.map((x) => x.key)).toEqual(['f2', 'f4', 'f3']);
    expect(r.value).toBe(1.68);
    expect(r.landUsedMu).toBe(120);
    expect(r.refusedForLand).toEqual(['f3']);
    expect(r.guarantee).toEqual({ kind: GuaranteeKind.BUDGET, factor: 0.3161 });
    expect(r.value).toBeCloseTo(exhaustive(p), 9);
  });

  it('count and land both bind (130亩, 2 firms): no bound is claimed', () => {
    const p = problem({ count: 2, budgetMu: 130 });
    const r = planPortfolio(p);
    expect(r.picks.map((x) => x.key)).toEqual(['f1', 'f4']);
    expect(r.value).toBe(1.3376);
    expect(r.guarantee).toEqual({ kind: GuaranteeKind.NONE, factor: null });
    expect(r.value).toBeCloseTo(exhaustive(p), 9);
  });

  it('a budget that never refuses a better firm keeps the cardinality bound', () => {
    const r = planPortfolio(problem({ budgetMu: 140 }));
    expect(r.picks.map((x) => x.key)).toEqual(['f1', 'f3']);
    expect(r.guarantee.kind).toBe(GuaranteeKind.CARDINALITY);
  });

  it('must-include firms come first and the rest is chosen given them', () => {
    const r = planPortfolio(problem({ mustInclude: ['f4'] }));
    expect(r.picks.map((x) => [x.key, x.forced, x.gain])).toEqual([
      ['f4', true, 0.48],
      ['f1', false, 0.8576],
    ]); // 0.8 + 0.6·0.2·0.48
    expect(r.guarantee).toEqual({ kind: GuaranteeKind.CARDINALITY, factor: 1 }); // one free pick: greedy is exact
  });

  it('stops when nothing adds value', () => {
    const r = planPortfolio(problem({ count: 10, items: ITEMS.slice(1, 3) }));
    expect(r.picks.map((x) => x.key)).toEqual(['f2', 'f3']);
    expect(r.coverage).toBe(0.5714); // 1.2 / 2.1
  });
});

describe('planPortfolio against the exhaustive best on random small graphs', () => {
  // A fixed-seed generator: the instances are the same on every run.
  let seed = 20261129;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const ratios: number[] = [];
  for (let t = 0; t < 300; t++) {
    const links = ['L1', 'L2', 'L3', 'L4', 'L5'];
    const weights = new Map(links.map((l) => [l, Math.round(rand() * 100) / 100]));
    const items = Array.from({ length: 8 }, (_, i) => ({
      key: `e${i}`,
      landMu: 10 + Math.floor(rand() * 90),
      tie: 0,
      covers: links.filter(() => rand() < 0.35).map((link) => ({ link, q: [0.24, 0.48, 0.8][Math.floor(rand() * 3)] })),
    }));
    const budgetMu = rand() < 0.5 ? null : 60 + Math.floor(rand() * 200);
    const p: PortfolioProblem = { items, weights, count: 1 + Math.floor(rand() * 4), budgetMu, mustInclude: [] };
    const r = planPortfolio(p);
    const opt = exhaustive(p);
    it(`instance ${t}: feasible, never above the best, and at least its stated bound`, () => {
      expect(r.picks.length).toBeLessThanOrEqual(p.count);
      if (budgetMu !== null) expect(r.landUsedMu).toBeLessThanOrEqual(budgetMu);
      expect(r.value).toBeLessThanOrEqual(opt + 1e-4);
      if (r.guarantee.factor !== null) expect(r.value).toBeGreaterThanOrEqual(r.guarantee.factor * opt - 1e-4);
    });
    ratios.push(opt > 0 ? r.value / opt : 1);
  }
  it('on these instances the greedy pick reaches on average at least 95% of the best', () => {
    expect(ratios.reduce((s, x) => s + x, 0) / ratios.length).toBeGreaterThanOrEqual(0.95);
  });
});

import { DEFAULT_ANALYSIS_CONFIG, RankingWeights } from '../../../src/modules/analysis/analysis.config';
import { composeScore, COMPONENT_ORDER, pathStrength, RawWarmPath, WarmPathKind } from '../../../src/modules/analysis/ranking.scoring';

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
      const weights = Object.fromEntries(COMPONENT_ORDER.map((k) => [k, next() < 0.2 ? 0 : Math.round(next() * 1000) / 100])) as unknown as RankingWeights;
      if (COMPONENT_ORDER.every((k) => weights[k] === 0)) weights.gapFit = 1;
      const raws = Object.fromEntries(COMPONENT_ORDER.map((k) => [k, Math.round(next() * 10000) / 10000])) as Record<keyof RankingWeights, number>;
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
  const path = (kind: WarmPathKind, hops: number, facts: Record<string, unknown> = {}): RawWarmPath => ({ uscc: 'X', kind, hops, nodes: [], rels: [], facts });

  it('prefers shorter and stronger paths', () => {
    expect(pathStrength(path(WarmPathKind.NATIVE_CHAMBER_EXEC, 2, { role: 'VICE_PRESIDENT', title: '董事长' }), R)).toBe(0.85);
    expect(pathStrength(path(WarmPathKind.NATIVE_EXEC, 2, { title: '董事长' }), R)).toBe(0.765);
    expect(pathStrength(path(WarmPathKind.NATIVE_EXEC, 2, { title: '总经理' }), R)).toBe(0.6885);
    expect(pathStrength(path(WarmPathKind.CHAMBER_EXEC, 2, { role: 'MEMBER', title: '董事长' }), R)).toBe(0.612);
    expect(pathStrength(path(WarmPathKind.SUPPLIES_LOCAL, 1), R)).toBe(0.75);
    expect(pathStrength(path(WarmPathKind.CHAMBER_IN_CITY, 2), R)).toBe(0.425);
  });
});

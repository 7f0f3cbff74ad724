import type { GapConfig } from './analysis-config';
import { chainSupplyRate, diagnoseChains, GAP_STATUSES, groupBy, LinkGap, LinkMetrics } from './gaps.model';

/** A firm that would land: what it makes, and its trade with local firms (which would become local trade). */
export interface Landing {
  uscc: string;
  name: string;
  revenueYi: number | null;
  chainLeader: boolean;
  links: Array<{ code: string; evidence: 'STRONG' | 'MEDIUM' | 'WEAK' }>;
  /** What it sells to local firms, by the link of the product. */
  sells: Array<{ linkCode: string | null; valueYi: number | null }>;
  /** What it buys from local firms, by the link of the product. */
  buys: Array<{ linkCode: string | null; valueYi: number | null }>;
}

export interface SimulationResult {
  before: LinkGap[];
  after: LinkGap[];
  supplyRate: Array<{ industryCode: string; before: number | null; after: number | null }>;
  /** Links that were gaps and would not be. */
  closed: string[];
}

/**
 * The chains as they would be if these firms landed (nothing is written). Each firm becomes a local
 * producer of its links; what it sells to local firms becomes local supply; what it buys from them
 * becomes local purchases of a local firm; and it adds local demand upstream of its links, as any
 * local producer does (cypher/analysis/link-metrics.cypher). Pure.
 */
export function simulateLanding(metrics: LinkMetrics[], landings: Landing[], flows: Map<string, number>, c: GapConfig): SimulationResult {
  const after = metrics.map((m) => {
    const here = landings.filter((f) => f.links.some((l) => l.code === m.code));
    const producers = [
      ...m.producers,
      ...here
        .filter((f) => !m.producers.some((p) => p.uscc === f.uscc))
        .map((f) => ({
          uscc: f.uscc,
          name: f.name,
          revenueYi: f.revenueYi,
          chainLeader: f.chainLeader,
          evidence: f.links.find((l) => l.code === m.code)!.evidence,
        })),
    ];
    const value = (xs: Landing['sells']): number => xs.filter((x) => x.linkCode === m.code).reduce((s, x) => s + (x.valueYi ?? 0), 0);
    const soldHere = landings.reduce((s, f) => s + value(f.sells), 0);
    const boughtHere = landings.reduce((s, f) => s + value(f.buys), 0);
    // Demand: every landing firm in a link this one supplies counts like a local firm there.
    let demand = m.demand;
    let demandFirms = m.demandFirms;
    for (const d of m.downstream) {
      const n = landings.filter((f) => f.links.some((l) => l.code === d)).length;
      demand += n * (flows.get(`${m.code}>${d}`) ?? 0);
      demandFirms += n;
    }
    return {
      ...m,
      producers,
      demand: Math.round(demand * 10000) / 10000,
      demandFirms,
      purchasedYi: Math.round((m.purchasedYi + boughtHere) * 10000) / 10000,
      purchasedLocalYi: Math.round((m.purchasedLocalYi + soldHere + boughtHere) * 10000) / 10000,
    };
  });
  const before = diagnoseChains(metrics, c);
  const afterGaps = diagnoseChains(after, c);
  const industries = [...groupBy(metrics, (m) => m.industryCode).keys()].sort();
  const supplyRate = industries.map((industryCode) => ({
    industryCode,
    before: chainSupplyRate(before.filter((g) => g.metrics.industryCode === industryCode)),
    after: chainSupplyRate(afterGaps.filter((g) => g.metrics.industryCode === industryCode)),
  }));
  const afterByCode = new Map(afterGaps.map((g) => [g.metrics.code, g]));
  const closed = before
    .filter((g) => GAP_STATUSES.has(g.status) && !GAP_STATUSES.has(afterByCode.get(g.metrics.code)!.status))
    .map((g) => g.metrics.code);
  return { before, after: afterGaps, supplyRate, closed };
}

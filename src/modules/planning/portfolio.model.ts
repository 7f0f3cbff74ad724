/**
 * The best shortlist within the land we have (planPortfolio): pure, no I/O.
 *
 * Objective: each weighted link g (a gap, a strong link, an extension) is closed by the picked firms
 * with probability 1 − Π(1 − q_ig), where q_ig is how much one firm closes it (closure per firm ×
 * its evidence weight there). The value of a set S is Σ_g w_g · (1 − Π_{i∈S}(1 − q_ig)): a gap already
 * filled is worth less the second time. This function is monotone and submodular (a weighted
 * probabilistic coverage), which is what the greedy guarantees below rest on.
 */

export interface PortfolioItem {
  key: string;
  /** Land the firm is estimated to need (亩). */
  landMu: number;
  /** Breaks ties between equal gains (higher first), then the key. */
  tie: number;
  /** The weighted links this firm would close, and how much of each (0–1). */
  covers: Array<{ link: string; q: number }>;
}

export interface PortfolioProblem {
  items: PortfolioItem[];
  /** Weight of each link in the objective (links not here are worth nothing). */
  weights: Map<string, number>;
  count: number;
  /** Land budget (亩); null for no land limit. */
  budgetMu: number | null;
  /** Keys picked first, in this order (they count against count and budget). */
  mustInclude: string[];
}

export interface GreedyPick {
  key: string;
  forced: boolean;
  /** Value this pick adds given those before it (marginal gain). */
  gain: number;
  /** Value of the picks so far, and as a share of the value of closing every weighted link fully. */
  value: number;
  coverage: number;
  landMu: number;
  cumulativeLandMu: number;
  /** Where its gain comes from, largest first. */
  links: Array<{ link: string; gain: number }>;
}

export enum GuaranteeKind {
  /** Only the count binds: greedy ≥ 1 − (1 − 1/k)^k ≥ 1 − 1/e of the best k picks (Nemhauser, Wolsey, Fisher 1978). */
  CARDINALITY = 'CARDINALITY',
  /** Only the land binds: the better of the by-gain and by-gain-per-亩 greedy runs ≥ ½(1 − 1/e) of the best within the land (Khuller, Moss, Naor 1999; Leskovec et al. 2007). */
  BUDGET = 'BUDGET',
  /** Count and land both bind: no bound is proved for this method. */
  NONE = 'NONE',
}

export interface PortfolioResult {
  picks: GreedyPick[];
  value: number;
  /** Value of every weighted link closed fully (Σ w). */
  maxValue: number;
  coverage: number;
  landUsedMu: number;
  /** Which greedy run the picks come from. */
  method: 'GAIN' | 'GAIN_PER_MU';
  guarantee: { kind: GuaranteeKind; factor: number | null };
  /** Firms the by-gain run would have picked next but for the land. */
  refusedForLand: string[];
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const r1 = (x: number): number => Math.round(x * 10) / 10;

/** Σ_g w_g · (1 − Π(1 − q)) for a set of items. */
export function portfolioValue(items: PortfolioItem[], weights: Map<string, number>): number {
  const open = new Map<string, number>();
  for (const it of items) for (const c of it.covers) open.set(c.link, (open.get(c.link) ?? 1) * (1 - c.q));
  let v = 0;
  for (const [link, left] of open) v += (weights.get(link) ?? 0) * (1 - left);
  return v;
}

interface Run {
  picks: GreedyPick[];
  value: number;
  land: number;
  /** The budget kept out an item with a larger marginal gain than the one picked. */
  budgetBound: boolean;
  refused: string[];
}

/** One greedy run from the forced picks: each step the fitting item with the best gain (or gain per 亩). */
function greedy(p: PortfolioProblem, perMu: boolean, maxValue: number): Run {
  const open = new Map<string, number>(); // link → Π(1 − q) so far
  const gainOf = (it: PortfolioItem): Array<{ link: string; gain: number }> =>
    it.covers.map((c) => ({ link: c.link, gain: (p.weights.get(c.link) ?? 0) * (open.get(c.link) ?? 1) * c.q })).filter((g) => g.gain > 0);
  const take = (it: PortfolioItem, forced: boolean, run: Run): void => {
    const links = gainOf(it).sort((a, b) => b.gain - a.gain || a.link.localeCompare(b.link));
    const gain = links.reduce((s, l) => s + l.gain, 0);
    for (const c of it.covers) open.set(c.link, (open.get(c.link) ?? 1) * (1 - c.q));
    run.value += gain;
    run.land += it.landMu;
    run.picks.push({
      key: it.key,
      forced,
      gain: r4(gain),
      value: r4(run.value),
      coverage: maxValue > 0 ? r4(run.value / maxValue) : 0,
      landMu: it.landMu,
      cumulativeLandMu: r1(run.land),
      links: links.map((l) => ({ link: l.link, gain: r4(l.gain) })),
    });
  };
  const run: Run = { picks: [], value: 0, land: 0, budgetBound: false, refused: [] };
  const byKey = new Map(p.items.map((it) => [it.key, it]));
  for (const k of p.mustInclude) take(byKey.get(k)!, true, run);
  const left = p.items.filter((it) => !p.mustInclude.includes(it.key));
  while (run.picks.length < p.count) {
    let best: { it: PortfolioItem; gain: number; key: number } | null = null;
    let bestAny: { it: PortfolioItem; gain: number } | null = null;
    for (const it of left) {
      const gain = gainOf(it).reduce((s, g) => s + g.gain, 0);
      if (gain <= 1e-12) continue;
      if (!bestAny || gain > bestAny.gain + 1e-12) bestAny = { it, gain };
      if (p.budgetMu !== null && run.land + it.landMu > p.budgetMu + 1e-9) continue;
      const key = perMu ? gain / Math.max(it.landMu, 1e-9) : gain;
      const better =
        !best ||
        key > best.key + 1e-12 ||
        (Math.abs(key - best.key) <= 1e-12 && (it.tie > best.it.tie || (it.tie === best.it.tie && it.key < best.it.key)));
      if (better) best = { it, gain, key };
    }
    if (!best) {
      // Something still adds value, but nothing left fits the land.
      if (bestAny && !perMu) {
        run.budgetBound = true;
        run.refused.push(bestAny.it.key);
      }
      break;
    }
    if (!perMu && bestAny && bestAny.gain > best.gain + 1e-12) {
      run.budgetBound = true;
      run.refused.push(bestAny.it.key);
    }
    take(best.it, false, run);
    left.splice(left.indexOf(best.it), 1);
  }
  return run;
}

/** Could the land hold more free picks than the count allows? (If not, the count never binds.) */
function countCanBind(p: PortfolioProblem, forcedLand: number): boolean {
  const free = p.count - p.mustInclude.length;
  if (p.budgetMu === null) return true;
  const lands = p.items
    .filter((it) => !p.mustInclude.includes(it.key))
    .map((it) => it.landMu)
    .sort((a, b) => a - b);
  if (lands.length <= free) return false;
  return forcedLand + lands.slice(0, free + 1).reduce((s, x) => s + x, 0) <= p.budgetMu + 1e-9;
}

/**
 * Greedy portfolio with the guarantee that holds for this instance. Without a binding land budget it
 * is the classic greedy (bound 1 − (1 − 1/k)^k over the k free picks). When the land binds and the
 * count cannot, it also runs greedy by gain per 亩 and keeps the better run (bound ½(1 − 1/e)). When
 * both bind it says no bound is proved.
 */
export function planPortfolio(p: PortfolioProblem): PortfolioResult {
  const maxValue = [...p.weights.values()].reduce((s, w) => s + w, 0);
  const byGain = greedy(p, false, maxValue);
  const free = p.count - p.mustInclude.length;
  const forcedLand = byGain.picks.filter((x) => x.forced).reduce((s, x) => s + x.landMu, 0);
  let run = byGain;
  let method: PortfolioResult['method'] = 'GAIN';
  let guarantee: PortfolioResult['guarantee'];
  if (!byGain.budgetBound) {
    // Same picks as with no land limit, whose optimum is at least the optimum within the land.
    guarantee =
      free > 0
        ? { kind: GuaranteeKind.CARDINALITY, factor: r4(1 - (1 - 1 / free) ** free) }
        : { kind: GuaranteeKind.CARDINALITY, factor: 1 };
  } else if (!countCanBind(p, forcedLand)) {
    const perMu = greedy(p, true, maxValue);
    if (perMu.value > byGain.value + 1e-12) {
      run = perMu;
      method = 'GAIN_PER_MU';
    }
    guarantee = { kind: GuaranteeKind.BUDGET, factor: r4(0.5 * (1 - 1 / Math.E)) };
  } else {
    guarantee = { kind: GuaranteeKind.NONE, factor: null };
  }
  return {
    picks: run.picks,
    value: r4(run.value),
    maxValue: r4(maxValue),
    coverage: maxValue > 0 ? r4(run.value / maxValue) : 0,
    landUsedMu: r1(run.land),
    method,
    guarantee,
    refusedForLand: [...new Set(byGain.refused)],
  };
}

/** The guarantee in words a planning session can repeat; the formula stays in the schema's description. */
export const GUARANTEE_ZH: Record<GuaranteeKind, string> = {
  CARDINALITY: '只限家数时可以证明：这份名单补上的缺口，至少达到同样家数下最好名单的六成以上（约 63%），实际通常接近最好名单',
  BUDGET: '只限用地时可以证明：这份名单补上的缺口，至少达到同样用地下最好名单的三成（约 32%），实际通常高得多',
  NONE: '家数和用地同时受限时没有可证明的下限：名单是较好的近似，请结合实际复核',
};

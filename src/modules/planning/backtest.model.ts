/**
 * The backtest (回测): the graph as it stood on a day, and how a ranked order did against the firms
 * that signed afterwards. Pure, no I/O; docs/ranking.md explains how to read it.
 */
export { candidatesAsOf, metricsAsOf, projectAsOf } from '../../graph/as-of';

export interface OrderScore {
  /** Firms in the first k that signed (for the random baseline, the expected number). */
  hits: number;
  /** hits ÷ k. */
  precision: number;
  /** hits ÷ the firms in the pool that signed; null when none did. */
  recall: number | null;
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

/** How an order did: the signers among its first k. */
export function scoreOrder(order: string[], signed: ReadonlySet<string>, k: number): OrderScore {
  const positives = order.filter((u) => signed.has(u)).length;
  const hits = order.slice(0, k).filter((u) => signed.has(u)).length;
  return { hits, precision: r4(hits / k), recall: positives > 0 ? r4(hits / positives) : null };
}

/** What picking k of n at random gets on average when p of them signed (hypergeometric mean). */
export function randomBaseline(n: number, p: number, k: number): OrderScore {
  const take = Math.min(k, n);
  const hits = n > 0 ? (take * p) / n : 0;
  return { hits: r4(hits), precision: r4(hits / k), recall: p > 0 ? r4(hits / p) : null };
}

/**
 * The backtest (回测): the graph as it stood on a day, and how a ranked order did against the firms
 * that signed afterwards. Pure, no I/O; docs/ranking.md explains how to read it.
 */
import { stageOn } from '../../domain/project-stage';
import type { CandidateRow, LinkMetricsRow } from '../../graph/chain-facts.queries';

/**
 * A project as it stood on `asOf`: its stage then (the latest stage entered by that day), or null
 * when it had entered none yet. A project with no stage dates at all is taken as it is (undated).
 */
export function projectAsOf<P extends { stage: string }>(p: P, asOf: string): P | null {
  const stage = stageOn(p, asOf);
  return stage === null ? null : stage === p.stage ? p : { ...p, stage };
}

const known = (on: string | null | undefined, asOf: string): boolean => !on || on <= asOf;

/** Link metrics with the pipeline as it stood on `asOf` (projects not yet entered are left out). */
export function metricsAsOf(rows: LinkMetricsRow[], asOf: string): LinkMetricsRow[] {
  return rows.map((r) => ({ ...r, projects: r.projects.flatMap((p) => projectAsOf(p, asOf) ?? []) }));
}

/**
 * Target candidates as they stood on `asOf`: firms added to the library later are left out, intent
 * signals dated later are off, and their projects are as of that day. Undated facts are taken as known.
 */
export function candidatesAsOf(rows: CandidateRow[], asOf: string): CandidateRow[] {
  return rows
    .filter((r) => known(r.target.targetSince, asOf))
    .map((r) => ({
      ...r,
      target: {
        ...r.target,
        expansionPlan: r.target.expansionPlan === true && known(r.target.expansionPlanOn, asOf),
        recentFinancing: r.target.recentFinancing === true && known(r.target.recentFinancingOn, asOf),
      },
      pipeline: r.pipeline.flatMap((p) => projectAsOf(p, asOf) ?? []),
    }));
}

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

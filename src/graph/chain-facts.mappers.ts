import type { CandidateRow, ParkFactRow } from './chain-facts.queries';
import type { Candidate, ParkInfo } from '../domain/ranking.model';

/** Row adapters: database rows (analysis.queries.ts) into the inputs of the pure scoring functions. */

export function toCandidate(r: CandidateRow): Candidate {
  const t = r.target;
  return {
    uscc: t.uscc,
    name: t.name,
    revenueYi: t.revenueYi,
    // A flag that is not recorded counts as not set: unverified data earns nothing.
    fortune500: t.fortune500 === true,
    chainLeader: t.chainLeader === true,
    specialized: t.specialized === true,
    highTech: t.highTech === true,
    expansionPlan: t.expansionPlan === true,
    recentFinancing: t.recentFinancing === true,
    cityName: r.cityName,
    links: r.links,
    pipeline: [...r.pipeline]
      .sort((a, b) => b.amountYi - a.amountYi || a.id.localeCompare(b.id))
      .map((p) => ({ id: p.id, name: p.name, stage: p.stage, amountYi: p.amountYi })),
  };
}

export function toParkInfo(r: ParkFactRow): ParkInfo {
  return { id: r.park.id, name: r.park.name, availableLandMu: r.park.availableLandMu ?? 0, industries: r.industries, links: r.links };
}

/** Flow strength between links, keyed `${from}>${to}`. */
export function toFlowMap(rows: Array<{ fromCode: string; toCode: string; strength: number }>): Map<string, number> {
  return new Map(rows.map((f) => [`${f.fromCode}>${f.toCode}`, f.strength]));
}

export function toThemeMap(rows: Array<{ code: string; themes: string[] }>): Map<string, string[]> {
  return new Map(rows.map((t) => [t.code, t.themes]));
}

/** Investment intensity (万元/亩) by industry code, for the chains that record it. */
export function toIntensityMap(rows: Array<{ code: string; investmentPerMuWan: number | null }>): Map<string, number> {
  return new Map(rows.filter((r) => r.investmentPerMuWan !== null && r.investmentPerMuWan > 0).map((r) => [r.code, r.investmentPerMuWan!]));
}

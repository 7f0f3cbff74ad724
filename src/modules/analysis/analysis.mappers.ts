import { LINK_STATUS_ZH, LinkGap, LinkStatus, SEVERITY_ZH } from './gaps.scoring';
import type { ChainGapResult, RankResult } from './analysis.service';
import type { FilledLink as ScoredFilledLink, RankedTarget as ScoredTarget, WarmPath as ScoredPath } from './ranking.scoring';
import type { ChainGapReport, FilledLink, LinkGapReport, RankedTarget, TargetRanking, WarmPath } from './analysis.type';
import type { ChainLink, Industry } from '../industry/industry.type';
import type { Enterprise } from '../enterprise/enterprise.type';
import type { Park } from '../park/park.type';

/** Shapes the pure analysis results into the GraphQL types. */
export function toLinkGapReport(g: LinkGap): LinkGapReport {
  return {
    link: (g.metrics.link ?? { code: g.metrics.code, name: g.metrics.name, stage: g.metrics.stage, importance: g.metrics.importance, core: g.metrics.core }) as unknown as ChainLink,
    status: g.status,
    statusLabel: LINK_STATUS_ZH[g.status],
    severity: g.severity,
    grade: g.grade,
    gradeLabel: g.grade ? SEVERITY_ZH[g.grade] : null,
    presence: g.presence,
    localProducers: g.metrics.producers.length,
    solidProducers: g.solidProducers,
    chainLeaders: g.chainLeaders,
    localDemand: g.metrics.demand,
    demandFactor: g.demandFactor,
    deficit: g.deficit,
    localSupplyRate: g.localSupplyRate,
    purchasedYi: g.metrics.purchasedYi,
    purchasedLocalYi: g.metrics.purchasedLocalYi,
    localUpstream: g.localUpstream,
    localDownstream: g.localDownstream,
    producers: g.metrics.producers.map((p) => ({ ...p, chainLeader: p.chainLeader === true })) as LinkGapReport['producers'],
  };
}

export function toChainGapReport(r: ChainGapResult, industry: Industry): ChainGapReport {
  const counts = new Map<LinkStatus, number>();
  for (const g of r.gaps) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  return {
    industry,
    localSupplyRate: r.localSupplyRate,
    statusCounts: Object.values(LinkStatus).map((status) => ({ status, label: LINK_STATUS_ZH[status], count: counts.get(status) ?? 0 })),
    links: r.gaps.map(toLinkGapReport),
  };
}

export function toWarmPath(p: ScoredPath): WarmPath {
  return {
    kind: p.kind,
    hops: p.hops,
    strength: p.strength,
    description: p.description,
    nodes: p.nodes,
    relationships: p.rels,
  };
}

function toFilledLink(f: ScoredFilledLink, linkOf: (code: string) => ChainLink): FilledLink {
  return {
    link: linkOf(f.gap.metrics.code),
    status: f.gap.status,
    statusLabel: LINK_STATUS_ZH[f.gap.status],
    severity: f.gap.severity,
    grade: f.gap.grade,
    via: f.via ? linkOf(f.via.code) : null,
  };
}

export function toRankedTarget(t: ScoredTarget, linkOf: (code: string) => ChainLink): RankedTarget {
  return {
    rank: t.rank,
    score: t.score,
    components: t.components,
    enterprise: (t.candidate.properties ?? t.candidate) as unknown as Enterprise,
    filledLinks: t.filledLinks.map((f) => toFilledLink(f, linkOf)),
    warmPaths: t.warmPaths.map(toWarmPath),
    suggestedParks: t.suggestedParks.map((s) => ({ park: (s.park.properties ?? s.park) as unknown as Park, fit: s.fit, positionedFor: s.positionedFor })),
    reasons: t.reasons,
  };
}

export function toTargetRanking(r: RankResult, linkOf: (code: string) => ChainLink): TargetRanking {
  return {
    mode: r.mode,
    industryCode: r.industryCode,
    weights: r.weights,
    landNeedMu: r.landNeedMu,
    totalCount: r.totalCount,
    edges: r.edges.map((e) => ({ cursor: e.cursor, node: toRankedTarget(e.node, linkOf) })),
    pageInfo: r.pageInfo,
  };
}

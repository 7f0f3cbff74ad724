import { Evidence, MEMBER_ROLE_ZH, MemberRole } from '../../domain/enums';
import { LINK_STATUS_ZH, LinkGap, LinkStatus, SEVERITY_ZH } from './gaps.scoring';
import type { ChainGapResult, Lookups, RankResult } from './analysis.service';
import type { FilledLink as ScoredFilledLink, RankedTarget as ScoredTarget, WarmPath as ScoredPath } from './ranking.scoring';
import type { ChainGapReport, FilledLink, LinkGapReport, RankedTarget, TargetRanking, WarmPath } from './analysis.type';
import type { ChainLink, Industry } from '../industry/industry.type';

/** Shapes the pure analysis results into the GraphQL types. */
export function toLinkGapReport(g: LinkGap, linkOf: (code: string) => ChainLink): LinkGapReport {
  return {
    link: linkOf(g.metrics.code),
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

export function toChainGapReport(r: ChainGapResult, industry: Industry, linkOf: (code: string) => ChainLink): ChainGapReport {
  const counts = new Map<LinkStatus, number>();
  for (const g of r.gaps) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  return {
    industry,
    localSupplyRate: r.localSupplyRate,
    statusCounts: Object.values(LinkStatus).map((status) => ({ status, label: LINK_STATUS_ZH[status], count: counts.get(status) ?? 0 })),
    links: r.gaps.map((g) => toLinkGapReport(g, linkOf)),
  };
}

export function toWarmPath(p: ScoredPath): WarmPath {
  return {
    kind: p.kind,
    hops: p.hops,
    strength: p.strength,
    description: p.description,
    nodes: p.nodes,
    // Roles read in Chinese where people see them; the code stays beside it for front-ends.
    relationships: p.rels.map((r) => {
      const role = r.type === 'MEMBER_OF' && r.detail && r.detail in MEMBER_ROLE_ZH ? (r.detail as MemberRole) : null;
      return { ...r, detail: role ? MEMBER_ROLE_ZH[role] : r.detail, role };
    }),
  };
}

function toFilledLink(f: ScoredFilledLink, linkOf: (code: string) => ChainLink): FilledLink {
  return {
    link: linkOf(f.gap.metrics.code),
    status: f.gap.status,
    statusLabel: LINK_STATUS_ZH[f.gap.status],
    severity: f.gap.severity,
    grade: f.gap.grade,
    evidence: f.evidence as Evidence,
    products: f.products ?? null,
    unverified: f.unverified,
    via: f.via ? linkOf(f.via.code) : null,
    direction: f.via?.direction ?? null,
  };
}

export function toRankedTarget(t: ScoredTarget, lookups: Lookups): RankedTarget {
  return {
    rank: t.rank,
    score: t.score,
    components: t.components,
    enterprise: lookups.enterprise(t.candidate.uscc),
    filledLinks: t.filledLinks.map((f) => toFilledLink(f, lookups.link)),
    warmPaths: t.warmPaths.map(toWarmPath),
    suggestedParks: t.suggestedParks.map((s) => ({ park: lookups.park(s.park.id), fit: s.fit, positionedFor: s.positionedFor })),
    reasons: t.reasons,
  };
}

export function toTargetRanking(r: RankResult): TargetRanking {
  return {
    mode: r.mode,
    industryCode: r.industryCode,
    weights: r.weights,
    landNeedMu: r.landNeedMu,
    totalCount: r.totalCount,
    edges: r.edges.map((e) => ({ cursor: e.cursor, node: toRankedTarget(e.node, r.lookups) })),
    pageInfo: r.pageInfo,
  };
}

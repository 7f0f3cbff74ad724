import { Evidence, MEMBER_ROLE_ZH, MemberRole } from '../../domain/enums';
import { PROJECT_STAGE_ZH, ProjectStage } from '../../domain/project-stage';
import type { GapConfig } from '../../domain/analysis-config';
import {
  LINK_STATUS_ZH,
  LinkGap,
  LinkStatus,
  PIPELINE_EFFECT_ZH,
  PipelineEffect,
  pipelineEffect,
  SEVERITY_ZH,
} from '../../domain/gaps.model';
import type { Project } from '../../graph/project.type';
import type { ChainGapResult, Lookups, RankResult } from './analysis.service';
import { introducerSentence, LAND_NEED_BASIS_ZH } from '../../domain/ranking.model';
import type { FilledGap as ScoredFilledLink, ScoredTarget as ScoredTarget, ScoredPath as ScoredPath } from '../../domain/ranking.model';
import type { ChainGapReport, FilledLink, LinkGapReport, RankedTarget, TargetRanking, WarmPath } from './analysis.type';
import type { ChainLink, Industry } from '../../graph/industry.type';

/** Looks up nodes the API shows in full: links by code, projects by id. */
export interface NodeLookups {
  link: (code: string) => ChainLink;
  project: (id: string) => Project;
}

/** The pipeline in one sentence a planner reads beside the status. */
export function pipelineNote(g: LinkGap, c: GapConfig): string | null {
  if (g.metrics.projects.length === 0) return null;
  const by = (e: PipelineEffect): number => g.metrics.projects.filter((p) => pipelineEffect(p.stage, c) === e).length;
  const parts = [
    by(PipelineEffect.PRESENCE) > 0 ? `${by(PipelineEffect.PRESENCE)}个已投产（计入本地产能）` : '',
    by(PipelineEffect.IN_PROGRESS) > 0
      ? `${by(PipelineEffect.IN_PROGRESS)}个推进中${g.status === LinkStatus.FILLING ? `（补链中，紧迫度按进度下调${Math.round(g.pipelineCredit * 100)}%）` : ''}`
      : '',
    by(PipelineEffect.PROSPECT) > 0 ? `${by(PipelineEffect.PROSPECT)}个策划或对接中（不计）` : '',
    by(PipelineEffect.NONE) > 0 ? `${by(PipelineEffect.NONE)}个违约或退库（不计）` : '',
  ].filter(Boolean);
  // The largest project under way, named with its stage and investment (its capacity is not recorded).
  const lead = g.metrics.projects.find((p) => pipelineEffect(p.stage, c) === PipelineEffect.IN_PROGRESS);
  const leadText = lead
    ? `；最大在建「${lead.name}」（${PROJECT_STAGE_ZH[lead.stage as ProjectStage] ?? lead.stage}，${lead.amountYi}亿元）`
    : '';
  return `补链项目${g.metrics.projects.length}个：${parts.join('，')}${leadText}`;
}

/** Shapes the pure analysis results into the GraphQL types. */
export function toLinkGapReport(g: LinkGap, nodes: NodeLookups, c: GapConfig): LinkGapReport {
  return {
    link: nodes.link(g.metrics.code),
    status: g.status,
    statusLabel: LINK_STATUS_ZH[g.status],
    statusWithoutPipeline: g.baseStatus,
    severity: g.severity,
    pipelineCredit: g.pipelineCredit,
    pipelineNote: pipelineNote(g, c),
    projects: g.metrics.projects.map((p) => {
      const effect = pipelineEffect(p.stage, c);
      const credit =
        effect === PipelineEffect.IN_PROGRESS && g.status === LinkStatus.FILLING
          ? c.pipelineCredit[p.stage as keyof GapConfig['pipelineCredit']]
          : 0;
      return {
        project: nodes.project(p.id),
        stage: p.stage as ProjectStage,
        stageLabel: PROJECT_STAGE_ZH[p.stage as ProjectStage] ?? p.stage,
        effect,
        effectLabel: PIPELINE_EFFECT_ZH[effect],
        credit,
      };
    }),
    grade: g.grade,
    gradeLabel: g.grade ? SEVERITY_ZH[g.grade] : null,
    presence: g.presence,
    localProducers: g.producers.length,
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
    producers: g.producers.map((p) => ({
      ...p,
      chainLeader: p.chainLeader === true,
      projectId: p.projectId ?? null,
    })) as LinkGapReport['producers'],
  };
}

export function toChainGapReport(r: ChainGapResult, industry: Industry, nodes: NodeLookups, c: GapConfig): ChainGapReport {
  const counts = new Map<LinkStatus, number>();
  for (const g of r.gaps) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  return {
    industry,
    localSupplyRate: r.localSupplyRate,
    statusCounts: Object.values(LinkStatus).map((status) => ({ status, label: LINK_STATUS_ZH[status], count: counts.get(status) ?? 0 })),
    links: r.gaps.map((g) => toLinkGapReport(g, nodes, c)),
  };
}

export function toWarmPath(p: ScoredPath): WarmPath {
  return {
    kind: p.kind,
    hops: p.hops,
    strength: p.strength,
    description: p.description,
    introducer: introducerSentence(p),
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

export function toRankedTarget(t: ScoredTarget, lookups: Lookups, question: string): RankedTarget {
  return {
    id: `RankedTarget:${question}:${t.candidate.uscc}`,
    rank: t.rank,
    score: t.score,
    components: t.components,
    enterprise: lookups.enterprise(t.candidate.uscc),
    filledLinks: t.filledLinks.map((f) => toFilledLink(f, lookups.link)),
    warmPaths: t.warmPaths.map(toWarmPath),
    suggestedParks: t.suggestedParks.map((s) => ({ park: lookups.park(s.park.id), fit: s.fit, positionedFor: s.positionedFor })),
    duplicates: t.duplicates.map((d) => lookups.enterprise(d.uscc)),
    landNeed: { ...t.landNeed, basisLabel: LAND_NEED_BASIS_ZH[t.landNeed.basis] },
    pipeline: (t.candidate.pipeline ?? []).map((p) => ({
      project: lookups.project(p.id),
      stage: p.stage as ProjectStage,
      stageLabel: PROJECT_STAGE_ZH[p.stage as ProjectStage] ?? p.stage,
    })),
    reasons: t.reasons,
  };
}

export function toTargetRanking(r: RankResult): TargetRanking {
  return {
    mode: r.mode,
    industryCode: r.industryCode,
    weights: r.weights,
    landNeedMu: r.landNeedMu ?? null,
    totalCount: r.totalCount,
    edges: r.edges.map((e) => ({ cursor: e.cursor, node: toRankedTarget(e.node, r.lookups, `${r.mode}:${r.industryCode ?? 'ALL'}`) })),
    pageInfo: r.pageInfo,
  };
}

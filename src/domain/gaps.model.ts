import type { GapConfig } from './analysis-config';
import { isStage, ProjectStage, PROSPECT_STAGES } from './project-stage';

/** Status of a chain link in the local economy. */
export enum LinkStatus {
  /** 缺链: no local producer although there is local demand or the link is core */
  MISSING = 'MISSING',
  /** 断链: local firms upstream and downstream, none in between */
  BROKEN = 'BROKEN',
  /** 弱链: present but small, weakly evidenced, or locally sourced below the threshold */
  WEAK = 'WEAK',
  /** 稳链: present, neither weak nor strong */
  ADEQUATE = 'ADEQUATE',
  /** 强链: a chain leader or several solid producers, and sourced locally enough */
  STRONG = 'STRONG',
  /** 空白: no local producer and no local need for one (not a gap) */
  ABSENT = 'ABSENT',
  /** 补链中: a gap (缺链/断链/弱链) that a signed project, not yet producing, is filling */
  FILLING = 'FILLING',
}
export const LINK_STATUS_ZH: Record<LinkStatus, string> = {
  MISSING: '缺链',
  BROKEN: '断链',
  WEAK: '弱链',
  ADEQUATE: '稳链',
  STRONG: '强链',
  ABSENT: '空白',
  FILLING: '补链中',
};
/** Statuses that are gaps: a link being filled stays a gap, at a lower severity, until its project produces. */
export const GAP_STATUSES: ReadonlySet<LinkStatus> = new Set([LinkStatus.MISSING, LinkStatus.BROKEN, LinkStatus.WEAK, LinkStatus.FILLING]);

/** What a project does to the diagnosis of the link it fills (FILLS), by its stage. */
export enum PipelineEffect {
  /** 投产: counts as a local producer */
  PRESENCE = 'PRESENCE',
  /** 签约…开工: under way; a gap it fills is FILLING (补链中), its severity lowered by the stage's credit */
  IN_PROGRESS = 'IN_PROGRESS',
  /** 策划/对接: a prospect, named but not counted */
  PROSPECT = 'PROSPECT',
  /** 违约/退库: not counted */
  NONE = 'NONE',
}
export const PIPELINE_EFFECT_ZH: Record<PipelineEffect, string> = {
  PRESENCE: '计入本地产能',
  IN_PROGRESS: '推进中',
  PROSPECT: '储备，不计',
  NONE: '不计',
};

export enum SeverityGrade {
  URGENT = 'URGENT',
  IMPORTANT = 'IMPORTANT',
  NORMAL = 'NORMAL',
}
export const SEVERITY_ZH: Record<SeverityGrade, string> = { URGENT: '紧急', IMPORTANT: '重要', NORMAL: '一般' };

export interface Producer {
  uscc: string;
  name: string;
  revenueYi: number | null;
  chainLeader: boolean;
  evidence: 'STRONG' | 'MEDIUM' | 'WEAK';
  /** Set when the producer is a producing project (投产项目) rather than a recorded local firm. */
  projectId?: string;
}

/** A project that fills the link (Project-[:FILLS]->ChainLink), with its investor when recorded. */
export interface FillingProject {
  id: string;
  name: string;
  stage: string;
  amountYi: number;
  investorUscc: string | null;
  investorName: string | null;
}

/** What the database says about one link (cypher/analysis/link-metrics.cypher). */
export interface LinkMetrics {
  industryCode: string;
  industryName: string;
  code: string;
  name: string;
  stage: string;
  importance: number;
  core: boolean;
  producers: Producer[];
  demand: number;
  demandFirms: number;
  purchasedYi: number;
  purchasedLocalYi: number;
  upstream: string[];
  downstream: string[];
  /** Projects filling the link, largest first (withdrawn ones included: the report says they do not count). */
  projects: FillingProject[];
}

export interface LinkGap {
  metrics: LinkMetrics;
  status: LinkStatus;
  /** The status the local firms alone give, before the pipeline (differs from status only for FILLING). */
  baseStatus: LinkStatus;
  /** Producers counted: the local firms plus producing projects whose investor is not already one. */
  producers: Producer[];
  /** Share of the gap the pipeline is taken to close (the best filling project's stage credit), 0–1. */
  pipelineCredit: number;
  /** Active projects filling the gap (signed, not yet producing), largest first. */
  fillingProjects: FillingProject[];
  /** Σ evidence weight × size of local producers. */
  presence: number;
  solidProducers: number;
  chainLeaders: number;
  /** 本地配套率 of this link: local share of what local firms buy of it; null without purchases. */
  localSupplyRate: number | null;
  localUpstream: boolean;
  localDownstream: boolean;
  demandFactor: number;
  deficit: number;
  /** 0–100; 0 for links that are not gaps. */
  severity: number;
  grade: SeverityGrade | null;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export function producerWeight(p: Producer, c: GapConfig): number {
  const scale = Math.min(1, Math.max(c.minScale, (p.revenueYi ?? 0) / c.scaleRevenueYi));
  return c.evidenceWeight[p.evidence] * scale;
}

export function gradeOf(severity: number, c: GapConfig): SeverityGrade {
  if (severity >= c.grades.urgent) return SeverityGrade.URGENT;
  if (severity >= c.grades.important) return SeverityGrade.IMPORTANT;
  return SeverityGrade.NORMAL;
}

/** What a project at this stage does to the diagnosis of the link it fills. */
export function pipelineEffect(stage: string, c: GapConfig): PipelineEffect {
  if (isStage(stage) && stage === ProjectStage.PRODUCING) return PipelineEffect.PRESENCE;
  if (stage in c.pipelineCredit) return PipelineEffect.IN_PROGRESS;
  if ((PROSPECT_STAGES as readonly string[]).includes(stage)) return PipelineEffect.PROSPECT;
  return PipelineEffect.NONE;
}

/**
 * Local producers of a link: the recorded local firms, plus each producing project (投产) whose
 * investor is not one of them already. A producing project counts with STRONG evidence (it was
 * built for the link) and its investment as its size: the plant's own output is not recorded.
 */
function producersWithPipeline(m: LinkMetrics, c: GapConfig): Producer[] {
  const known = new Set(m.producers.map((p) => p.uscc));
  const fromProjects = m.projects
    .filter((p) => pipelineEffect(p.stage, c) === PipelineEffect.PRESENCE && !(p.investorUscc && known.has(p.investorUscc)))
    .map((p) => ({
      uscc: p.investorUscc ?? p.id,
      name: p.investorName ?? p.name,
      revenueYi: p.amountYi,
      chainLeader: false,
      evidence: 'STRONG' as const,
      projectId: p.id,
    }));
  return [...m.producers, ...fromProjects];
}

function baseStatusOf(
  m: LinkMetrics,
  producers: Producer[],
  s: { presence: number; solid: number; leaders: number; lowRate: boolean; up: boolean; down: boolean },
  c: GapConfig,
): LinkStatus {
  if (producers.length === 0) {
    if (s.up && s.down) return LinkStatus.BROKEN;
    return m.demand > 0 || m.core ? LinkStatus.MISSING : LinkStatus.ABSENT;
  }
  if ((s.leaders > 0 || s.solid >= c.strongMinSolid) && !s.lowRate) return LinkStatus.STRONG;
  if (s.presence < c.weakPresence || producers.every((p) => p.evidence === 'WEAK') || s.lowRate) return LinkStatus.WEAK;
  return LinkStatus.ADEQUATE;
}

/**
 * Classifies every link of the given chains and grades its gap. Pure: the same metrics and config
 * always give the same answer. `links` must hold every link the up/downstream lists refer to.
 * The campaign's own pipeline counts: producing projects are local presence, and a gap that signed
 * projects are filling is FILLING (补链中) with its severity lowered by the best project's stage credit.
 */
export function analyseLinks(links: LinkMetrics[], c: GapConfig): LinkGap[] {
  const producersOf = new Map(links.map((l) => [l.code, producersWithPipeline(l, c)]));
  const hasProducer = (code: string): boolean => (producersOf.get(code)?.length ?? 0) > 0;
  return links.map((m) => {
    const producers = producersOf.get(m.code)!;
    const presence = round(
      producers.reduce((s, p) => s + producerWeight(p, c), 0),
      4,
    );
    const solidProducers = producers.filter((p) => p.evidence !== 'WEAK' && (p.revenueYi ?? 0) >= c.solidMinRevenueYi).length;
    const chainLeaders = producers.filter((p) => p.chainLeader).length;
    const localSupplyRate = m.purchasedYi > 0 ? round(m.purchasedLocalYi / m.purchasedYi, 4) : null;
    const localUpstream = m.upstream.some(hasProducer);
    const localDownstream = m.downstream.some(hasProducer);
    const lowRate = localSupplyRate !== null && localSupplyRate < c.weakSupplyRate;
    const baseStatus = baseStatusOf(
      m,
      producers,
      { presence, solid: solidProducers, leaders: chainLeaders, lowRate, up: localUpstream, down: localDownstream },
      c,
    );

    const floor = Math.max(
      m.core ? c.coreDemandFloor : 0,
      m.downstream.length === 0 ? c.endLinkDemandFloor : 0,
      baseStatus === LinkStatus.BROKEN ? c.brokenDemandFloor : 0,
    );
    const demandFactor = round(Math.max(floor, Math.min(1, m.demand / c.demandSaturation)), 4);
    let deficit = 0;
    if (baseStatus === LinkStatus.MISSING || baseStatus === LinkStatus.BROKEN) deficit = 1;
    if (baseStatus === LinkStatus.WEAK) {
      deficit = round(clamp01(Math.max(1 - presence / c.fullPresence, localSupplyRate === null ? 0 : 1 - localSupplyRate)), 4);
    }
    const isGap = GAP_STATUSES.has(baseStatus);
    const fillingProjects = isGap ? m.projects.filter((p) => pipelineEffect(p.stage, c) === PipelineEffect.IN_PROGRESS) : [];
    const pipelineCredit = Math.max(0, ...fillingProjects.map((p) => c.pipelineCredit[p.stage as keyof GapConfig['pipelineCredit']]));
    const status = fillingProjects.length > 0 ? LinkStatus.FILLING : baseStatus;
    const severity = isGap ? Math.round(100 * m.importance * demandFactor * deficit * (1 - pipelineCredit)) : 0;
    return {
      metrics: m,
      status,
      baseStatus,
      producers,
      pipelineCredit,
      fillingProjects,
      presence,
      solidProducers,
      chainLeaders,
      localSupplyRate,
      localUpstream,
      localDownstream,
      demandFactor,
      deficit,
      severity,
      grade: isGap ? gradeOf(severity, c) : null,
    };
  });
}

/**
 * Every link of every chain given, diagnosed chain by chain: a link's status depends on its own
 * chain's up- and downstream, so links are grouped by industry before analyseLinks.
 */
export function diagnoseChains(links: LinkMetrics[], c: GapConfig): LinkGap[] {
  return [...groupBy(links, (l) => l.industryCode).values()].flatMap((chain) => analyseLinks(chain, c));
}

/** Items grouped by a key (a chain's code, a firm's USCC), in first-seen order. */
export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** 本地配套率 of a whole chain: local share of everything local firms buy for it (null without purchases). */
export function chainSupplyRate(gaps: LinkGap[]): number | null {
  const total = gaps.reduce((s, g) => s + g.metrics.purchasedYi, 0);
  const local = gaps.reduce((s, g) => s + g.metrics.purchasedLocalYi, 0);
  return total > 0 ? round(local / total, 4) : null;
}

/** How a link's diagnosis moved over a period (期间变化), for the 招商通报. */
export enum GapChangeKind {
  CLOSED = 'CLOSED',
  FILLING = 'FILLING',
  OPENED = 'OPENED',
  OTHER = 'OTHER',
}
export const GAP_CHANGE_ZH: Record<GapChangeKind, string> = {
  CLOSED: '补上缺口',
  FILLING: '开始补链',
  OPENED: '新出现缺口',
  OTHER: '状态变化',
};
const OPEN_GAPS: ReadonlySet<LinkStatus> = new Set([LinkStatus.MISSING, LinkStatus.BROKEN, LinkStatus.WEAK]);
const CHANGE_ORDER = [GapChangeKind.CLOSED, GapChangeKind.FILLING, GapChangeKind.OPENED, GapChangeKind.OTHER];

/**
 * The links whose status differs between two diagnoses (the day before a period and its last day):
 * closed (a gap, 补链中 included, now 稳链/强链), filling (an open gap now 补链中), opened (not a gap
 * before, one now), other. Closed first, then by chain and link code.
 */
export function gapChanges(before: LinkGap[], after: LinkGap[]): Array<{ before: LinkGap; after: LinkGap; kind: GapChangeKind }> {
  const prior = new Map(before.map((g) => [g.metrics.code, g]));
  const kindOf = (b: LinkStatus, a: LinkStatus): GapChangeKind =>
    GAP_STATUSES.has(b) && !GAP_STATUSES.has(a) && a !== LinkStatus.ABSENT
      ? GapChangeKind.CLOSED
      : OPEN_GAPS.has(b) && a === LinkStatus.FILLING
        ? GapChangeKind.FILLING
        : !GAP_STATUSES.has(b) && GAP_STATUSES.has(a)
          ? GapChangeKind.OPENED
          : GapChangeKind.OTHER;
  return after
    .flatMap((a) => {
      const b = prior.get(a.metrics.code);
      return b && b.status !== a.status ? [{ before: b, after: a, kind: kindOf(b.status, a.status) }] : [];
    })
    .sort(
      (x, y) =>
        CHANGE_ORDER.indexOf(x.kind) - CHANGE_ORDER.indexOf(y.kind) ||
        x.after.metrics.industryCode.localeCompare(y.after.metrics.industryCode) ||
        x.after.metrics.code.localeCompare(y.after.metrics.code),
    );
}

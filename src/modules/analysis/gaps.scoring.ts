import type { GapConfig } from './analysis.config';

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
}
export const LINK_STATUS_ZH: Record<LinkStatus, string> = {
  MISSING: '缺链',
  BROKEN: '断链',
  WEAK: '弱链',
  ADEQUATE: '稳链',
  STRONG: '强链',
  ABSENT: '空白',
};
export const GAP_STATUSES: ReadonlySet<LinkStatus> = new Set([LinkStatus.MISSING, LinkStatus.BROKEN, LinkStatus.WEAK]);

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
}

export interface LinkGap {
  metrics: LinkMetrics;
  status: LinkStatus;
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

/**
 * Classifies every link of the given chains and grades its gap. Pure: the same metrics and config
 * always give the same answer. `links` must hold every link the up/downstream lists refer to.
 */
export function analyseLinks(links: LinkMetrics[], c: GapConfig): LinkGap[] {
  const hasProducer = new Map(links.map((l) => [l.code, l.producers.length > 0]));
  return links.map((m) => {
    const presence = round(
      m.producers.reduce((s, p) => s + producerWeight(p, c), 0),
      4,
    );
    const solidProducers = m.producers.filter((p) => p.evidence !== 'WEAK' && (p.revenueYi ?? 0) >= c.solidMinRevenueYi).length;
    const chainLeaders = m.producers.filter((p) => p.chainLeader).length;
    const localSupplyRate = m.purchasedYi > 0 ? round(m.purchasedLocalYi / m.purchasedYi, 4) : null;
    const localUpstream = m.upstream.some((u) => hasProducer.get(u));
    const localDownstream = m.downstream.some((d) => hasProducer.get(d));
    const lowRate = localSupplyRate !== null && localSupplyRate < c.weakSupplyRate;

    let status: LinkStatus;
    if (m.producers.length === 0) {
      if (localUpstream && localDownstream) status = LinkStatus.BROKEN;
      else if (m.demand > 0 || m.core) status = LinkStatus.MISSING;
      else status = LinkStatus.ABSENT;
    } else if ((chainLeaders > 0 || solidProducers >= c.strongMinSolid) && !lowRate) {
      status = LinkStatus.STRONG;
    } else if (presence < c.weakPresence || m.producers.every((p) => p.evidence === 'WEAK') || lowRate) {
      status = LinkStatus.WEAK;
    } else {
      status = LinkStatus.ADEQUATE;
    }

    const floor = Math.max(
      m.core ? c.coreDemandFloor : 0,
      m.downstream.length === 0 ? c.endLinkDemandFloor : 0,
      status === LinkStatus.BROKEN ? c.brokenDemandFloor : 0,
    );
    const demandFactor = round(Math.max(floor, Math.min(1, m.demand / c.demandSaturation)), 4);
    let deficit = 0;
    if (status === LinkStatus.MISSING || status === LinkStatus.BROKEN) deficit = 1;
    if (status === LinkStatus.WEAK) {
      deficit = round(clamp01(Math.max(1 - presence / c.fullPresence, localSupplyRate === null ? 0 : 1 - localSupplyRate)), 4);
    }
    const isGap = GAP_STATUSES.has(status);
    const severity = isGap ? Math.round(100 * m.importance * demandFactor * deficit) : 0;
    return {
      metrics: m,
      status,
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

/** 本地配套率 of a whole chain: local share of everything local firms buy for it (null without purchases). */
export function chainSupplyRate(gaps: LinkGap[]): number | null {
  const total = gaps.reduce((s, g) => s + g.metrics.purchasedYi, 0);
  const local = gaps.reduce((s, g) => s + g.metrics.purchasedLocalYi, 0);
  return total > 0 ? round(local / total, 4) : null;
}

import { MEMBER_ROLE_ZH, MemberRole } from './enums';
import { LAND_PENDING_STAGES, PROJECT_STAGE_ZH, ProjectStage } from './project-stage';
import type { GapConfig, RankingConfig, RankingWeights } from './analysis-config';
import { GAP_STATUSES, LINK_STATUS_ZH, LinkGap, LinkStatus, SEVERITY_ZH } from './gaps.model';

/** FILL 补链, STRENGTHEN 强链, EXTEND 延链. */
export enum RankingMode {
  FILL = 'FILL',
  STRENGTHEN = 'STRENGTHEN',
  EXTEND = 'EXTEND',
}

export type ComponentName = keyof RankingWeights;
export const COMPONENT_ORDER: ComponentName[] = ['gapFit', 'capability', 'affinity', 'parkFit', 'intent', 'priorityTheme'];
export const COMPONENT_ZH: Record<ComponentName, string> = {
  gapFit: '补链匹配度',
  capability: '企业实力',
  affinity: '以商招商关系',
  parkFit: '园区承载',
  intent: '投资意向',
  priorityTheme: '产业风口',
};

export interface Candidate {
  uscc: string;
  name: string;
  revenueYi: number | null;
  fortune500: boolean;
  chainLeader: boolean;
  specialized: boolean;
  highTech: boolean;
  expansionPlan: boolean;
  recentFinancing: boolean;
  cityName: string | null;
  links: Array<{ code: string; evidence: 'STRONG' | 'MEDIUM' | 'WEAK'; industryCode: string; products?: string | null }>;
  /** Its projects already in the campaign's pipeline (not withdrawn), largest first. */
  pipeline?: PipelineEntry[];
}

/** A project a candidate already invests in. */
export interface PipelineEntry {
  id: string;
  name: string;
  stage: string;
  amountYi: number;
}

/** Kinds of warm path, strongest first (cypher/analysis/warm-paths.cypher returns these names). */
export enum WarmPathKind {
  NATIVE_CHAMBER_EXEC = 'NATIVE_CHAMBER_EXEC',
  NATIVE_EXEC = 'NATIVE_EXEC',
  CHAMBER_EXEC = 'CHAMBER_EXEC',
  /** 引荐人: an officer of the executive's chamber who runs a local firm */
  CHAMBER_OFFICER = 'CHAMBER_OFFICER',
  SUPPLIES_LOCAL = 'SUPPLIES_LOCAL',
  /** 引荐人: the chairman of the local firm it trades with */
  PARTNER_CHAIR = 'PARTNER_CHAIR',
  TEAM_FOLLOWS = 'TEAM_FOLLOWS',
  CHAMBER_IN_CITY = 'CHAMBER_IN_CITY',
  /** 引荐人: an officer of the Nan'an chamber in its city who runs a local firm */
  CITY_CHAMBER_OFFICER = 'CITY_CHAMBER_OFFICER',
}

export interface PathStep {
  label: string;
  key: string;
  name: string;
}
export interface PathRel {
  type: string;
  from: string;
  to: string;
  detail: string | null;
}
/** What a path's sentence cites (cypher/analysis/warm-paths.cypher); which are set depends on the kind. */
export interface PathFacts {
  person?: string;
  title?: string;
  chamber?: string | null;
  role?: string | null;
  local?: string;
  sells?: boolean;
  valueYi?: number;
  team?: string;
  city?: string;
  /** The person who can make the introduction (引荐人), their chamber role and their title in the local firm. */
  introducer?: string;
  introducerRole?: string | null;
  introducerTitle?: string | null;
}
/** A warm path as the database returns it (cypher/analysis/warm-paths.cypher). */
export interface WarmPathRow {
  uscc: string;
  kind: WarmPathKind;
  nodes: PathStep[];
  rels: PathRel[];
  facts: PathFacts;
}
export interface RawWarmPath extends WarmPathRow {
  /** The relationships on the path, from the firm to its Nan'an anchor. */
  hops: number;
}

/** A path's hops are its relationships: counted, never declared. */
export function withHops(row: WarmPathRow): RawWarmPath {
  return { ...row, hops: row.rels.length };
}
export interface ScoredPath extends RawWarmPath {
  strength: number;
  description: string;
}

export interface ParkInfo {
  id: string;
  name: string;
  availableLandMu: number;
  industries: string[];
  links: string[];
}
export interface ParkFit {
  park: ParkInfo;
  /** 1 positioned for the link with enough land, 0.7 for the industry with enough land, 0.3 positioned but short of land. */
  fit: number;
  positionedFor: string;
}

/** Where an EXTEND link lies relative to the strong link it extends. */
export enum ExtendDirection {
  /** it supplies the strong link (上游) */
  UPSTREAM = 'UPSTREAM',
  /** the strong link supplies it (下游) */
  DOWNSTREAM = 'DOWNSTREAM',
}
export const EXTEND_DIRECTION_ZH: Record<ExtendDirection, string> = { UPSTREAM: '上游', DOWNSTREAM: '下游' };

export interface FilledGap {
  gap: LinkGap;
  /** How we know the firm works in this link, and what it makes there when recorded. */
  evidence: 'STRONG' | 'MEDIUM' | 'WEAK';
  products?: string | null;
  /** Below the evidence floor: ranked only because no candidate has better evidence for this gap (需核实). */
  unverified: boolean;
  /** Why this link counts in this mode (for EXTEND: the strong link it extends, and which side of it this link is on). */
  via?: { code: string; name: string; direction: ExtendDirection; flow: number; partners: number };
}

export interface Component {
  name: ComponentName;
  label: string;
  /** Weight as given (before normalising). */
  weight: number;
  /** Raw value, 0–1. */
  raw: number;
  /** weight / Σweights × raw × 100, rounded to 4 decimals; the contributions add up to the score. */
  contribution: number;
}

/** Where a firm's land estimate comes from. */
export enum LandNeedBasis {
  /** the request gave one land need for every firm */
  REQUEST = 'REQUEST',
  /** its largest project in the pipeline: investment ÷ the chain's investment intensity */
  PROJECT = 'PROJECT',
  /** a share of its revenue as the investment of a new base ÷ the chain's investment intensity */
  REVENUE = 'REVENUE',
  /** nothing known: the configured default, flagged */
  DEFAULT = 'DEFAULT',
}
export const LAND_NEED_BASIS_ZH: Record<LandNeedBasis, string> = {
  REQUEST: '按查询给定',
  PROJECT: '按在库项目投资额估算',
  REVENUE: '按营收估算',
  DEFAULT: '营收未知，按默认值，需核实',
};

/** How much land (亩) a firm's project is expected to need, and from what. */
export interface LandEstimate {
  mu: number;
  basis: LandNeedBasis;
  /** The investment the estimate assumes (亿元); null for REQUEST and DEFAULT. */
  investmentYi: number | null;
  /** The investment intensity used (万元/亩); null for REQUEST and DEFAULT. */
  intensityWanPerMu: number | null;
}

export interface ScoredTarget {
  rank: number;
  score: number;
  candidate: Candidate;
  components: Component[];
  filledLinks: FilledGap[];
  warmPaths: ScoredPath[];
  suggestedParks: ParkFit[];
  landNeed: LandEstimate;
  /** Other records of the same firm (probable duplicates), merged into this row. */
  duplicates: Candidate[];
  reasons: string[];
}

export interface RankingInputs {
  mode: RankingMode;
  /** When given, only these links, or links in these statuses, count for any firm. */
  onlyLinks?: ReadonlySet<string>;
  onlyStatuses?: ReadonlySet<LinkStatus>;
  /** Leave out candidates already investing in a project of the pipeline. */
  excludeInPipeline?: boolean;
  /** Groups of records that are probably one firm, keyed by every member (src/domain/entity-names.ts). */
  sameFirm?: Map<string, string[]>;
  /** Best evidence any candidate has per link (prepareCandidates fills it in for the evidence floor). */
  bestEvidence?: Map<string, number>;
  weights: RankingWeights;
  candidates: Candidate[];
  gaps: Map<string, LinkGap>;
  /** Flow strength between links: `${from}>${to}` → strength. */
  flows: Map<string, number>;
  themes: Map<string, string[]>;
  parks: ParkInfo[];
  warmPaths: Map<string, RawWarmPath[]>;
  /** One land need for every firm (亩) when the request gives it; otherwise each firm's is estimated. */
  landNeedMu?: number;
  /** Investment intensity (投资强度, 万元/亩) by industry code, where the chain records it. */
  investmentIntensity?: Map<string, number>;
  needsParkFit: boolean;
  gapConfig: GapConfig;
  config: RankingConfig;
}

const UNITS = 10000; // contributions are exact in units of 1e-4
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const r4 = (x: number): number => Math.round(x * UNITS) / UNITS;

/**
 * Strength of each kind of tie before the hop decay. An introducer path (引荐人) carries the tie it
 * extends (the chamber membership, the trade, the chamber in its city) a little stronger, since it
 * names whom to call, and then decays over its extra relationships like any path.
 */
const PATH_BASE: Record<WarmPathKind, number> = {
  NATIVE_CHAMBER_EXEC: 1,
  NATIVE_EXEC: 0.9,
  CHAMBER_EXEC: 0.8,
  CHAMBER_OFFICER: 0.9,
  SUPPLIES_LOCAL: 0.75,
  PARTNER_CHAIR: 0.85,
  TEAM_FOLLOWS: 0.6,
  CHAMBER_IN_CITY: 0.5,
  CITY_CHAMBER_OFFICER: 0.7,
};
const OFFICE_ROLES = new Set(['PRESIDENT', 'EXECUTIVE_VICE_PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL']);

function stageZh(stage: string): string {
  return PROJECT_STAGE_ZH[stage as ProjectStage] ?? stage;
}

function roleZh(role: string | null | undefined): string {
  return MEMBER_ROLE_ZH[role as MemberRole] ?? '会员';
}

/** Strength of one warm path: base by kind × hop decay × (office holder, chair) factors. */
export function pathStrength(p: RawWarmPath, c: RankingConfig): number {
  let s = PATH_BASE[p.kind] * c.hopDecay ** (p.hops - 1);
  const role = p.facts.role;
  if (role) s *= OFFICE_ROLES.has(role) ? 1 : role === 'DIRECTOR' ? 0.95 : 0.9;
  const title = p.facts.title;
  if (title !== undefined && title !== null && title !== '董事长') s *= 0.9;
  return r4(s);
}

/** The Chinese sentence a planner reads for a path. */
export function describePath(p: RawWarmPath): string {
  // Missing facts read as empty text, never as "undefined", in what a planner reads.
  const f = Object.fromEntries(Object.entries(p.facts).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])) as Record<
    keyof PathFacts,
    string
  >;
  switch (p.kind) {
    case WarmPathKind.NATIVE_CHAMBER_EXEC:
      return `${f.title}${f.person}为南安籍，任${f.chamber}${roleZh(f.role)}`;
    case WarmPathKind.NATIVE_EXEC:
      return `${f.title}${f.person}为南安籍`;
    case WarmPathKind.CHAMBER_EXEC:
      return `${f.title}${f.person}任${f.chamber}${roleZh(f.role)}`;
    case WarmPathKind.CHAMBER_OFFICER:
      return `${f.title}${f.person}任${f.chamber}${roleZh(f.role)}；${introducerSentence(p)}`;
    case WarmPathKind.SUPPLIES_LOCAL:
      return tradeSentence(p);
    case WarmPathKind.PARTNER_CHAIR:
      return `${tradeSentence(p)}；${introducerSentence(p)}`;
    case WarmPathKind.TEAM_FOLLOWS:
      return `已由${f.team}跟踪对接`;
    case WarmPathKind.CHAMBER_IN_CITY:
      return `所在地${f.city}设有${f.chamber}`;
    case WarmPathKind.CITY_CHAMBER_OFFICER:
      return `所在地${f.city}设有${f.chamber}；${introducerSentence(p)}`;
  }
}

function tradeSentence(p: RawWarmPath): string {
  const v = p.facts.valueYi ?? '';
  return p.facts.sells ? `向本地企业${p.facts.local}供货（年${v}亿元）` : `从本地企业${p.facts.local}采购（年${v}亿元）`;
}

/** Whom to ask for the introduction (引荐人), when the path names one; null otherwise. */
export function introducerSentence(p: RawWarmPath): string | null {
  const f = p.facts;
  if (!f.introducer) return null;
  if (p.kind === WarmPathKind.PARTNER_CHAIR) return `可请本地企业${f.local}${f.introducerTitle ?? ''}${f.introducer}引荐`;
  return `可请${f.chamber}${roleZh(f.introducerRole)}${f.introducer}（本地企业${f.local}${f.introducerTitle ?? ''}）引荐`;
}

/** Best warm path strength, plus 0.05 for each other distinct path, capped at 1. */
export function affinityOf(paths: ScoredPath[]): number {
  if (paths.length === 0) return 0;
  return r4(clamp01(paths[0].strength + 0.05 * (paths.length - 1)));
}

export function capabilityOf(c: Candidate, cfg: RankingConfig): number {
  const scale = Math.min(1, Math.log10(1 + (c.revenueYi ?? 0)) / Math.log10(1 + cfg.capabilityRevenueYi));
  return r4(0.4 * scale + 0.2 * +c.fortune500 + 0.2 * +c.chainLeader + 0.1 * +c.specialized + 0.1 * +c.highTech);
}

export function intentOf(c: Candidate): number {
  return r4(0.6 * +c.expansionPlan + 0.4 * +c.recentFinancing);
}

/** Parks positioned for the links (or their industries), best fit and most land first. */
export function suggestParks(links: string[], industries: string[], parks: ParkInfo[], landNeedMu: number): ParkFit[] {
  const out: ParkFit[] = [];
  for (const park of parks) {
    const link = links.find((l) => park.links.includes(l));
    const industry = industries.find((i) => park.industries.includes(i));
    if (!link && !industry) continue;
    const enough = park.availableLandMu >= landNeedMu;
    const fit = !enough ? 0.3 : link ? 1 : 0.7;
    out.push({ park, fit, positionedFor: link ?? industry! });
  }
  return out.sort((a, b) => b.fit - a.fit || b.park.availableLandMu - a.park.availableLandMu || a.park.id.localeCompare(b.park.id));
}

/**
 * A firm's land need (亩): the request's when given; else its largest active project's investment, or
 * a share of its revenue (a new base), divided by the chain's investment intensity (投资强度); else the
 * configured default, flagged. Never below the configured minimum.
 */
export function landNeedOf(
  c: Pick<Candidate, 'revenueYi' | 'pipeline'>,
  industryCode: string,
  inp: Pick<RankingInputs, 'landNeedMu' | 'investmentIntensity' | 'config'>,
): LandEstimate {
  if (inp.landNeedMu !== undefined)
    return { mu: inp.landNeedMu, basis: LandNeedBasis.REQUEST, investmentYi: null, intensityWanPerMu: null };
  const cfg = inp.config;
  const intensity = inp.investmentIntensity?.get(industryCode) ?? cfg.defaultInvestmentPerMuWan;
  const project = (c.pipeline ?? []).find((p) => (LAND_PENDING_STAGES as readonly string[]).includes(p.stage) && p.amountYi > 0);
  const estimate = (investmentYi: number, basis: LandNeedBasis): LandEstimate => ({
    mu: Math.max(cfg.minLandNeedMu, Math.round((investmentYi * 10000) / intensity)),
    basis,
    investmentYi: r4(investmentYi),
    intensityWanPerMu: intensity,
  });
  if (project) return estimate(project.amountYi, LandNeedBasis.PROJECT);
  if (c.revenueYi !== null && c.revenueYi > 0) return estimate(c.revenueYi * cfg.newBaseShareOfRevenue, LandNeedBasis.REVENUE);
  return { mu: cfg.defaultLandNeedMu, basis: LandNeedBasis.DEFAULT, investmentYi: null, intensityWanPerMu: null };
}

const EVIDENCE_WEIGHT = (c: GapConfig, e: 'STRONG' | 'MEDIUM' | 'WEAK'): number => c.evidenceWeight[e];

/** A specialist may strengthen a strong link: strong evidence there, and 专精特新, high-tech or a revenue floor. */
function isSpecialist(c: Candidate, evidence: 'STRONG' | 'MEDIUM' | 'WEAK', cfg: RankingConfig): boolean {
  return evidence === 'STRONG' && (c.specialized || c.highTech || (c.revenueYi ?? 0) >= cfg.specialistMinRevenueYi);
}

const EVIDENCE_RANK: Record<'STRONG' | 'MEDIUM' | 'WEAK', number> = { STRONG: 3, MEDIUM: 2, WEAK: 1 };

/**
 * The evidence floor (FILL and EXTEND): a link counts for a firm when its evidence there reaches the
 * floor, or, flagged as unverified, when no candidate has better evidence for that link. Missing or
 * unverified data never earns full marks: gap fit is also scaled by the evidence weight.
 */
function evidenceCheck(
  link: { code: string; evidence: 'STRONG' | 'MEDIUM' | 'WEAK' },
  inp: RankingInputs,
): { counts: boolean; unverified: boolean } {
  const rank = EVIDENCE_RANK[link.evidence];
  if (rank >= EVIDENCE_RANK[inp.config.evidenceFloor]) return { counts: true, unverified: false };
  const best = inp.bestEvidence?.get(link.code) ?? rank;
  return best <= rank ? { counts: true, unverified: true } : { counts: false, unverified: true };
}

/**
 * EXTEND (延链) asks which link one step up- or downstream of a STRONG local link, absent locally,
 * would lengthen the chain: its value is the flow between the two links × how much of the strong
 * link is here to trade with it (presence ÷ full presence, at most 1). Neither the link's
 * importance nor its gap severity counts: that is FILL's question. The best strong neighbour wins.
 */
export function extensionOf(
  gap: LinkGap,
  inp: Pick<RankingInputs, 'gaps' | 'flows' | 'gapConfig'>,
): { value: number; via: NonNullable<FilledGap['via']> } | null {
  // A link that supplies the strong link is its upstream; a link the strong link supplies is its downstream.
  const neighbours = [
    ...gap.metrics.downstream.map((d) => ({
      code: d,
      direction: ExtendDirection.UPSTREAM,
      flow: inp.flows.get(`${gap.metrics.code}>${d}`) ?? 0,
    })),
    ...gap.metrics.upstream.map((u) => ({
      code: u,
      direction: ExtendDirection.DOWNSTREAM,
      flow: inp.flows.get(`${u}>${gap.metrics.code}`) ?? 0,
    })),
  ].flatMap((n) => {
    const strong = inp.gaps.get(n.code);
    if (strong?.status !== LinkStatus.STRONG) return [];
    return [{ ...n, strong, value: r4(n.flow * Math.min(1, strong.presence / inp.gapConfig.fullPresence)) }];
  });
  if (neighbours.length === 0) return null;
  const best = neighbours.sort((a, b) => b.value - a.value || a.code.localeCompare(b.code))[0];
  return {
    value: best.value,
    via: {
      code: best.code,
      name: best.strong.metrics.name,
      direction: best.direction,
      flow: best.flow,
      partners: best.strong.producers.length,
    },
  };
}

/** Which of a candidate's links count in this mode, and the gap-fit value of the best. */
export function gapFitOf(cand: Candidate, inp: RankingInputs): { raw: number; filled: FilledGap[] } {
  const values: Array<{ value: number; filled: FilledGap }> = [];
  const large = cand.chainLeader || (cand.revenueYi ?? 0) >= inp.config.largeRevenueYi;
  for (const l of cand.links) {
    const gap = inp.gaps.get(l.code);
    if (!gap || (inp.onlyLinks && !inp.onlyLinks.has(l.code)) || (inp.onlyStatuses && !inp.onlyStatuses.has(gap.status))) continue;
    const ev = EVIDENCE_WEIGHT(inp.gapConfig, l.evidence);
    const base = { evidence: l.evidence, products: l.products ?? null };
    if (inp.mode === RankingMode.FILL && GAP_STATUSES.has(gap.status)) {
      const check = evidenceCheck(l, inp);
      if (!check.counts) continue;
      values.push({ value: (gap.severity / 100) * ev, filled: { gap, ...base, unverified: check.unverified } });
    } else if (
      inp.mode === RankingMode.STRENGTHEN &&
      gap.status === LinkStatus.STRONG &&
      (large || isSpecialist(cand, l.evidence, inp.config))
    ) {
      values.push({ value: gap.metrics.importance * ev, filled: { gap, ...base, unverified: false } });
    } else if (inp.mode === RankingMode.EXTEND && gap.producers.length === 0) {
      const ext = extensionOf(gap, inp);
      const check = evidenceCheck(l, inp);
      if (!ext || !check.counts) continue;
      values.push({ value: ev * ext.value, filled: { gap, ...base, unverified: check.unverified, via: ext.via } });
    }
  }
  values.sort((a, b) => b.value - a.value || a.filled.gap.metrics.code.localeCompare(b.filled.gap.metrics.code));
  if (values.length === 0) return { raw: 0, filled: [] };
  return { raw: r4(clamp01(values[0].value + 0.1 * (values.length - 1))), filled: values.map((v) => v.filled) };
}

/** Splits 100 points over the components by normalised weight; exact to 1e-4. */
export function composeScore(weights: RankingWeights, raws: Record<ComponentName, number>): { score: number; components: Component[] } {
  const total = COMPONENT_ORDER.reduce((s, k) => s + weights[k], 0);
  const components = COMPONENT_ORDER.map((name) => {
    const units = total > 0 ? Math.round((weights[name] / total) * raws[name] * 100 * UNITS) : 0;
    return { name, label: COMPONENT_ZH[name], weight: weights[name], raw: raws[name], units };
  });
  const scoreUnits = components.reduce((s, c) => s + c.units, 0);
  return {
    score: scoreUnits / UNITS,
    components: components.map(({ units, ...c }) => ({ ...c, contribution: units / UNITS })),
  };
}

/** What the evidence for a link is, in the words a planner checks it by. */
export function evidenceReason(f: Pick<FilledGap, 'evidence' | 'products' | 'unverified'>): string {
  if (f.evidence === 'STRONG') return f.products ? `证据：主营产品「${f.products}」（强证据）` : '证据：产品、专利或认证（强证据）';
  if (f.evidence === 'MEDIUM') return `证据：登记经营范围（中证据）${f.unverified ? '，需核实' : ''}`;
  return '证据：仅名称匹配，需核实';
}

function reasonsFor(t: Omit<ScoredTarget, 'reasons' | 'rank'>, mode: RankingMode, themes: Map<string, string[]>): string[] {
  const out: string[] = [];
  const top = t.filledLinks.slice(0, 2);
  for (const f of top) {
    const g = f.gap;
    const grade = g.grade ? `（${SEVERITY_ZH[g.grade]}）` : '';
    if (mode === RankingMode.FILL && g.status === LinkStatus.FILLING) {
      const p = g.fillingProjects[0];
      out.push(
        `加快补链「${g.metrics.name}」${grade}：已有${g.fillingProjects.length}个项目推进，最大为「${p.name}」（${stageZh(p.stage)}）`,
      );
    } else if (mode === RankingMode.FILL) {
      const verb = g.status === LinkStatus.MISSING ? '填补缺链' : g.status === LinkStatus.BROKEN ? '接通断链' : '补强弱链';
      out.push(`${verb}「${g.metrics.name}」${grade}`);
    } else if (mode === RankingMode.STRENGTHEN) {
      out.push(`做强强链「${g.metrics.name}」，本地已有${g.producers.length}家企业集聚`);
    } else if (f.via) {
      // Upstream: the strong link's local firms would buy from the newcomer; downstream: sell to it.
      const trade = f.via.direction === ExtendDirection.UPSTREAM ? '就近采购' : '就近供货';
      out.push(
        `延伸强链「${f.via.name}」的${EXTEND_DIRECTION_ZH[f.via.direction]}「${g.metrics.name}」（本地${LINK_STATUS_ZH[g.status]}）：本地${f.via.partners}家「${f.via.name}」企业可${trade}，流向强度${f.via.flow}`,
      );
    }
  }
  // Always say how we know: name-only evidence must never read like a proven fit.
  if (t.filledLinks[0]) out.splice(1, 0, evidenceReason(t.filledLinks[0]));
  // A firm already in the pipeline is followed, not prospected: say so before anything else is weighed.
  const own = t.candidate.pipeline ?? [];
  if (own.length > 0)
    out.push(
      `已在项目库：「${own[0].name}」（${stageZh(own[0].stage)}，${own[0].amountYi}亿元）${own.length > 1 ? `等${own.length}个项目` : ''}`,
    );
  if (t.warmPaths.length > 0) out.push(t.warmPaths[0].description);
  // Name the introducer even when the strongest tie does not: it is whom the team calls first.
  const intro = t.warmPaths.find((p) => p.facts.introducer);
  if (intro && !t.warmPaths[0].facts.introducer) out.push(introducerSentence(intro)!);
  const park = t.suggestedParks[0];
  const need =
    t.landNeed.basis === LandNeedBasis.REQUEST
      ? `需地${t.landNeed.mu}亩`
      : `预计需地约${t.landNeed.mu}亩，${LAND_NEED_BASIS_ZH[t.landNeed.basis]}`;
  if (park && park.fit >= 0.7) out.push(`${park.park.name}可供地${park.park.availableLandMu}亩（${need}）`);
  else if (park) out.push(`定位园区用地不足：${park.park.name}可供地${park.park.availableLandMu}亩（${need}）`);
  const c = t.candidate;
  const badges = [
    c.fortune500 ? '500强' : '',
    c.chainLeader ? '链主企业' : '',
    c.specialized ? '专精特新' : '',
    c.highTech ? '高新技术企业' : '',
  ].filter(Boolean);
  if (badges.length > 0 || c.revenueYi) out.push(`${badges.join('、')}${badges.length > 0 ? '，' : ''}营收${c.revenueYi ?? '未知'}亿元`);
  for (const d of t.duplicates) out.push(`另有疑似同一企业的记录「${d.name}」（${d.uscc}），已合并为一行，需核实`);
  const intents = [c.expansionPlan ? '有扩产计划' : '', c.recentFinancing ? '近期完成融资' : ''].filter(Boolean);
  if (intents.length > 0) out.push(intents.join('，'));
  const themeNames = [...new Set(t.filledLinks.flatMap((f) => themes.get(f.gap.metrics.industryCode) ?? []))];
  if (themeNames.length > 0) out.push(`属产业风口：${themeNames.join('、')}`);
  return out;
}

/** A qualifying candidate with everything but its warm paths worked out. */
export interface Prepared {
  candidate: Candidate;
  filled: FilledGap[];
  parks: ParkFit[];
  landNeed: LandEstimate;
  /** Other records of the same firm, merged into this one. */
  duplicates: Candidate[];
  /** Raw values; affinity is filled in once the warm paths are known. */
  raws: Record<ComponentName, number>;
  /** Score bounds over any affinity (0 and 1): no warm path can move it outside them. */
  lower: number;
  upper: number;
}

/** Candidates that qualify in the mode (and pass the park filter), without warm paths yet. */
export function prepareCandidates(inp: RankingInputs): Prepared[] {
  const out: Prepared[] = [];
  // The best evidence for each link among all candidates decides who may pass below the floor.
  const bestEvidence = new Map<string, number>();
  for (const c of inp.candidates)
    for (const l of c.links) bestEvidence.set(l.code, Math.max(bestEvidence.get(l.code) ?? 0, EVIDENCE_RANK[l.evidence]));
  inp = { ...inp, bestEvidence };
  for (const cand of inp.candidates) {
    if (inp.excludeInPipeline && (cand.pipeline?.length ?? 0) > 0) continue;
    const { raw: gapFit, filled } = gapFitOf(cand, inp);
    if (filled.length === 0) continue;
    const linkCodes = filled.map((f) => f.gap.metrics.code);
    const industries = [...new Set(filled.map((f) => f.gap.metrics.industryCode))];
    const landNeed = landNeedOf(cand, filled[0].gap.metrics.industryCode, inp);
    const parks = suggestParks(linkCodes, industries, inp.parks, landNeed.mu);
    const parkFit = parks[0]?.fit ?? 0;
    if (inp.needsParkFit && parkFit < 0.7) continue;
    const priorityTheme = industries.some((i) => (inp.themes.get(i) ?? []).length > 0) ? 1 : 0;
    const raws = { gapFit, capability: capabilityOf(cand, inp.config), affinity: 0, parkFit, intent: intentOf(cand), priorityTheme };
    out.push({
      candidate: cand,
      filled,
      parks,
      landNeed,
      duplicates: [],
      raws,
      lower: composeScore(inp.weights, raws).score,
      upper: composeScore(inp.weights, { ...raws, affinity: 1 }).score,
    });
  }
  return inp.sameFirm ? collapseDuplicates(out, inp.sameFirm) : out;
}

/** Best evidenced first: its best evidence, then how many links count, gap fit, known and larger revenue, USCC. */
function betterRecord(a: Prepared, b: Prepared): number {
  const best = (p: Prepared): number => Math.max(...p.filled.map((f) => EVIDENCE_RANK[f.evidence]));
  const rev = (p: Prepared): number => p.candidate.revenueYi ?? -1;
  return (
    best(b) - best(a) ||
    b.filled.length - a.filled.length ||
    b.raws.gapFit - a.raws.gapFit ||
    rev(b) - rev(a) ||
    (a.candidate.uscc < b.candidate.uscc ? -1 : 1)
  );
}

/**
 * One row per real firm: of the records that are probably one firm, the best evidenced stays and
 * names the others; the others leave the ranking.
 */
export function collapseDuplicates(prepared: Prepared[], sameFirm: Map<string, string[]>): Prepared[] {
  const byFirm = new Map<string, Prepared[]>();
  for (const p of prepared) {
    const key = sameFirm.get(p.candidate.uscc)?.[0] ?? p.candidate.uscc;
    byFirm.set(key, [...(byFirm.get(key) ?? []), p]);
  }
  return [...byFirm.values()].map((records) => {
    const [kept, ...others] = [...records].sort(betterRecord);
    return others.length === 0 ? kept : { ...kept, duplicates: others.map((o) => o.candidate) };
  });
}

/** The full explanation of one prepared candidate, given its warm paths. */
export function scorePrepared(
  p: Prepared,
  rawPaths: RawWarmPath[],
  inp: Pick<RankingInputs, 'weights' | 'mode' | 'themes' | 'config'>,
): Omit<ScoredTarget, 'rank'> {
  const paths = rawPaths
    .map((w) => ({ ...w, strength: pathStrength(w, inp.config), description: describePath(w) }))
    .sort((a, b) => b.strength - a.strength || a.hops - b.hops || a.description.localeCompare(b.description));
  const { score, components } = composeScore(inp.weights, { ...p.raws, affinity: affinityOf(paths) });
  const partial = {
    score,
    candidate: p.candidate,
    components,
    filledLinks: p.filled,
    warmPaths: paths,
    suggestedParks: p.parks.slice(0, 3),
    landNeed: p.landNeed,
    duplicates: p.duplicates,
  };
  return { ...partial, reasons: reasonsFor(partial, inp.mode, inp.themes) };
}

/** Ranking order: score descending, then USCC ascending. */
export function byRank(a: { score: number; candidate: Candidate }, b: { score: number; candidate: Candidate }): number {
  return b.score - a.score || (a.candidate.uscc < b.candidate.uscc ? -1 : a.candidate.uscc > b.candidate.uscc ? 1 : 0);
}

/**
 * Ranks candidates for one mode. Pure: no I/O; the same inputs give the same order (score
 * descending, then USCC ascending). Candidates with no link counting in this mode are left out.
 * This is the exhaustive reference; the service computes the same pages with warm paths for
 * only the candidates that can reach them (see AnalysisService.rank).
 */
export function rankTargets(inp: RankingInputs): ScoredTarget[] {
  return prepareCandidates(inp)
    .map((p) => scorePrepared(p, inp.warmPaths.get(p.candidate.uscc) ?? [], inp))
    .sort(byRank)
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

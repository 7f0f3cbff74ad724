/**
 * 项目预评估: an incoming project judged before anyone signs it — a 100-point score as parts that add
 * up (硬指标, 企业实力, 产业协同, 可落地性), 一票否决 vetoes with the fact behind each, a verdict band and
 * the conditions to write into the agreement. Pure, no I/O; docs/assessment.md explains the method.
 *
 * A fact we do not have is 需核实: a part resting on it earns nothing (at most half when only part of
 * it is unknown), it never triggers a veto, and a project that would pass with a veto check
 * outstanding passes only with the condition to verify it first.
 */

export enum AssessmentVerdict {
  PASS = 'PASS',
  CONDITIONAL = 'CONDITIONAL',
  REJECT = 'REJECT',
}
export const ASSESSMENT_VERDICT_ZH: Record<AssessmentVerdict, string> = { PASS: '通过', CONDITIONAL: '附条件通过', REJECT: '不通过' };

export enum AssessmentSection {
  HARD = 'HARD',
  STRENGTH = 'STRENGTH',
  SYNERGY = 'SYNERGY',
  FEASIBILITY = 'FEASIBILITY',
}
export const ASSESSMENT_SECTION_ZH: Record<AssessmentSection, string> = {
  HARD: '硬指标',
  STRENGTH: '企业实力',
  SYNERGY: '产业协同',
  FEASIBILITY: '可落地性',
};

export enum VetoKind {
  DISHONEST_DEBTOR = 'DISHONEST_DEBTOR',
  BUSINESS_ABNORMAL = 'BUSINESS_ABNORMAL',
  MAJOR_VIOLATION = 'MAJOR_VIOLATION',
  NEGATIVE_LIST = 'NEGATIVE_LIST',
  LAND_NOT_INDUSTRIAL = 'LAND_NOT_INDUSTRIAL',
}
export const VETO_KIND_ZH: Record<VetoKind, string> = {
  DISHONEST_DEBTOR: '失信被执行人',
  BUSINESS_ABNORMAL: '经营异常',
  MAJOR_VIOLATION: '重大环保/安全生产违法',
  NEGATIVE_LIST: '产业负面清单',
  LAND_NOT_INDUSTRIAL: '用地非工业用途',
};

export enum VetoStatus {
  TRIGGERED = 'TRIGGERED',
  CLEAR = 'CLEAR',
  UNVERIFIED = 'UNVERIFIED',
}
export const VETO_STATUS_ZH: Record<VetoStatus, string> = { TRIGGERED: '否决', CLEAR: '无', UNVERIFIED: '需核实' };

export enum SiteZoning {
  INDUSTRIAL = 'INDUSTRIAL',
  NON_INDUSTRIAL = 'NON_INDUSTRIAL',
}

/** The parts and their points; the defaults follow the public 100-point sheet (40/30/20/10). */
export interface AssessmentWeights {
  investmentIntensity: number;
  taxPerMu: number;
  funding: number;
  revenue: number;
  stature: number;
  qualifications: number;
  credit: number;
  gapFill: number;
  localTrade: number;
  leadingChain: number;
  parkLand: number;
  approvals: number;
  investorRecord: number;
}
export type PartKey = keyof AssessmentWeights;

export const PART_SECTION: Record<PartKey, AssessmentSection> = {
  investmentIntensity: AssessmentSection.HARD,
  taxPerMu: AssessmentSection.HARD,
  funding: AssessmentSection.HARD,
  revenue: AssessmentSection.STRENGTH,
  stature: AssessmentSection.STRENGTH,
  qualifications: AssessmentSection.STRENGTH,
  credit: AssessmentSection.STRENGTH,
  gapFill: AssessmentSection.SYNERGY,
  localTrade: AssessmentSection.SYNERGY,
  leadingChain: AssessmentSection.SYNERGY,
  parkLand: AssessmentSection.FEASIBILITY,
  approvals: AssessmentSection.FEASIBILITY,
  investorRecord: AssessmentSection.FEASIBILITY,
};
export const PART_ZH: Record<PartKey, string> = {
  investmentIntensity: '投资强度',
  taxPerMu: '亩均税收',
  funding: '资金到位',
  revenue: '营业收入',
  stature: '500强/链主',
  qualifications: '上市/专精特新/高新',
  credit: '信用记录',
  gapFill: '补链强链',
  localTrade: '本地上下游配套',
  leadingChain: '主导产业',
  parkLand: '园区与用地',
  approvals: '审批准备',
  investorRecord: '投资方在南安履约记录',
};
export const PART_KEYS = Object.keys(PART_SECTION) as PartKey[];

/** Floors of the hard indicators (万元/亩, 万元/亩·年). */
export interface AssessmentFloors {
  investmentPerMuWan: number;
  taxPerMuWan: number;
}

export interface AssessmentRules {
  weights: AssessmentWeights;
  /** Per chain code: other points (each chain's points must still add up to 100). */
  weightsByChain: Record<string, Partial<AssessmentWeights>>;
  floors: AssessmentFloors;
  /** Per chain code, then per park id (a park's floor wins over its chain's). */
  floorsByChain: Record<string, Partial<AssessmentFloors>>;
  floorsByPark: Record<string, Partial<AssessmentFloors>>;
  /** Share of the investment with funding in place at which 资金到位 earns its full points. */
  fundingFullShare: number;
  /** Revenue (亿元) at which 营业收入 earns its full points (log scale). */
  revenueFullYi: number;
  /** Local firms that would trade with it at which 本地配套 earns its full points. */
  localTradeFullFirms: number;
  /** 标准厂房: floor area (m²) per 亩 of land it stands for (666.7 m² × 容积率). */
  factorySqmPerMu: number;
  /** Years to 达产 beyond which the agreement gets a 达产 deadline. */
  maxYearsToFullOutput: number;
  /** Months after signing for the funding condition. */
  fundingMonths: number;
  /** Verdict bands: ≥ pass 通过, ≥ conditional 附条件通过, else 不通过. */
  bands: { pass: number; conditional: number };
  /** Vetoes in force (一票否决). */
  vetoes: VetoKind[];
  /** The city's negative list: a product naming a keyword is vetoed, with the reason. */
  negativeList: Array<{ keyword: string; reason: string }>;
  /** Chains counted as 主导产业; empty = every chain of the campaign. */
  leadingChains: string[];
  /** Expert median and model score further apart than this are flagged (分歧). */
  disagreementPoints: number;
  /** Comparable projects: same chain, amount within this factor either way. */
  comparableAmountFactor: number;
  /** Calibration: days after signing a start is due when the agreement sets no day. */
  startDueDays: number;
}

export const DEFAULT_ASSESSMENT_RULES: AssessmentRules = {
  weights: {
    investmentIntensity: 15,
    taxPerMu: 15,
    funding: 10,
    revenue: 12,
    stature: 8,
    qualifications: 6,
    credit: 4,
    gapFill: 10,
    localTrade: 6,
    leadingChain: 4,
    parkLand: 5,
    approvals: 2,
    investorRecord: 3,
  },
  weightsByChain: {},
  floors: { investmentPerMuWan: 300, taxPerMuWan: 25 },
  floorsByChain: {},
  floorsByPark: {},
  fundingFullShare: 0.5,
  revenueFullYi: 50,
  localTradeFullFirms: 5,
  factorySqmPerMu: 800,
  maxYearsToFullOutput: 3,
  fundingMonths: 6,
  bands: { pass: 80, conditional: 60 },
  vetoes: Object.values(VetoKind),
  negativeList: [
    { keyword: '电解铝', reason: '高耗能、高排放（两高）' },
    { keyword: '铁合金', reason: '高耗能、高排放（两高）' },
    { keyword: '电石', reason: '高耗能、高排放（两高）' },
    { keyword: '焦炭', reason: '高耗能、高排放（两高）' },
    { keyword: '水泥熟料', reason: '高耗能、高排放（两高）' },
    { keyword: '黄磷', reason: '高耗能、高排放（两高）' },
    { keyword: '燃煤发电', reason: '高耗能、高排放（两高）' },
  ],
  leadingChains: [],
  disagreementPoints: 15,
  comparableAmountFactor: 2,
  startDueDays: 365,
};

/** What the proposal says. Amounts 亿元, land 亩, factory m², output 亿元/年, tax 万元/年 at 达产. */
export interface ProposalTerms {
  name: string;
  amountYi: number;
  landMu: number | null;
  factorySqm: number | null;
  outputYi: number | null;
  taxWan: number | null;
  yearsToFullOutput: number | null;
  /** Share (0–1) of the investment with funding in place (资金到位). */
  fundingSecuredShare: number | null;
  fundingSources: string[];
  products: string[];
  siteZoning: SiteZoning | null;
}

/** A fact about the investor: true, false, or not known (null). */
export interface CreditFacts {
  checkedOn: string | null;
  source: string | null;
  dishonestDebtor: boolean | null;
  businessAbnormal: boolean | null;
  majorViolation: boolean | null;
  note: string | null;
}

export interface InvestorFacts {
  name: string;
  uscc: string | null;
  revenueYi: number | null;
  fortune500: boolean | null;
  chainLeader: boolean | null;
  listed: boolean | null;
  specialized: boolean | null;
  highTech: boolean | null;
  credit: CreditFacts;
  /** Its other projects in our pipeline (not this one). */
  record: { projects: number; producing: number; defaulted: number; defaultedNames: string[] };
}

export interface LinkChange {
  code: string;
  name: string;
  before: { status: string; statusLabel: string; severity: number; gap: boolean };
  after: { status: string; statusLabel: string; severity: number; gap: boolean };
}

export interface AssessmentFacts {
  proposal: ProposalTerms;
  investor: InvestorFacts;
  chain: { code: string; name: string } | null;
  links: LinkChange[];
  /** Severity (0–100) at which a gap earns 补链 its full points (the gap analysis's 紧急 grade). */
  urgentSeverity: number;
  /** Local firms that would buy from it (downstream) and sell to it (upstream), with a few names. */
  localTrade: { buyers: number; sellers: number; examples: string[] };
  /** The park wished for (or the best one suggested when none is). */
  park: { id: string; name: string; positioned: boolean; availableMu: number; suggested: boolean } | null;
  /** Its approval steps when it has a plan (模拟审批); null when none is recorded. */
  approvals: { steps: number; done: number } | null;
}

export interface AssessmentPart {
  key: PartKey;
  section: AssessmentSection;
  label: string;
  /** The raw value (a number), when it is one. */
  value: number | null;
  /** The raw value as shown, with its unit. */
  valueText: string;
  /** The threshold at which the part earns its full points, when it has one. */
  threshold: number | null;
  thresholdText: string | null;
  weight: number;
  /** Share of the points earned, 0–1. */
  share: number;
  /** Points earned (weight × share, one decimal). */
  points: number;
  /** False when the fact behind it is missing (需核实): it then earns nothing. */
  verified: boolean;
  reason: string;
}

export interface VetoCheck {
  kind: VetoKind;
  label: string;
  status: VetoStatus;
  fact: string;
}

export interface SectionScore {
  section: AssessmentSection;
  label: string;
  weight: number;
  points: number;
}

export interface AssessmentOutcome {
  score: number;
  verdict: AssessmentVerdict;
  verdictLabel: string;
  /** How the verdict was reached: the band, or the veto. */
  band: string;
  sections: SectionScore[];
  parts: AssessmentPart[];
  vetoes: VetoCheck[];
  conditions: string[];
  /** The land the hard indicators are measured on (亩): the land asked, or the factory's equivalent. */
  landBasisMu: number | null;
  floors: AssessmentFloors;
}

// Half-up rounding that does not trip on binary fractions (0.03 × 15 = 0.44999…).
const r1 = (x: number): number => Math.round(x * 10 + 1e-9) / 10;
const r2 = (x: number): number => Math.round(x * 100 + 1e-9) / 100;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const fmt = (x: number): string => String(r1(x));

/** The points in force for a chain (defaults with its overrides). */
export function weightsFor(rules: AssessmentRules, chainCode: string | null): AssessmentWeights {
  return { ...rules.weights, ...(chainCode ? rules.weightsByChain[chainCode] : undefined) };
}

/** The floors in force: the park's over the chain's over the defaults; says whose they are. */
export function floorsFor(
  rules: AssessmentRules,
  chainCode: string | null,
  parkId: string | null,
): AssessmentFloors & { basis: { investmentPerMuWan: string; taxPerMuWan: string } } {
  const chain = chainCode ? rules.floorsByChain[chainCode] : undefined;
  const park = parkId ? rules.floorsByPark[parkId] : undefined;
  const pick = (k: keyof AssessmentFloors): [number, string] =>
    park?.[k] !== undefined ? [park[k], '本园区'] : chain?.[k] !== undefined ? [chain[k], '本产业链'] : [rules.floors[k], '全市默认'];
  const [inv, invBasis] = pick('investmentPerMuWan');
  const [tax, taxBasis] = pick('taxPerMuWan');
  return { investmentPerMuWan: inv, taxPerMuWan: tax, basis: { investmentPerMuWan: invBasis, taxPerMuWan: taxBasis } };
}

/** The land the hard indicators use: land asked, else the factory's floor area as land; null when neither is given. */
export function landBasis(p: ProposalTerms, rules: AssessmentRules): number | null {
  if (p.landMu !== null && p.landMu > 0) return p.landMu;
  if (p.factorySqm !== null && p.factorySqm > 0) return r2(p.factorySqm / rules.factorySqmPerMu);
  if (p.landMu === 0 || p.factorySqm === 0) return 0;
  return null;
}

type PartDraft = Omit<AssessmentPart, 'key' | 'section' | 'label' | 'weight' | 'points'>;

const missing = (what: string): PartDraft => ({
  value: null,
  valueText: '未提供',
  threshold: null,
  thresholdText: null,
  share: 0,
  verified: false,
  reason: `${what}（需核实，不计分）`,
});

function hardParts(
  f: AssessmentFacts,
  rules: AssessmentRules,
  land: number | null,
): Record<'investmentIntensity' | 'taxPerMu' | 'funding', PartDraft> {
  const p = f.proposal;
  const floors = floorsFor(rules, f.chain?.code ?? null, f.park?.suggested === false ? f.park.id : null);
  const perMu = (wan: number, floor: number, unit: string, label: string, basis: string): PartDraft => {
    if (land === 0)
      return {
        value: null,
        valueText: '不新增用地',
        threshold: floor,
        thresholdText: `${floor} ${unit}`,
        share: 1,
        verified: true,
        reason: `不新增用地，${label}不受用地约束`,
      };
    const v = r1(wan / land!);
    const share = clamp01(v / floor);
    return {
      value: v,
      valueText: `${fmt(v)} ${unit}`,
      threshold: floor,
      thresholdText: `${floor} ${unit}（${basis}）`,
      share,
      verified: true,
      reason: `${label} ${fmt(v)} ${unit}，${v >= floor ? '达到' : '低于'}${basis}门槛 ${floor} ${unit}`,
    };
  };
  const intensity =
    land === null
      ? missing('未提供用地面积或厂房面积，无法计算投资强度')
      : perMu(p.amountYi * 10000, floors.investmentPerMuWan, '万元/亩', '投资强度', floors.basis.investmentPerMuWan);
  const tax =
    p.taxWan === null
      ? missing('未承诺达产年税收，无法计算亩均税收')
      : land === null
        ? missing('未提供用地面积，无法计算亩均税收')
        : perMu(p.taxWan, floors.taxPerMuWan, '万元/亩·年', '亩均税收', floors.basis.taxPerMuWan);
  const sources = p.fundingSources.length > 0 ? `（${p.fundingSources.join('、')}）` : '';
  const funding: PartDraft =
    p.fundingSecuredShare === null
      ? missing('未说明资金到位情况')
      : {
          value: r2(p.fundingSecuredShare),
          valueText: `${fmt(p.fundingSecuredShare * 100)}%`,
          threshold: rules.fundingFullShare,
          thresholdText: `${fmt(rules.fundingFullShare * 100)}%`,
          share: clamp01(p.fundingSecuredShare / rules.fundingFullShare),
          verified: true,
          reason: `已落实资金占总投资 ${fmt(p.fundingSecuredShare * 100)}%${sources}，满分线 ${fmt(rules.fundingFullShare * 100)}%`,
        };
  return { investmentIntensity: intensity, taxPerMu: tax, funding };
}

function strengthParts(f: AssessmentFacts, rules: AssessmentRules): Record<'revenue' | 'stature' | 'qualifications' | 'credit', PartDraft> {
  const inv = f.investor;
  const revenue: PartDraft =
    inv.revenueYi === null
      ? missing(`未掌握${inv.name}的营业收入`)
      : {
          value: inv.revenueYi,
          valueText: `${fmt(inv.revenueYi)} 亿元`,
          threshold: rules.revenueFullYi,
          thresholdText: `${rules.revenueFullYi} 亿元（对数）`,
          share: clamp01(Math.log10(1 + inv.revenueYi) / Math.log10(1 + rules.revenueFullYi)),
          verified: true,
          reason: `${inv.name}营业收入 ${fmt(inv.revenueYi)} 亿元（${rules.revenueFullYi} 亿元及以上满分，按对数计）`,
        };
  const titles = [inv.fortune500 ? '500强' : null, inv.chainLeader ? '链主企业' : null].filter((x): x is string => x !== null);
  const stature: PartDraft =
    inv.fortune500 === null && inv.chainLeader === null
      ? missing('未掌握是否500强或链主企业')
      : {
          value: titles.length,
          valueText: titles.length > 0 ? titles.join('、') : '否',
          threshold: 1,
          thresholdText: '500强或链主之一',
          share: titles.length > 0 ? 1 : 0,
          verified: true,
          reason: titles.length > 0 ? `${inv.name}是${titles.join('、')}` : `${inv.name}不是500强或链主企业`,
        };
  const quals = [inv.listed ? '上市' : null, inv.specialized ? '专精特新' : null, inv.highTech ? '高新技术企业' : null].filter(
    (x): x is string => x !== null,
  );
  const qualifications: PartDraft =
    inv.listed === null && inv.specialized === null && inv.highTech === null
      ? missing('未掌握上市、专精特新、高新资质')
      : {
          value: quals.length,
          valueText: quals.length > 0 ? quals.join('、') : '无',
          threshold: 2,
          thresholdText: '两项及以上',
          share: clamp01(quals.length / 2),
          verified: true,
          reason: quals.length > 0 ? `具备${quals.join('、')}（两项满分）` : '无上市、专精特新或高新资质',
        };
  const c = inv.credit;
  const flags = [c.dishonestDebtor, c.businessAbnormal, c.majorViolation];
  const src = c.source ? `，来源：${c.source}${c.checkedOn ? ` ${c.checkedOn}` : ''}` : '';
  const credit: PartDraft = flags.some((x) => x === true)
    ? {
        value: 0,
        valueText: '有不良记录',
        threshold: null,
        thresholdText: '无不良记录',
        share: 0,
        verified: true,
        reason: `有不良信用记录${src}`,
      }
    : flags.some((x) => x === null)
      ? missing(`信用记录未全部核查${src}`)
      : {
          value: 1,
          valueText: '无不良记录',
          threshold: null,
          thresholdText: '无不良记录',
          share: 1,
          verified: true,
          reason: `经查无失信、经营异常和重大违法记录${src}`,
        };
  return { revenue, stature, qualifications, credit };
}

function synergyParts(f: AssessmentFacts, rules: AssessmentRules): Record<'gapFill' | 'localTrade' | 'leadingChain', PartDraft> {
  const gaps = f.links.filter((l) => l.before.gap);
  const worst = [...gaps].sort((a, b) => b.before.severity - a.before.severity || a.code.localeCompare(b.code))[0];
  const change = (l: LinkChange): string => `「${l.name}」${l.before.statusLabel}→${l.after.statusLabel}`;
  const gapFill: PartDraft =
    f.links.length === 0
      ? missing('未说明所属产业链环节')
      : worst
        ? {
            value: worst.before.severity,
            valueText: `严重度 ${fmt(worst.before.severity)}`,
            threshold: f.urgentSeverity,
            thresholdText: `严重度 ${f.urgentSeverity}（紧急）`,
            share: clamp01(worst.before.severity / f.urgentSeverity),
            verified: true,
            reason: `补链：${gaps.map(change).join('；')}，最严重缺口严重度 ${fmt(worst.before.severity)}`,
          }
        : {
            value: 0,
            valueText: '强链',
            threshold: f.urgentSeverity,
            thresholdText: `严重度 ${f.urgentSeverity}（紧急）`,
            share: 0.3,
            verified: true,
            reason: `强链：${f.links.map((l) => `「${l.name}」${l.before.statusLabel}`).join('；')}，不填补缺口（按三成计）`,
          };
  const firms = f.localTrade.buyers + f.localTrade.sellers;
  const eg = f.localTrade.examples.length > 0 ? `，如${f.localTrade.examples.join('、')}` : '';
  const localTrade: PartDraft =
    f.links.length === 0
      ? missing('未说明所属环节，无法判断本地上下游')
      : {
          value: firms,
          valueText: `${firms} 家`,
          threshold: rules.localTradeFullFirms,
          thresholdText: `${rules.localTradeFullFirms} 家`,
          share: clamp01(firms / rules.localTradeFullFirms),
          verified: true,
          reason: `本地 ${f.localTrade.buyers} 家企业可采购其产品、${f.localTrade.sellers} 家可为其配套${eg}`,
        };
  const leading = f.chain !== null && (rules.leadingChains.length === 0 || rules.leadingChains.includes(f.chain.code));
  const leadingChain: PartDraft =
    f.chain === null
      ? missing('未说明所属产业链')
      : {
          value: leading ? 1 : 0,
          valueText: leading ? '是' : '否',
          threshold: 1,
          thresholdText: '主导产业链',
          share: leading ? 1 : 0,
          verified: true,
          reason: leading ? `属于主导产业链「${f.chain.name}」` : `「${f.chain.name}」不在主导产业链之列`,
        };
  return { gapFill, localTrade, leadingChain };
}

function feasibilityParts(f: AssessmentFacts, land: number | null): Record<'parkLand' | 'approvals' | 'investorRecord', PartDraft> {
  const park = f.park;
  const parkLand: PartDraft = !park
    ? missing('没有定位相符且有可供地的园区')
    : (() => {
        const enough = land === 0 || (land !== null && park.availableMu >= land);
        const share = !park.positioned ? 0 : land === null ? 0.5 : enough ? 1 : 0.5;
        const which = park.suggested ? `建议园区「${park.name}」` : `意向园区「${park.name}」`;
        const pos = park.positioned ? '产业定位相符' : '产业定位不符';
        const landText =
          land === null
            ? '用地需求未说明'
            : land === 0
              ? '不新增用地'
              : `可供地 ${fmt(park.availableMu)} 亩${enough ? '，满足' : '，不足'}所需 ${fmt(land)} 亩`;
        return {
          value: park.availableMu,
          valueText: `${park.name}：可供地 ${fmt(park.availableMu)} 亩`,
          threshold: land,
          thresholdText: land === null ? null : `${fmt(land)} 亩`,
          share,
          verified: land !== null,
          reason: `${which}${pos}，${landText}`,
        };
      })();
  const a = f.approvals;
  const approvals: PartDraft =
    a === null || a.steps === 0
      ? missing('尚无审批计划（可先做模拟审批）')
      : {
          value: a.done,
          valueText: `${a.done}/${a.steps} 个环节办结`,
          threshold: a.steps,
          thresholdText: `${a.steps} 个环节`,
          share: clamp01(0.5 + (0.5 * a.done) / a.steps),
          verified: true,
          reason: `已制定审批计划，${a.steps} 个环节中 ${a.done} 个已办结`,
        };
  const r = f.investor.record;
  const investorRecord: PartDraft =
    r.defaulted > 0
      ? {
          value: r.defaulted,
          valueText: `违约 ${r.defaulted} 个`,
          threshold: 0,
          thresholdText: '无违约',
          share: 0,
          verified: true,
          reason: `投资方在南安有 ${r.defaulted} 个违约项目（${r.defaultedNames.join('、')}）`,
        }
      : r.projects === 0
        ? {
            value: 0,
            valueText: '无记录',
            threshold: null,
            thresholdText: '有投产项目且无违约',
            share: 0.5,
            verified: false,
            reason: '投资方在南安无项目记录（按一半计）',
          }
        : {
            value: r.producing,
            valueText: `${r.projects} 个项目，${r.producing} 个投产`,
            threshold: 1,
            thresholdText: '有投产项目且无违约',
            share: r.producing > 0 ? 1 : 0.7,
            verified: true,
            reason: `投资方在南安有 ${r.projects} 个项目、${r.producing} 个已投产，无违约`,
          };
  return { parkLand, approvals, investorRecord };
}

/** The 一票否决 checks in force, each with the fact that decides it. */
export function checkVetoes(f: AssessmentFacts, rules: AssessmentRules, land: number | null): VetoCheck[] {
  const c = f.investor.credit;
  const src = c.source ? `（${c.source}${c.checkedOn ? `，${c.checkedOn}` : ''}）` : '';
  const flag = (kind: VetoKind, v: boolean | null): VetoCheck => ({
    kind,
    label: VETO_KIND_ZH[kind],
    status: v === true ? VetoStatus.TRIGGERED : v === false ? VetoStatus.CLEAR : VetoStatus.UNVERIFIED,
    fact:
      v === true
        ? `${f.investor.name}：${VETO_KIND_ZH[kind]}${src}${c.note ? `；${c.note}` : ''}`
        : v === false
          ? `经查无${VETO_KIND_ZH[kind]}记录${src}`
          : `未掌握${f.investor.name}是否${VETO_KIND_ZH[kind]}（需核实）`,
  });
  const products = f.proposal.products;
  const hit = rules.negativeList.find((n) => products.some((p) => p.includes(n.keyword)));
  const negative: VetoCheck = {
    kind: VetoKind.NEGATIVE_LIST,
    label: VETO_KIND_ZH.NEGATIVE_LIST,
    status: hit ? VetoStatus.TRIGGERED : products.length === 0 ? VetoStatus.UNVERIFIED : VetoStatus.CLEAR,
    fact: hit
      ? `产品「${products.find((p) => p.includes(hit.keyword))}」属负面清单「${hit.keyword}」：${hit.reason}`
      : products.length === 0
        ? '未说明产品（需核实）'
        : `产品（${products.join('、')}）不在负面清单内`,
  };
  const z = f.proposal.siteZoning;
  const zoning: VetoCheck = {
    kind: VetoKind.LAND_NOT_INDUSTRIAL,
    label: VETO_KIND_ZH.LAND_NOT_INDUSTRIAL,
    status:
      z === SiteZoning.NON_INDUSTRIAL
        ? VetoStatus.TRIGGERED
        : z === SiteZoning.INDUSTRIAL || land === 0
          ? VetoStatus.CLEAR
          : VetoStatus.UNVERIFIED,
    fact:
      z === SiteZoning.NON_INDUSTRIAL
        ? '拟用地块非工业用地'
        : z === SiteZoning.INDUSTRIAL
          ? '拟用地块为工业用地'
          : land === 0
            ? '不新增用地'
            : '拟用地块用途未核实（需核实）',
  };
  const all = [
    flag(VetoKind.DISHONEST_DEBTOR, c.dishonestDebtor),
    flag(VetoKind.BUSINESS_ABNORMAL, c.businessAbnormal),
    flag(VetoKind.MAJOR_VIOLATION, c.majorViolation),
    negative,
    zoning,
  ];
  return all.filter((v) => rules.vetoes.includes(v.kind));
}

/** Clauses for the agreement, from the weak parts and the facts still to verify. */
export function conditionsFor(
  parts: AssessmentPart[],
  vetoes: VetoCheck[],
  f: AssessmentFacts,
  rules: AssessmentRules,
  floors: AssessmentFloors,
  land: number | null,
): string[] {
  const part = (k: PartKey): AssessmentPart => parts.find((p) => p.key === k)!;
  const out: string[] = [];
  const unverified = vetoes.filter((v) => v.status === VetoStatus.UNVERIFIED);
  if (unverified.length > 0) out.push(`签约前核实：${unverified.map((v) => v.label).join('、')}，核实有问题的不予签约`);
  const weakLand = part('investmentIntensity').share < 1 || part('taxPerMu').share < 1;
  if (part('investmentIntensity').share < 1 && land !== null && land > 0)
    out.push(
      `投资强度不低于 ${floors.investmentPerMuWan} 万元/亩（按 ${fmt(land)} 亩计，固定资产投资不低于 ${fmt((floors.investmentPerMuWan * land) / 10000)} 亿元），未达到的按差额比例核减用地`,
    );
  else if (part('investmentIntensity').share < 1) out.push('签约前明确用地面积或厂房面积，按投资强度门槛核定供地');
  if (part('taxPerMu').share < 1 && land !== null && land > 0)
    out.push(
      `达产后亩均税收不低于 ${floors.taxPerMuWan} 万元/亩·年（年税收不低于 ${fmt(floors.taxPerMuWan * land)} 万元），未达到的按差额承担违约责任`,
    );
  const years = f.proposal.yearsToFullOutput;
  if (years === null || years > rules.maxYearsToFullOutput)
    out.push(
      `自交地之日起 ${rules.maxYearsToFullOutput} 年内达产${years !== null ? `（拟 ${years} 年）` : ''}，逾期未达产的按约定追究违约责任`,
    );
  if (part('funding').share < 1)
    out.push(`签约后 ${rules.fundingMonths} 个月内到位资金不低于总投资的 ${fmt(rules.fundingFullShare * 100)}%`);
  if (f.investor.record.defaulted > 0) out.push('鉴于投资方有违约记录，须缴纳履约保证金');
  if ((weakLand || f.investor.record.defaulted > 0) && land !== null && land > 0)
    out.push('约定回购条款：未按期开工、投产或达产的，政府按约定价格回购土地及地上建筑物');
  return out;
}

/** The assessment of one proposal. Pure. */
export function assessProposal(f: AssessmentFacts, rules: AssessmentRules): AssessmentOutcome {
  const weights = weightsFor(rules, f.chain?.code ?? null);
  const land = landBasis(f.proposal, rules);
  const floors = floorsFor(rules, f.chain?.code ?? null, f.park?.suggested === false ? f.park.id : null);
  const drafts = { ...hardParts(f, rules, land), ...strengthParts(f, rules), ...synergyParts(f, rules), ...feasibilityParts(f, land) };
  const parts: AssessmentPart[] = PART_KEYS.map((key) => {
    const d = drafts[key];
    // Missing facts never earn marks, whatever a part's own rule would give.
    // Points are the shown share times the weight, so a reader can redo the sum.
    const share = r2(d.verified ? d.share : Math.min(d.share, 0.5));
    return { key, section: PART_SECTION[key], label: PART_ZH[key], weight: weights[key], ...d, share, points: r1(weights[key] * share) };
  });
  const sections = Object.values(AssessmentSection).map((section) => {
    const mine = parts.filter((p) => p.section === section);
    return {
      section,
      label: ASSESSMENT_SECTION_ZH[section],
      weight: r1(mine.reduce((s, p) => s + p.weight, 0)),
      points: r1(mine.reduce((s, p) => s + p.points, 0)),
    };
  });
  const score = r1(parts.reduce((s, p) => s + p.points, 0));
  const vetoes = checkVetoes(f, rules, land);
  const triggered = vetoes.filter((v) => v.status === VetoStatus.TRIGGERED);
  const unverified = vetoes.some((v) => v.status === VetoStatus.UNVERIFIED);
  let verdict: AssessmentVerdict;
  let band: string;
  if (triggered.length > 0) {
    verdict = AssessmentVerdict.REJECT;
    band = `一票否决：${triggered.map((v) => v.label).join('、')}`;
  } else if (score >= rules.bands.pass) {
    verdict = unverified ? AssessmentVerdict.CONDITIONAL : AssessmentVerdict.PASS;
    band = `≥ ${rules.bands.pass} 分${unverified ? '，但否决项需核实' : ''}`;
  } else if (score >= rules.bands.conditional) {
    verdict = AssessmentVerdict.CONDITIONAL;
    band = `${rules.bands.conditional}–${rules.bands.pass} 分`;
  } else {
    verdict = AssessmentVerdict.REJECT;
    band = `< ${rules.bands.conditional} 分`;
  }
  const conditions = verdict === AssessmentVerdict.REJECT ? [] : conditionsFor(parts, vetoes, f, rules, floors, land);
  return {
    score,
    verdict,
    verdictLabel: ASSESSMENT_VERDICT_ZH[verdict],
    band,
    sections,
    parts,
    vetoes,
    conditions,
    landBasisMu: land,
    floors: { investmentPerMuWan: floors.investmentPerMuWan, taxPerMuWan: floors.taxPerMuWan },
  };
}

/** The middle of the experts' scores (mean of the two middle ones for an even count); null with none. */
export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return r1(s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2);
}

/** The section of a verdict's band a score falls in (for calibration): ≥ pass, ≥ conditional, below. */
export function bandOf(score: number, rules: AssessmentRules): 'HIGH' | 'MIDDLE' | 'LOW' {
  return score >= rules.bands.pass ? 'HIGH' : score >= rules.bands.conditional ? 'MIDDLE' : 'LOW';
}

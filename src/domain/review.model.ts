import { daysBetween } from './calendar';

/**
 * 投后履约考核: each year, every promise of an investment agreement against what the project did
 * and reported, and the article's 分类处置 for what was not kept (限期整改, 核减用地, 收回土地,
 * 追究违约责任), most severe first, for a planner to turn into a recorded default.
 */

/** What an agreement promised. Amounts in 亿元, tax in 万元 per year, dates ISO days. */
export interface AgreementPromises {
  investment?: { amountYi: number; byOn: string };
  startOn?: string;
  produceOn?: string;
  /** From this year on the output and tax promises apply (达产). */
  fullOutputYear?: number;
  outputYi?: number;
  taxWan?: number;
}

/** A year's report: investment cumulative to the year's end. */
export interface YearReport {
  year: number;
  investedYi: number;
  outputYi: number;
  taxWan: number;
}

export interface ProjectDates {
  startedOn?: string | null;
  producingOn?: string | null;
}

export type PromiseKind = 'INVESTMENT' | 'START' | 'PRODUCE' | 'OUTPUT' | 'TAX';
/** NOT_DUE: not yet owed this year; NO_REPORT: owed, and the year's figures were not reported. */
export type Verdict = 'MET' | 'NOT_MET' | 'NOT_DUE' | 'NO_REPORT';

export interface PromiseReview {
  promise: PromiseKind;
  verdict: Verdict;
  /** How far short, 0–1 (amounts), or days late (dates); null when met, not due or unreported. */
  shortfall: number | null;
  text: string;
}

export const VERDICT_ZH: Record<Verdict, string> = { MET: '达标', NOT_MET: '未达标', NOT_DUE: '未到期', NO_REPORT: '未报送' };
export const PROMISE_ZH: Record<PromiseKind, string> = { INVESTMENT: '投资', START: '开工', PRODUCE: '投产', OUTPUT: '产值', TAX: '税收' };

export enum ReviewDisposal {
  RECLAIM_LAND = 'RECLAIM_LAND',
  HOLD_LIABLE = 'HOLD_LIABLE',
  REDUCE_LAND = 'REDUCE_LAND',
  RECTIFY = 'RECTIFY',
}
export const REVIEW_DISPOSAL_ZH: Record<ReviewDisposal, string> = {
  RECLAIM_LAND: '收回土地',
  HOLD_LIABLE: '追究违约责任',
  REDUCE_LAND: '核减用地',
  RECTIFY: '限期整改',
};

/** When a shortfall calls for more than 限期整改 (the analysis config file may change them). */
export interface ReviewRules {
  /** Not started this many days after the promised date: 收回土地. */
  reclaimAfterDays: number;
  /** Not started this many days after it, or investment short by this share: 核减用地. */
  reduceAfterDays: number;
  reduceInvestmentShortfall: number;
  /** Output or tax short by this share once 达产 is due: 追究违约责任. */
  liableShortfall: number;
}
export const DEFAULT_REVIEW_RULES: ReviewRules = {
  reclaimAfterDays: 730,
  reduceAfterDays: 365,
  reduceInvestmentShortfall: 0.3,
  liableShortfall: 0.5,
};

const share = (actual: number, promised: number): number => Math.round(Math.max(0, 1 - actual / promised) * 1000) / 1000;
const pct = (x: number): string => `${Math.round(x * 100)}%`;

function dateReview(
  promise: 'START' | 'PRODUCE',
  label: string,
  due: string | undefined,
  done: string | null | undefined,
  yearEnd: string,
): PromiseReview | null {
  if (!due) return null;
  if (due > yearEnd) return { promise, verdict: 'NOT_DUE', shortfall: null, text: `约定 ${due} ${label}，本年度未到期` };
  if (done && done <= due) return { promise, verdict: 'MET', shortfall: null, text: `约定 ${due} ${label}，${done} 已${label}` };
  const late = daysBetween(due, done ?? yearEnd);
  return {
    promise,
    verdict: 'NOT_MET',
    shortfall: late,
    text: done
      ? `约定 ${due} ${label}，实际 ${done} ${label}，晚 ${late} 天`
      : `约定 ${due} ${label}，至年末仍未${label}（逾期 ${late} 天）`,
  };
}

function amountReview(
  promise: PromiseKind,
  label: string,
  unit: string,
  promised: number,
  report: YearReport | undefined,
  actual: (r: YearReport) => number,
): PromiseReview {
  if (!report) return { promise, verdict: 'NO_REPORT', shortfall: null, text: `${label}应达 ${promised} ${unit}，未报送本年度数据` };
  const got = actual(report);
  if (got >= promised) return { promise, verdict: 'MET', shortfall: null, text: `${label}应达 ${promised} ${unit}，实际 ${got} ${unit}` };
  const s = share(got, promised);
  return { promise, verdict: 'NOT_MET', shortfall: s, text: `${label}应达 ${promised} ${unit}，实际 ${got} ${unit}，差 ${pct(s)}` };
}

/** One project's review for `year`: a verdict per promise, and the disposals its shortfalls call for. */
export function annualReview(
  promises: AgreementPromises,
  dates: ProjectDates,
  reports: YearReport[],
  year: number,
  rules: ReviewRules = DEFAULT_REVIEW_RULES,
): { reviews: PromiseReview[]; disposals: ReviewDisposal[] } {
  const yearEnd = `${year}-12-31`;
  const report = reports.find((r) => r.year === year);
  const reviews: PromiseReview[] = [];
  if (promises.investment) {
    const { amountYi, byOn } = promises.investment;
    reviews.push(
      byOn > yearEnd
        ? { promise: 'INVESTMENT', verdict: 'NOT_DUE', shortfall: null, text: `约定 ${byOn} 前投资 ${amountYi} 亿元，本年度未到期` }
        : amountReview('INVESTMENT', '累计投资', '亿元', amountYi, report, (r) => r.investedYi),
    );
  }
  for (const r of [
    dateReview('START', '开工', promises.startOn, dates.startedOn, yearEnd),
    dateReview('PRODUCE', '投产', promises.produceOn, dates.producingOn, yearEnd),
  ])
    if (r) reviews.push(r);
  const fullOutput = promises.fullOutputYear !== undefined && year >= promises.fullOutputYear;
  if (promises.outputYi !== undefined)
    reviews.push(
      fullOutput
        ? amountReview('OUTPUT', '年产值', '亿元', promises.outputYi, report, (r) => r.outputYi)
        : { promise: 'OUTPUT', verdict: 'NOT_DUE', shortfall: null, text: '未到达产年份' },
    );
  if (promises.taxWan !== undefined)
    reviews.push(
      fullOutput
        ? amountReview('TAX', '年税收', '万元', promises.taxWan, report, (r) => r.taxWan)
        : { promise: 'TAX', verdict: 'NOT_DUE', shortfall: null, text: '未到达产年份' },
    );

  const disposals = new Set<ReviewDisposal>();
  for (const r of reviews) {
    if (r.verdict === 'NO_REPORT') disposals.add(ReviewDisposal.RECTIFY);
    if (r.verdict !== 'NOT_MET') continue;
    const notStarted = r.promise === 'START' && !dates.startedOn;
    if (notStarted && (r.shortfall ?? 0) >= rules.reclaimAfterDays) disposals.add(ReviewDisposal.RECLAIM_LAND);
    else if (notStarted && (r.shortfall ?? 0) >= rules.reduceAfterDays) disposals.add(ReviewDisposal.REDUCE_LAND);
    else if (r.promise === 'INVESTMENT' && (r.shortfall ?? 0) >= rules.reduceInvestmentShortfall) disposals.add(ReviewDisposal.REDUCE_LAND);
    else if ((r.promise === 'OUTPUT' || r.promise === 'TAX') && (r.shortfall ?? 0) >= rules.liableShortfall)
      disposals.add(ReviewDisposal.HOLD_LIABLE);
    else disposals.add(ReviewDisposal.RECTIFY);
  }
  const order = Object.values(ReviewDisposal);
  return { reviews, disposals: [...disposals].sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
}

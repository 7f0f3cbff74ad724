/**
 * 亩均效益 (亩均论英雄): what a firm or a park yields per 亩 of land, graded by 亩均税收 against
 * thresholds a county sets (the analysis config file may change them). Missing land or missing
 * figures give no grade and say so: a firm is never graded 优 on data it did not report.
 */

export enum MuGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
}
export const MU_GRADE_ZH: Record<MuGrade, string> = { EXCELLENT: '优', GOOD: '良', FAIR: '中', POOR: '差' };

/** 亩均税收 thresholds in 万元 per 亩 per year: at least `excellent` is 优, at least `good` 良, at least `fair` 中, else 差. */
export interface MuThresholds {
  excellent: number;
  good: number;
  fair: number;
}
export const DEFAULT_MU_THRESHOLDS: MuThresholds = { excellent: 30, good: 15, fair: 5 };

export interface MuFigures {
  landMu: number | null;
  /** Annual tax paid, 万元. */
  taxWan: number | null;
  /** Annual output (产值), 亿元. */
  outputYi: number | null;
  /** Fixed investment in place, 亿元. */
  investedYi: number | null;
}

export interface MuEfficiency {
  /** 万元 per 亩 per year. */
  taxPerMu: number | null;
  /** 万元 per 亩 per year (1 亿元 = 10,000 万元). */
  outputPerMu: number | null;
  /** 万元 per 亩 (投资强度). */
  investedPerMu: number | null;
  grade: MuGrade | null;
  /** What the grade rests on, or why there is none. */
  reason: string;
}

// Multiplied before dividing: 199 / 40 = 4.975 rounds to 4.98, as on paper (4.975 * 100 is 497.4999… in floating point).
const perMu = (value: number | null, landMu: number): number | null => (value === null ? null : Math.round((value * 100) / landMu) / 100);

export function muEfficiency(f: MuFigures, t: MuThresholds = DEFAULT_MU_THRESHOLDS): MuEfficiency {
  if (f.landMu === null || !(f.landMu > 0)) {
    return { taxPerMu: null, outputPerMu: null, investedPerMu: null, grade: null, reason: '缺少用地面积，无法计算亩均效益' };
  }
  const taxPerMu = perMu(f.taxWan, f.landMu);
  const outputPerMu = perMu(f.outputYi === null ? null : f.outputYi * 10000, f.landMu);
  const investedPerMu = perMu(f.investedYi === null ? null : f.investedYi * 10000, f.landMu);
  if (taxPerMu === null) return { taxPerMu, outputPerMu, investedPerMu, grade: null, reason: '未报送税收数据，暂不评级' };
  const grade =
    taxPerMu >= t.excellent ? MuGrade.EXCELLENT : taxPerMu >= t.good ? MuGrade.GOOD : taxPerMu >= t.fair ? MuGrade.FAIR : MuGrade.POOR;
  return {
    taxPerMu,
    outputPerMu,
    investedPerMu,
    grade,
    reason: `亩均税收 ${taxPerMu} 万元/亩，评为「${MU_GRADE_ZH[grade]}」（优 ≥ ${t.excellent}，良 ≥ ${t.good}，中 ≥ ${t.fair}）`,
  };
}

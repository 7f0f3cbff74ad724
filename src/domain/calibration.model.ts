/**
 * 评分校准: did the assessment's scores predict 履约? Projects signed in a window, each assessed as of
 * its signing day, grouped by score band and by each part's strong or weak half, with their outcomes
 * as known on a day. Pure; docs/assessment.md says how to read it.
 */
import { addDays, daysBetween } from './calendar';
import { AssessmentRules, bandOf, median, PART_KEYS, PART_ZH, PartKey } from './assessment.model';

export interface CalibrationCase {
  score: number;
  vetoed: boolean;
  /** Share (0–1) of each part's points earned. */
  shares: Record<PartKey, number>;
  weights: Record<PartKey, number>;
  signedOn: string;
  agreedStartOn: string | null;
  startedOn: string | null;
  defaultedOn: string | null;
}

export interface CalibrationGroup {
  group: string;
  part: string | null;
  count: number;
  vetoed: number;
  keptRate: number | null;
  defaultRate: number | null;
  startRate: number | null;
  medianDaysToStart: number | null;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const rate = (n: number, of: number): number | null => (of === 0 ? null : r3(n / of));

/**
 * The outcomes of one group as known on `on`: 履约率 among those whose start was due by then (the
 * agreed start, else `startDueDays` after signing) — started by the due day and not defaulted; 违约率
 * and 开工率 among all; the median days from signing to 开工 of those that started.
 */
export function outcomesOf(
  cases: CalibrationCase[],
  on: string,
  startDueDays: number,
  group: string,
  part: string | null,
): CalibrationGroup {
  const started = cases.filter((c) => c.startedOn !== null && c.startedOn <= on);
  const defaulted = cases.filter((c) => c.defaultedOn !== null && c.defaultedOn <= on);
  const dueOf = (c: CalibrationCase): string => c.agreedStartOn ?? addDays(c.signedOn, startDueDays);
  const due = cases.filter((c) => dueOf(c) <= on);
  const kept = due.filter((c) => c.startedOn !== null && c.startedOn <= dueOf(c) && !(c.defaultedOn !== null && c.defaultedOn <= on));
  return {
    group,
    part,
    count: cases.length,
    vetoed: cases.filter((c) => c.vetoed).length,
    keptRate: rate(kept.length, due.length),
    defaultRate: rate(defaulted.length, cases.length),
    startRate: rate(started.length, cases.length),
    medianDaysToStart: median(started.map((c) => daysBetween(c.signedOn, c.startedOn!))),
  };
}

/** The table: by band (≥ pass, conditional–pass, below), then by part (strong half, weak half). */
export function calibrate(
  cases: CalibrationCase[],
  on: string,
  rules: AssessmentRules,
): { byBand: CalibrationGroup[]; byPart: CalibrationGroup[] } {
  const startDueDays = rules.startDueDays;
  const { pass, conditional } = rules.bands;
  const bands: Array<['HIGH' | 'MIDDLE' | 'LOW', string]> = [
    ['HIGH', `≥ ${pass} 分`],
    ['MIDDLE', `${conditional}–${pass} 分`],
    ['LOW', `< ${conditional} 分`],
  ];
  const byBand = bands.map(([b, label]) =>
    outcomesOf(
      cases.filter((c) => bandOf(c.score, rules) === b),
      on,
      startDueDays,
      label,
      null,
    ),
  );
  const byPart = PART_KEYS.filter((k) => cases.some((c) => c.weights[k] > 0)).flatMap((k) => [
    outcomesOf(
      cases.filter((c) => c.shares[k] >= 0.5),
      on,
      startDueDays,
      '得分过半',
      PART_ZH[k],
    ),
    outcomesOf(
      cases.filter((c) => c.shares[k] < 0.5),
      on,
      startDueDays,
      '得分不足一半',
      PART_ZH[k],
    ),
  ]);
  return { byBand, byPart };
}

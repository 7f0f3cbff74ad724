import { AnalysisSettings } from '../../analysis-settings';
import { Neo4jGateway } from '../../db/gateway';
import { MU_GRADE_ZH, muEfficiency, MuEfficiency } from '../../domain/mu-efficiency.model';
import { ProjectStage } from '../../domain/project-stage';
import { AgreementPromises, annualReview, REVIEW_DISPOSAL_ZH, ReviewDisposal, Verdict, VERDICT_ZH } from '../../domain/review.model';
import { Injectable } from '../../graphql/scope';
import { DefaultDisposal } from '../../domain/enums';
import type { AnnualReviewArgs } from './landing.input';
import { AGREEMENT_OF, PARK_PERFORMANCE, REVIEW_FACTS, ReviewFactsRow } from './landing.queries';
import { Agreement, AnnualReviewResult, MuEfficiencyType, ParkPerformance, ProjectReview } from './landing.type';

const SEVERITY = Object.values(ReviewDisposal);
/** How a suggested 分类处置 is recorded as a default (the ledger's own disposals). */
const AS_DEFAULT: Record<ReviewDisposal, DefaultDisposal | null> = {
  RECLAIM_LAND: DefaultDisposal.RECLAIM_LAND,
  HOLD_LIABLE: null,
  REDUCE_LAND: DefaultDisposal.RENEGOTIATE,
  RECTIFY: DefaultDisposal.URGE_RECTIFY,
};

export function muType(m: MuEfficiency): MuEfficiencyType {
  return { ...m, gradeLabel: m.grade ? MU_GRADE_ZH[m.grade] : null };
}

/** The agreement's promises as the review model reads them. */
export function promisesOf(r: ReviewFactsRow): AgreementPromises {
  return {
    investment:
      r.promisedInvestmentYi !== null && r.promisedInvestmentByOn
        ? { amountYi: r.promisedInvestmentYi, byOn: r.promisedInvestmentByOn }
        : undefined,
    startOn: r.agreedStartOn ?? undefined,
    produceOn: r.agreedProduceOn ?? undefined,
    fullOutputYear: r.fullOutputYear ?? undefined,
    outputYi: r.promisedOutputYi ?? undefined,
    taxWan: r.promisedTaxWan ?? undefined,
  };
}

/** 投后履约考核 and 亩均效益 over the graph, judged by the pure models in src/domain/. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly settings: AnalysisSettings,
  ) {}

  reviewOf(r: ReviewFactsRow, year: number): ProjectReview {
    const { review, mu } = this.settings.config.landing;
    const { reviews, disposals } = annualReview(promisesOf(r), r, r.reports, year, review);
    const report = r.reports.find((x) => x.year === year);
    return {
      projectId: r.id,
      projectName: r.name,
      stage: r.stage as ProjectStage,
      promises: reviews,
      disposals,
      suggestion: disposals.length === 0 ? '履约达标' : `建议：${disposals.map((d) => REVIEW_DISPOSAL_ZH[d]).join('、')}`,
      recordDefaultAs: disposals.map((d) => AS_DEFAULT[d]).find((d) => d !== null) ?? null,
      mu: muType(
        report
          ? muEfficiency({ landMu: r.landMu, taxWan: report.taxWan, outputYi: report.outputYi, investedYi: report.investedYi }, mu)
          : { taxPerMu: null, outputPerMu: null, investedPerMu: null, grade: null, reason: `未报送 ${year} 年度数据，暂不评级` },
      ),
    };
  }

  async annualReview(args: AnnualReviewArgs): Promise<AnnualReviewResult> {
    const rows = await this.gw.read(REVIEW_FACTS, { ids: null });
    const all = rows.map((r) => this.reviewOf(r, args.year));
    const tally = (keys: (p: ProjectReview) => string[], label: (k: string) => string, order: string[]) =>
      order.map((key) => ({ key, label: label(key), count: all.filter((p) => keys(p).includes(key)).length }));
    const worst = (p: ProjectReview): number => (p.disposals.length === 0 ? SEVERITY.length : SEVERITY.indexOf(p.disposals[0]));
    return {
      year: args.year,
      reviewed: all.length,
      byVerdict: tally(
        (p) => p.promises.map((x) => x.verdict),
        (k) => VERDICT_ZH[k as Verdict],
        Object.keys(VERDICT_ZH),
      ),
      byDisposal: tally(
        (p) => p.disposals,
        (k) => REVIEW_DISPOSAL_ZH[k as ReviewDisposal],
        SEVERITY,
      ),
      projects: all
        .filter((p) => !args.disposals || p.disposals.some((d) => args.disposals!.includes(d)))
        .sort((a, b) => worst(a) - worst(b) || a.projectId.localeCompare(b.projectId))
        .slice(0, args.first),
    };
  }

  async agreementOf(projectId: string): Promise<Agreement> {
    const [row] = await this.gw.read(AGREEMENT_OF, { id: projectId });
    return row;
  }

  async parkPerformance(year: number): Promise<ParkPerformance[]> {
    const thresholds = this.settings.config.landing.mu;
    const rows = await this.gw.read(PARK_PERFORMANCE, { year });
    const parks = rows.map((r) => {
      // Only reports with land count: a tax figure without the land it came from says nothing per 亩.
      const landed = r.reports.filter((x) => x.landMu !== null && x.landMu > 0);
      const sum = (f: (x: (typeof landed)[number]) => number): number => landed.reduce((s, x) => s + f(x), 0);
      const landMu = Math.round(sum((x) => x.landMu!) * 10) / 10;
      const mu =
        landed.length === 0
          ? {
              taxPerMu: null,
              outputPerMu: null,
              investedPerMu: null,
              grade: null,
              reason: `园区内尚无项目报送 ${year} 年度数据及用地，暂不评级`,
            }
          : muEfficiency(
              { landMu, taxWan: sum((x) => x.taxWan), outputYi: sum((x) => x.outputYi), investedYi: sum((x) => x.investedYi) },
              thresholds,
            );
      return {
        parkId: r.parkId,
        parkName: r.parkName,
        rank: 0,
        mu: muType(mu),
        reportingProjects: landed.length,
        landMu,
        attractionRate: r.plannedSlots ? Math.round((r.enterpriseCount / r.plannedSlots) * 1000) / 1000 : null,
        availableMu: r.availableMu,
        idleMu: Math.round(r.idleMu * 10) / 10,
      };
    });
    parks.sort((a, b) => (b.mu.taxPerMu ?? -1) - (a.mu.taxPerMu ?? -1) || a.parkId.localeCompare(b.parkId));
    parks.forEach((p, i) => (p.rank = i + 1));
    return parks;
  }
}

import { ApprovalTemplate, DEFAULT_APPROVAL_WORKDAYS } from './approval-templates';
import { Office } from './offices';
import { ProjectStage, UnderwayStage } from './project-stage';
import { DEFAULT_WARNING_RULES, WarningRules } from './warnings.model';
import { DEFAULT_REVIEW_RULES, ReviewRules } from './review.model';
import { DEFAULT_MU_THRESHOLDS, MuThresholds } from './mu-efficiency.model';
import { AssessmentRules, DEFAULT_ASSESSMENT_RULES } from './assessment.model';

/**
 * Thresholds and weights of the chain-gap analysis and the target ranking. The defaults are
 * documented in docs/ranking.md; ANALYSIS_CONFIG_FILE may point at a JSON file that overrides any of
 * them (deep-merged, validated at start).
 */
export interface GapConfig {
  /** How much one local producer counts, by the evidence that it works in the link. */
  evidenceWeight: { STRONG: number; MEDIUM: number; WEAK: number };
  /** Revenue (亿元) at which a producer counts fully; smaller ones count revenue/this, at least minScale. */
  scaleRevenueYi: number;
  minScale: number;
  /** A solid producer has STRONG or MEDIUM evidence and at least this revenue (亿元). */
  solidMinRevenueYi: number;
  /** STRONG needs a chain leader (链主) or at least this many solid producers. */
  strongMinSolid: number;
  /** A present link whose presence is below this is WEAK. */
  weakPresence: number;
  /** A link whose local supply rate (本地配套率) is below this is WEAK. */
  weakSupplyRate: number;
  /** Presence at which a weak link's size deficit is gone. */
  fullPresence: number;
  /** Weighted local demand at which the demand factor reaches 1. */
  demandSaturation: number;
  /** The demand factor of a core link (核心环节) never falls below this. */
  coreDemandFloor: number;
  /** Nor does that of an end link (no downstream link in the chain: it sells to the market). */
  endLinkDemandFloor: number;
  /** Nor that of a broken link (断链): by definition local firms downstream need it. */
  brokenDemandFloor: number;
  /** Severity grade thresholds (0–100): ≥ urgent 紧急, ≥ important 重要, else 一般. */
  grades: { urgent: number; important: number };
  /**
   * How much of a gap a project filling it is taken to close, by stage (补链中): the severity is
   * multiplied by 1 − the best project's credit. Producing projects count as local producers instead;
   * planned and negotiating ones count for nothing yet.
   */
  pipelineCredit: Record<UnderwayStage, number>;
}

export interface RankingWeights {
  gapFit: number;
  capability: number;
  affinity: number;
  parkFit: number;
  intent: number;
  priorityTheme: number;
}

export interface RankingConfig {
  weights: RankingWeights;
  /** Land (亩) a firm's project is assumed to need when neither a project nor its revenue is known (flagged). */
  defaultLandNeedMu: number;
  /** The smallest land need an estimate gives (亩). */
  minLandNeedMu: number;
  /** Share of a firm's revenue taken as the investment of a new base when it has no project here. */
  newBaseShareOfRevenue: number;
  /** Investment intensity (投资强度, 万元/亩) of a chain that records none. */
  defaultInvestmentPerMuWan: number;
  /**
   * The least evidence that qualifies a firm for FILL and EXTEND (证据门槛). A firm below it is
   * ranked only for a gap where no candidate has better evidence, and is then flagged 需核实.
   */
  evidenceFloor: 'STRONG' | 'MEDIUM' | 'WEAK';
  /** Revenue (亿元) from which a producer counts as large (STRENGTHEN mode). */
  largeRevenueYi: number;
  /**
   * STRENGTHEN also admits a specialist: strong evidence (products, patents, certification) in the
   * strong link and 专精特新, high-tech, or at least this revenue (亿元).
   */
  specialistMinRevenueYi: number;
  /** Revenue (亿元) at which the scale part of capability reaches 1 (log scale). */
  capabilityRevenueYi: number;
  /** Each extra hop of a warm path multiplies its strength by this. */
  hopDecay: number;
}

/** planPortfolio's objective (docs/ranking.md). */
export interface PortfolioConfig {
  /** Share of a gap one firm with STRONG evidence is taken to close; each further firm closes this share of what is left. */
  closurePerFirm: number;
}

export interface PipelineSettings {
  /** Days a project may stay in a stage before it counts as at risk (逾期). */
  overdueDays: Record<UnderwayStage, number>;
  /** The year's task (年度目标任务) of the city. */
  annualTask: AnnualTask;
  /**
   * Tasks of one chain, team or park, and of the 百日攻坚 (empty: none set). Statistics filtered that
   * way are measured against their own task, never the city's; with none set they say so.
   */
  taskByIndustry: Record<string, AnnualTask>;
  taskByTeam: Record<string, AnnualTask>;
  taskByPark: Record<string, AnnualTask>;
  campaignTask: Partial<AnnualTask>;
}

export interface AnnualTask {
  signedProjects: number;
  signedAmountYi: number;
  projectsOver1Yi: number;
  projectsOver20Yi: number;
}

export interface AnalysisConfig {
  gaps: GapConfig;
  ranking: RankingConfig;
  portfolio: PortfolioConfig;
  /** Pipeline statistics (src/modules/pipeline): overdue allowances and the year's task. */
  pipeline: PipelineSettings;
  /** Working days each approval step takes, per template (模拟审批; docs/landing.md). */
  approvals: Record<ApprovalTemplate, Record<string, number>>;
  /** After the signature (docs/landing.md): warnings, the annual review, 亩均 grades, offices, idle land. */
  landing: LandingSettings;
  /** 项目预评估 (docs/assessment.md): points, floors, bands, vetoes and the negative list. */
  assessment: AssessmentRules;
}

export interface LandingSettings {
  warnings: WarningRules;
  review: ReviewRules;
  mu: MuThresholds;
  /** The office that leads a project at each stage (五办联动), and the days an office has to act on a handoff. */
  offices: { leads: Record<ProjectStage, Office>; handoffDays: Record<Office, number> };
  /** The campaign's idle-land task (“3年1.5万亩”低效闲置用地清理盘活): target in 亩 and its window. */
  idleLandTask: { targetMu: number; fromOn: string; toOn: string };
}

export const DEFAULT_ANALYSIS_CONFIG: AnalysisConfig = {
  gaps: {
    evidenceWeight: { STRONG: 1, MEDIUM: 0.6, WEAK: 0.3 },
    scaleRevenueYi: 10,
    minScale: 0.1,
    solidMinRevenueYi: 1,
    strongMinSolid: 3,
    weakPresence: 1,
    weakSupplyRate: 0.3,
    fullPresence: 3,
    demandSaturation: 4,
    coreDemandFloor: 0.5,
    endLinkDemandFloor: 0.4,
    brokenDemandFloor: 0.8,
    grades: { urgent: 60, important: 30 },
    pipelineCredit: {
      [ProjectStage.SIGNED]: 0.4,
      [ProjectStage.CONTRACTED]: 0.5,
      [ProjectStage.PERFORMING]: 0.6,
      [ProjectStage.STARTED]: 0.75,
    },
  },
  ranking: {
    weights: { gapFit: 0.35, capability: 0.2, affinity: 0.2, parkFit: 0.1, intent: 0.1, priorityTheme: 0.05 },
    defaultLandNeedMu: 50,
    minLandNeedMu: 10,
    newBaseShareOfRevenue: 0.1,
    defaultInvestmentPerMuWan: 300,
    evidenceFloor: 'MEDIUM',
    largeRevenueYi: 50,
    specialistMinRevenueYi: 10,
    capabilityRevenueYi: 500,
    hopDecay: 0.85,
  },
  portfolio: { closurePerFirm: 0.8 },
  pipeline: {
    overdueDays: { [ProjectStage.SIGNED]: 90, [ProjectStage.CONTRACTED]: 120, [ProjectStage.PERFORMING]: 180, [ProjectStage.STARTED]: 540 },
    // The campaign's annual task as the article states it: 200 signed projects, 1300亿, 100 of 1亿+, 20 of 20亿+.
    annualTask: { signedProjects: 200, signedAmountYi: 1300, projectsOver1Yi: 100, projectsOver20Yi: 20 },
    taskByIndustry: {},
    taskByTeam: {},
    taskByPark: {},
    campaignTask: {},
  },
  approvals: DEFAULT_APPROVAL_WORKDAYS,
  landing: {
    warnings: DEFAULT_WARNING_RULES,
    review: DEFAULT_REVIEW_RULES,
    mu: DEFAULT_MU_THRESHOLDS,
    offices: {
      leads: {
        [ProjectStage.PLANNED]: Office.INVESTMENT,
        [ProjectStage.NEGOTIATING]: Office.INVESTMENT,
        [ProjectStage.SIGNED]: Office.INVESTMENT,
        [ProjectStage.CONTRACTED]: Office.PARKS,
        [ProjectStage.PERFORMING]: Office.PREPARATION,
        [ProjectStage.STARTED]: Office.KEY_PROJECTS,
        [ProjectStage.PRODUCING]: Office.KEY_PROJECTS,
        [ProjectStage.DEFAULTED]: Office.INVESTMENT,
        [ProjectStage.WITHDRAWN]: Office.INVESTMENT,
      },
      handoffDays: { INVESTMENT: 15, PARKS: 30, PREPARATION: 30, KEY_PROJECTS: 15, STATE_ASSETS: 30 },
    },
    // The article names the task, not its window: 2022 to 2024 is an assumption (set it in the config file).
    idleLandTask: { targetMu: 15000, fromOn: '2022-01-01', toOn: '2024-12-31' },
  },
  assessment: DEFAULT_ASSESSMENT_RULES,
};

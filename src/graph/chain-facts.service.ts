import { AnalysisSettings } from '../analysis-settings';
import { AnalysisConfig, RankingWeights } from '../domain/analysis-config';
import { Neo4jGateway } from '../db/gateway';
import { NANAN_CITY_CODE, Ownership } from '../domain/enums';
import { diagnoseChains, groupBy, LinkGap, LinkStatus } from '../domain/gaps.model';
import { COMPONENT_ORDER, RankingInputs, RankingMode, RawWarmPath, withHops } from '../domain/ranking.model';
import { BadInputError, NotFoundError } from '../errors';
import { Injectable } from '../graphql/scope';
import { VersionedValues } from '../graphql/versioned-values';
import { toCandidate, toFlowMap, toIntensityMap, toParkInfo, toThemeMap } from './chain-facts.mappers';
import {
  CandidateRow,
  FLOWS,
  FlowRow,
  INDUSTRY_FACTS,
  IndustryFactRow,
  LINK_METRICS,
  LinkMetricsRow,
  ParkFactRow,
  PARKS,
  TARGET_CANDIDATES,
  WARM_PATHS,
} from './chain-facts.queries';
import type { ChainLink } from './industry.type';
import type { Park } from './park.type';
import type { Project } from './project.type';
import { DuplicateService } from './duplicates.service';

/** A ranking question without its paging: what counts, for whom, under which weights. */
export interface RankingQuestion {
  industryCode?: string;
  mode: RankingMode;
  weights?: Partial<RankingWeights>;
  provinceCode?: string;
  /** Only links with these codes, or in these statuses, count (the rest of a firm's links are ignored). */
  linkCodes?: string[];
  statuses?: LinkStatus[];
  /** Leave out targets already investing in a project of the pipeline. */
  excludeInPipeline?: boolean;
  /** Only targets owned as one of these (企业性质). */
  ownerships?: Ownership[];
  fortune500Only: boolean;
  needsParkFit: boolean;
  landNeedMu?: number;
}

/** The graph as a question reads it: today's, or (the backtest) the graph as it stood on a day. */
export interface GraphView {
  metrics(rows: LinkMetricsRow[]): LinkMetricsRow[];
  candidates(rows: CandidateRow[]): CandidateRow[];
}
const TODAY: GraphView = { metrics: (rows) => rows, candidates: (rows) => rows };

/** What the ranking's pure functions take, with the nodes that show its answer. */
export interface RankingBasis {
  inputs: RankingInputs;
  parks: Map<string, Park>;
  projects: Map<string, Project>;
}

/**
 * The facts of the chains every analysis reads — link metrics, their diagnosis, target candidates,
 * parks, flows, warm paths — each read once per graph version, and the one builder of the ranking's
 * inputs (ranking, portfolio and backtest all start from it).
 */
@Injectable()
export class ChainFacts {
  readonly config: AnalysisConfig;
  /** This request's link metrics: the graph version is read once per request, not once per use. */
  private metrics: Promise<LinkMetricsRow[]> | undefined;

  constructor(
    private readonly gw: Neo4jGateway,
    settings: AnalysisSettings,
    private readonly versioned: VersionedValues,
    private readonly duplicates: DuplicateService,
  ) {
    this.config = settings.config;
  }

  /** Link metrics of the whole graph, computed once per graph version (and looked up once per request). */
  linkMetrics(): Promise<LinkMetricsRow[]> {
    this.metrics ??= this.versioned.get('link-metrics', () => this.gw.read(LINK_METRICS, {}));
    return this.metrics;
  }

  /** Every link of every chain, diagnosed (断链/缺链/弱链/强链 and severity). */
  async gaps(view: GraphView = TODAY): Promise<LinkGap[]> {
    return diagnoseChains(view.metrics(await this.linkMetrics()), this.config.gaps);
  }

  /** The links of every chain by code, as the API shows them. */
  async chainLinks(): Promise<Map<string, ChainLink>> {
    return new Map((await this.linkMetrics()).map((r) => [r.code, r.link]));
  }

  /** Links by code and the projects filling them by id, in full, for the gap reports. */
  async nodeLookups(): Promise<{ link: (code: string) => ChainLink; project: (id: string) => Project }> {
    const rows = await this.linkMetrics();
    const links = new Map(rows.map((r) => [r.code, r.link]));
    const projects = new Map(rows.flatMap((r) => r.projects.map((p) => [p.id, p] as const)));
    return { link: (code) => links.get(code)!, project: (id) => projects.get(id)! };
  }

  /** The target candidates of one chain (or all), read once per graph version. */
  candidateRows(industryCode?: string): Promise<CandidateRow[]> {
    const industry = industryCode ?? null;
    return this.versioned.get(`candidates:${industry ?? '*'}`, () =>
      this.gw.read(TARGET_CANDIDATES, { industry, provinceCode: null, ownerships: null, fortune500Only: false }),
    );
  }

  /** Parks, flows and chain facts, which change only with the graph: read once per graph version. */
  graphFacts(): Promise<{ parks: ParkFactRow[]; flows: FlowRow[]; themes: IndustryFactRow[] }> {
    return this.versioned.get('graph-facts', async () => {
      const [parks, flows, themes] = await Promise.all([
        this.gw.read(PARKS, {}),
        this.gw.read(FLOWS, {}),
        this.gw.read(INDUSTRY_FACTS, {}),
      ]);
      return { parks, flows, themes };
    });
  }

  /** Warm paths from Nan'an to these firms, as the database has them, in one query. */
  async warmPaths(usccs: string[]): Promise<Map<string, RawWarmPath[]>> {
    if (usccs.length === 0) return new Map();
    const rows = (await this.gw.read(WARM_PATHS, { usccs, home: NANAN_CITY_CODE })).map(withHops);
    return groupBy(rows, (r) => r.uscc);
  }

  /** The weights in force: the defaults with the question's own over them; never all zero. */
  weightsFor(given?: Partial<RankingWeights>): RankingWeights {
    const weights = {
      ...this.config.ranking.weights,
      ...Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== undefined && v !== null)),
    };
    if (COMPONENT_ORDER.every((k) => weights[k] === 0)) {
      throw new BadInputError([{ path: 'input.weights', message: 'weights must not all be zero' }]);
    }
    return weights;
  }

  /**
   * Everything the ranking's pure functions need for one question, warm paths left empty (the
   * ranking reads them for the candidates that can reach its page; the backtest for all).
   */
  async rankingInputs(q: RankingQuestion, view: GraphView = TODAY): Promise<RankingBasis> {
    const weights = this.weightsFor(q.weights);
    // Gaps of every chain: EXTEND and cross-chain firms need neighbouring statuses.
    const [gapList, all, { parks, flows, themes }, duplicates] = await Promise.all([
      this.gaps(view),
      this.candidateRows(q.industryCode),
      this.graphFacts(),
      this.duplicates.all(),
    ]);
    if (q.industryCode && !gapList.some((g) => g.metrics.industryCode === q.industryCode))
      throw new NotFoundError('Industry', q.industryCode);
    // The question's filters on the cached candidates of the chain (a bounded cache: one entry per chain).
    const owned = q.ownerships?.length ? new Set<string>(q.ownerships) : null;
    const candidates = view
      .candidates(all)
      .filter(
        (c) =>
          (!q.provinceCode || (c.cityCode ?? '').startsWith(q.provinceCode)) &&
          (!owned || owned.has(c.target.ownership ?? '')) &&
          (!q.fortune500Only || c.target.fortune500 === true),
      );
    const inputs: RankingInputs = {
      mode: q.mode,
      weights,
      onlyLinks: q.linkCodes?.length ? new Set(q.linkCodes) : undefined,
      onlyStatuses: q.statuses?.length ? new Set(q.statuses) : undefined,
      excludeInPipeline: q.excludeInPipeline ?? false,
      sameFirm: duplicates.groups,
      candidates: candidates.map(toCandidate),
      gaps: new Map(gapList.map((g) => [g.metrics.code, g])),
      flows: toFlowMap(flows),
      themes: toThemeMap(themes),
      investmentIntensity: toIntensityMap(themes),
      parks: parks.map(toParkInfo),
      warmPaths: new Map(),
      landNeedMu: q.landNeedMu,
      needsParkFit: q.needsParkFit,
      gapConfig: this.config.gaps,
      config: this.config.ranking,
    };
    const projects = new Map(candidates.flatMap((c) => c.pipeline.map((p) => [p.id, p] as const)));
    return { inputs, parks: new Map(parks.map((r) => [r.park.id, r.park])), projects };
  }
}

import { Neo4jGateway } from '../../db/gateway';
import { VersionedValues } from '../../graphql/versioned-values';
import { NANAN_CITY_CODE, Ownership } from '../../domain/enums';
import { BadInputError, NotFoundError } from '../../errors';
import { decodeRankCursor, encodeRankCursor, PageInfo, questionKey, RankCursor } from '../../graphql/pagination';
import { Injectable } from '../../graphql/scope';
import { DuplicateService } from '../enterprise/duplicates.service';
import { ENTERPRISE_BY_USCC, EnterpriseFolds } from '../enterprise/enterprise.queries';
import { EnterpriseService } from '../enterprise/enterprise.service';
import type { Enterprise } from '../enterprise/enterprise.type';
import type { ChainLink } from '../industry/industry.type';
import type { Park } from '../park/park.type';
import type { Project } from '../project/project.type';
import { AnalysisSettings, AnalysisConfig, RankingWeights } from './analysis.config';
import { CandidateRow, FLOWS, INDUSTRY_FACTS, LINK_METRICS, LinkMetricsRow, ParkRow, PARKS, TARGET_CANDIDATES, WARM_PATHS } from './analysis.queries';

type FlowRow = { fromCode: string; toCode: string; strength: number };
type IndustryFactRow = { code: string; name: string; themes: string[]; investmentPerMuWan: number | null };
import { toCandidate, toFlowMap, toIntensityMap, toParkInfo, toThemeMap } from './analysis.rows';
import { analyseLinks, chainSupplyRate, LinkGap, LinkStatus } from './gaps.scoring';
import {
  byRank,
  COMPONENT_ORDER,
  describePath,
  pathStrength,
  Prepared,
  prepareCandidates,
  RankedTarget,
  RankingInputs,
  RankingMode,
  RawWarmPath,
  scorePrepared,
  WarmPath,
  withHops,
} from './ranking.scoring';

export interface ChainGapResult {
  industry: { code: string; name: string };
  localSupplyRate: number | null;
  gaps: LinkGap[];
}

export interface RankRequest {
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
  first: number;
  after?: string;
  /** Score every candidate (reference behaviour for tests); normally only those that can reach the page. */
  exhaustive?: boolean;
  /** Relations of the page's enterprises the request selected, read with them in one statement. */
  fold?: EnterpriseFolds;
}

/** What the API needs to show results: nodes by key, in full. */
export interface Lookups {
  link: (code: string) => ChainLink;
  enterprise: (uscc: string) => Enterprise;
  park: (id: string) => Park;
  project: (id: string) => Project;
}

export interface RankResult {
  mode: RankingMode;
  industryCode: string | null;
  weights: RankingWeights;
  /** The land need the request gave every firm; undefined when each firm's is estimated. */
  landNeedMu?: number;
  totalCount: number;
  edges: Array<{ cursor: string; node: RankedTarget }>;
  pageInfo: PageInfo;
  lookups: Lookups;
}

type Scored = Omit<RankedTarget, 'rank'>;

const bySeverity = (a: LinkGap, b: LinkGap): number => b.severity - a.severity || a.metrics.code.localeCompare(b.metrics.code);

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

@Injectable()
export class AnalysisService {
  private readonly config: AnalysisConfig;
  /** This request's link metrics: the graph version is read once per request, not once per use. */
  private metrics: Promise<LinkMetricsRow[]> | undefined;

  constructor(
    private readonly gw: Neo4jGateway,
    settings: AnalysisSettings,
    private readonly versioned: VersionedValues,
    private readonly duplicates: DuplicateService,
    private readonly enterprises: EnterpriseService,
  ) {
    this.config = settings.config;
  }

  /** 断链/缺链/弱链/强链 of one chain, most severe first. */
  async chainGaps(industryCode: string): Promise<ChainGapResult> {
    const gaps = (await this.linkGaps()).filter((g) => g.metrics.industryCode === industryCode);
    if (gaps.length === 0) throw new NotFoundError('Industry', industryCode);
    return { industry: { code: industryCode, name: gaps[0].metrics.industryName }, localSupplyRate: chainSupplyRate(gaps), gaps: [...gaps].sort(bySeverity) };
  }

  /** Every chain's gap report, in industry-code order. */
  async allChainGaps(): Promise<ChainGapResult[]> {
    const byIndustry = groupBy(await this.linkGaps(), (g) => g.metrics.industryCode);
    return [...byIndustry.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, list]) => ({ industry: { code, name: list[0].metrics.industryName }, localSupplyRate: chainSupplyRate(list), gaps: [...list].sort(bySeverity) }));
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

  /** The gap thresholds in force (the reports explain the pipeline with them). */
  get gapConfig(): AnalysisConfig['gaps'] {
    return this.config.gaps;
  }

  weightsFor(given?: Partial<RankingWeights>): RankingWeights {
    const weights = { ...this.config.ranking.weights, ...Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== undefined && v !== null)) };
    if (COMPONENT_ORDER.every((k) => weights[k] === 0)) {
      throw new BadInputError([{ path: 'input.weights', message: 'weights must not all be zero' }]);
    }
    return weights;
  }

  /** Warm paths from Nan'an to one firm with at most `maxHops` relationships, strongest first. */
  async warmPaths(uscc: string, maxHops: number): Promise<WarmPath[]> {
    const [exists] = await this.gw.read(ENTERPRISE_BY_USCC, { uscc });
    if (!exists) throw new NotFoundError('Enterprise', uscc);
    const raw = (await this.warmPathsFor([uscc])).get(uscc) ?? [];
    return raw
      .filter((p) => p.hops <= maxHops)
      .map((p) => ({ ...p, strength: pathStrength(p, this.config.ranking), description: describePath(p) }))
      .sort((a, b) => b.strength - a.strength || a.hops - b.hops || a.description.localeCompare(b.description));
  }

  /**
   * Does once, in the background after start, what the first analysis request would otherwise wait
   * for: the link metrics of the graph (cached per version) and Neo4j's plans for the ranking queries.
   */
  async warmUp(): Promise<void> {
    await this.allChainGaps();
    await this.rank({ mode: RankingMode.FILL, fortune500Only: false, needsParkFit: false, first: 1 });
  }

  /** The ranked targets for one mode, a page at a time (keyset over score, then USCC). */
  async rank(req: RankRequest): Promise<RankResult> {
    // The cursor is bound to the whole question: mode, industry, filters, land need and the weights in force.
    const weights = this.weightsFor(req.weights);
    const order = questionKey('RANK', { ...req, after: undefined, first: undefined, exhaustive: undefined, fold: undefined, weights, landNeedMu: req.landNeedMu });
    const cursor = req.after ? decodeRankCursor(req.after, order, 'after') : null;
    // A page of a question changes only with the graph: scored once per graph version (bounded cache).
    const scored = await this.versioned.get(`rank:${order}:${req.first}:${req.after ?? ''}:${req.exhaustive ? 'all' : ''}`, async () => {
      const { inputs, parks, projects } = await this.rankingInputs(req);
      const prepared = prepareCandidates(inputs);
      const page = await this.scorePage(prepared, inputs, req, cursor);
      // Kept: the page and what shows it, not the inputs (every candidate) it was scored from.
      return { inputs: { weights: inputs.weights, landNeedMu: inputs.landNeedMu }, nodes: { parks, projects }, total: prepared.length, page };
    });
    return this.connection(req, scored.inputs, scored.nodes, scored.total, scored.page, cursor, order);
  }

  /**
   * The candidates that qualify for a mode, scored but for their warm paths, with the inputs and
   * park rows they were prepared from (planPortfolio builds on them).
   */
  async prepared(req: Omit<RankRequest, 'first'>): Promise<{ prepared: Prepared[]; inputs: RankingInputs; parks: Map<string, Park> }> {
    const { inputs, parks } = await this.rankingInputs({ ...req, first: 1 });
    return { prepared: prepareCandidates(inputs), inputs, parks };
  }

  /** Fetch: everything the scores need, as the pure functions take it. */
  private async rankingInputs(req: RankRequest): Promise<{ inputs: RankingInputs; parks: Map<string, Park>; projects: Map<string, Project> }> {
    const weights = this.weightsFor(req.weights);
    // Gaps of every chain: EXTEND and cross-chain firms need neighbouring statuses.
    const [gapList, all, { parks, flows, themes }, duplicates] = await Promise.all([this.linkGaps(), this.candidateRows(req.industryCode), this.graphFacts(), this.duplicates.all()]);
    // The request's filters on the cached candidates of the chain (a bounded cache: one entry per chain).
    const owned = req.ownerships?.length ? new Set<string>(req.ownerships) : null;
    const candidates = all.filter(
      (c) =>
        (!req.provinceCode || (c.cityCode ?? '').startsWith(req.provinceCode)) &&
        (!owned || owned.has(c.target.ownership ?? '')) &&
        (!req.fortune500Only || c.target.fortune500 === true),
    );
    if (req.industryCode && !gapList.some((g) => g.metrics.industryCode === req.industryCode)) {
      throw new NotFoundError('Industry', req.industryCode);
    }
    const inputs: RankingInputs = {
      mode: req.mode,
      weights,
      onlyLinks: req.linkCodes?.length ? new Set(req.linkCodes) : undefined,
      onlyStatuses: req.statuses?.length ? new Set(req.statuses) : undefined,
      excludeInPipeline: req.excludeInPipeline ?? false,
      sameFirm: duplicates.groups,
      candidates: candidates.map(toCandidate),
      gaps: new Map(gapList.map((g) => [g.metrics.code, g])),
      flows: toFlowMap(flows),
      themes: toThemeMap(themes),
      investmentIntensity: toIntensityMap(themes),
      parks: parks.map(toParkInfo),
      warmPaths: new Map(),
      landNeedMu: req.landNeedMu,
      needsParkFit: req.needsParkFit,
      gapConfig: this.config.gaps,
      config: this.config.ranking,
    };
    const projects = new Map(candidates.flatMap((c) => c.pipeline.map((p) => [p.id, p] as const)));
    return { inputs, parks: new Map(parks.map((r) => [r.park.id, r.park])), projects };
  }

  /** Score the page: the candidates after the cursor, best first, `first` of them. */
  private async scorePage(prepared: Prepared[], inputs: RankingInputs, req: RankRequest, cursor: RankCursor | null): Promise<Scored[]> {
    const follows = (r: { score: number; candidate: { uscc: string } }): boolean =>
      !cursor || r.score < cursor.score || (r.score === cursor.score && r.candidate.uscc > cursor.uscc);
    let scored: Scored[];
    if (req.exhaustive) {
      const all = await this.warmPathsFor(prepared.map((p) => p.candidate.uscc));
      scored = prepared.map((p) => scorePrepared(p, all.get(p.candidate.uscc) ?? [], inputs));
    } else {
      scored = await this.scoreTopPage(prepared, inputs, req.first, follows, cursor?.score ?? null);
    }
    return scored.filter(follows).sort(byRank).slice(0, req.first);
  }

  /** Build the connection: ranks continue from the cursor, nodes in full for the API. */
  private async connection(
    req: RankRequest,
    inputs: Pick<RankingInputs, 'weights' | 'landNeedMu'>,
    nodes: { parks: Map<string, Park>; projects: Map<string, Project> },
    total: number,
    page: Scored[],
    cursor: RankCursor | null,
    order: string,
  ): Promise<RankResult> {
    // The candidates carried only what scores use; the page's enterprises are read in full.
    const usccs = page.flatMap((r) => [r.candidate.uscc, ...r.duplicates.map((d) => d.uscc)]);
    const [byUscc, links] = await Promise.all([this.enterprises.byUsccs(usccs, req.fold), this.chainLinks()]);
    const base = cursor?.rank ?? 0;
    const edges = page.map((r, i) => {
      const node: RankedTarget = { ...r, rank: base + i + 1 };
      return { cursor: encodeRankCursor(order, { score: node.score, rank: node.rank, uscc: node.candidate.uscc }), node };
    });
    return {
      mode: req.mode,
      industryCode: req.industryCode ?? null,
      weights: inputs.weights,
      landNeedMu: inputs.landNeedMu,
      totalCount: total,
      edges,
      pageInfo: {
        hasNextPage: base + page.length < total,
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      lookups: {
        link: (code) => links.get(code)!,
        enterprise: (uscc) => byUscc.get(uscc)!,
        park: (id) => nodes.parks.get(id)!,
        project: (id) => nodes.projects.get(id)!,
      },
    };
  }

  /**
   * Scores just enough candidates to know one page exactly. Warm paths (the costly part) can only
   * raise a score from its lower to its upper bound, so candidates are scored in order of upper
   * bound until the page's last score beats every upper bound left; ties keep going. Candidates
   * whose lower bound already puts them before the cursor are skipped.
   */
  private async scoreTopPage(
    prepared: Prepared[],
    inputs: RankingInputs,
    first: number,
    follows: (r: { score: number; candidate: { uscc: string } }) => boolean,
    cursorScore: number | null,
  ): Promise<Scored[]> {
    const pending = prepared
      .filter((p) => cursorScore === null || p.lower <= cursorScore)
      .sort((a, b) => b.upper - a.upper || (a.candidate.uscc < b.candidate.uscc ? -1 : 1));
    const scored: Scored[] = [];
    // Batches grow geometrically: few round trips when bounds are loose, little waste when tight.
    let batch = Math.max(20, first * 4);
    for (let i = 0; i < pending.length; i += batch, batch *= 2) {
      const inPage = scored.filter(follows).sort(byRank);
      if (inPage.length >= first && inPage[first - 1].score > pending[i].upper) break;
      const chunk = pending.slice(i, i + batch);
      const paths = await this.warmPathsFor(chunk.map((p) => p.candidate.uscc));
      for (const p of chunk) scored.push(scorePrepared(p, paths.get(p.candidate.uscc) ?? [], inputs));
    }
    return scored;
  }

  /** Warm paths of these firms, as the database has them (the backtest scores every candidate). */
  warmPathsOf(usccs: string[]): Promise<Map<string, RawWarmPath[]>> {
    return this.warmPathsFor(usccs);
  }

  /** Warm paths of these firms, in one query (protected: a test counts how many firms it asks for). */
  protected async warmPathsFor(usccs: string[]): Promise<Map<string, RawWarmPath[]>> {
    if (usccs.length === 0) return new Map();
    return groupBy((await this.gw.read(WARM_PATHS, { usccs, home: NANAN_CITY_CODE })).map(withHops), (r) => r.uscc);
  }

  /** The target candidates of one chain (or all), read once per graph version. */
  candidateRows(industryCode?: string): Promise<CandidateRow[]> {
    const industry = industryCode ?? null;
    return this.versioned.get(`candidates:${industry ?? '*'}`, () => this.gw.read(TARGET_CANDIDATES, { industry, provinceCode: null, ownerships: null, fortune500Only: false }));
  }

  /** Parks, flows and chain facts, which change only with the graph: read once per graph version. */
  graphFacts(): Promise<{ parks: ParkRow[]; flows: FlowRow[]; themes: IndustryFactRow[] }> {
    return this.versioned.get('graph-facts', async () => {
      const [parks, flows, themes] = await Promise.all([this.gw.read(PARKS, {}), this.gw.read(FLOWS, {}), this.gw.read(INDUSTRY_FACTS, {})]);
      return { parks, flows, themes };
    });
  }

  /** Link metrics of the whole graph, computed once per graph version (and looked up once per request). */
  linkMetrics(): Promise<LinkMetricsRow[]> {
    this.metrics ??= this.versioned.get('link-metrics', () => this.gw.read(LINK_METRICS, {}));
    return this.metrics;
  }

  /** Statuses need the whole chain (up/downstream presence), so links are analysed industry by industry. */
  private async linkGaps(): Promise<LinkGap[]> {
    const byIndustry = groupBy(await this.linkMetrics(), (r) => r.industryCode);
    return [...byIndustry.values()].flatMap((links) => analyseLinks(links, this.config.gaps));
  }
}

import { AnalysisSettings } from '../../analysis-settings';
import { AnalysisConfig, RankingWeights } from '../../domain/analysis-config';
import { chainSupplyRate, groupBy, LinkGap } from '../../domain/gaps.model';
import {
  byRank,
  describePath,
  pathStrength,
  Prepared,
  prepareCandidates,
  ScoredTarget,
  RankingInputs,
  RankingMode,
  scorePrepared,
  ScoredPath,
} from '../../domain/ranking.model';
import { NotFoundError } from '../../errors';
import { ChainFacts, RankingQuestion } from '../../graph/chain-facts.service';
import { EnterpriseReader } from '../../graph/enterprise-reader.service';
import { ENTERPRISE_BY_USCC, EnterpriseFolds } from '../../graph/enterprise.queries';
import type { Enterprise } from '../../graph/enterprise.type';
import type { ChainLink } from '../../graph/industry.type';
import type { Park } from '../../graph/park.type';
import type { Project } from '../../graph/project.type';
import { Neo4jGateway } from '../../db/gateway';
import { decodeRankCursor, encodeRankCursor, PageInfo, questionKey, RankCursor } from '../../graphql/pagination';
import { Injectable } from '../../graphql/scope';
import { VersionedValues } from '../../graphql/versioned-values';

export interface ChainGapResult {
  industry: { code: string; name: string };
  localSupplyRate: number | null;
  gaps: LinkGap[];
}

/** A ranking question and the page of it asked for. */
export interface RankRequest extends RankingQuestion {
  first: number;
  after?: string;
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
  edges: Array<{ cursor: string; node: ScoredTarget }>;
  pageInfo: PageInfo;
  lookups: Lookups;
}

type Scored = Omit<ScoredTarget, 'rank'>;

const bySeverity = (a: LinkGap, b: LinkGap): number => b.severity - a.severity || a.metrics.code.localeCompare(b.metrics.code);

/** Diagnosis (产业链诊断) and ranking (招商目标推荐) over the chain facts. Reads only. */
@Injectable()
export class AnalysisService {
  private readonly config: AnalysisConfig;
  /** Score every candidate's warm paths instead of only those that can reach the page (a reference for tests). */
  private readonly scoreEveryCandidate: boolean;

  constructor(
    private readonly gw: Neo4jGateway,
    settings: AnalysisSettings,
    private readonly versioned: VersionedValues,
    private readonly facts: ChainFacts,
    private readonly enterprises: EnterpriseReader,
  ) {
    this.config = settings.config;
    this.scoreEveryCandidate = settings.scoreEveryCandidate;
  }

  /** 断链/缺链/弱链/强链 of one chain, most severe first. */
  async chainGaps(industryCode: string): Promise<ChainGapResult> {
    const gaps = (await this.facts.gaps()).filter((g) => g.metrics.industryCode === industryCode);
    if (gaps.length === 0) throw new NotFoundError('Industry', industryCode);
    return {
      industry: { code: industryCode, name: gaps[0].metrics.industryName },
      localSupplyRate: chainSupplyRate(gaps),
      gaps: [...gaps].sort(bySeverity),
    };
  }

  /** Every chain's gap report, in industry-code order. */
  async allChainGaps(): Promise<ChainGapResult[]> {
    const byIndustry = groupBy(await this.facts.gaps(), (g) => g.metrics.industryCode);
    return [...byIndustry.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, list]) => ({
        industry: { code, name: list[0].metrics.industryName },
        localSupplyRate: chainSupplyRate(list),
        gaps: [...list].sort(bySeverity),
      }));
  }

  /** The gap thresholds in force (the reports explain the pipeline with them). */
  get gapConfig(): AnalysisConfig['gaps'] {
    return this.config.gaps;
  }

  /** Warm paths from Nan'an to one firm with at most `maxHops` relationships, strongest first. */
  async warmPaths(uscc: string, maxHops: number): Promise<ScoredPath[]> {
    const [exists] = await this.gw.read(ENTERPRISE_BY_USCC, { uscc });
    if (!exists) throw new NotFoundError('Enterprise', uscc);
    const raw = (await this.facts.warmPaths([uscc])).get(uscc) ?? [];
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
    const weights = this.facts.weightsFor(req.weights);
    const order = questionKey('RANK', { ...req, after: undefined, first: undefined, fold: undefined, weights, landNeedMu: req.landNeedMu });
    const cursor = req.after ? decodeRankCursor(req.after, order, 'after') : null;
    // A page of a question changes only with the graph: scored once per graph version (bounded cache).
    const scored = await this.versioned.get(`rank:${order}:${req.first}:${req.after ?? ''}`, async () => {
      const { inputs, parks, projects } = await this.facts.rankingInputs(req);
      const prepared = prepareCandidates(inputs);
      const page = await this.scorePage(prepared, inputs, req, cursor);
      // Kept: the page and what shows it, not the inputs (every candidate) it was scored from.
      return {
        inputs: { weights: inputs.weights, landNeedMu: inputs.landNeedMu },
        nodes: { parks, projects },
        total: prepared.length,
        page,
      };
    });
    return this.connection(req, scored.inputs, scored.nodes, scored.total, scored.page, cursor, order);
  }

  /** Score the page: the candidates after the cursor, best first, `first` of them. */
  private async scorePage(prepared: Prepared[], inputs: RankingInputs, req: RankRequest, cursor: RankCursor | null): Promise<Scored[]> {
    const follows = (r: { score: number; candidate: { uscc: string } }): boolean =>
      !cursor || r.score < cursor.score || (r.score === cursor.score && r.candidate.uscc > cursor.uscc);
    let scored: Scored[];
    if (this.scoreEveryCandidate) {
      const all = await this.facts.warmPaths(prepared.map((p) => p.candidate.uscc));
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
    const [byUscc, links] = await Promise.all([this.enterprises.byUsccs(usccs, req.fold), this.facts.chainLinks()]);
    const base = cursor?.rank ?? 0;
    const edges = page.map((r, i) => {
      const node: ScoredTarget = { ...r, rank: base + i + 1 };
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
      const paths = await this.facts.warmPaths(chunk.map((p) => p.candidate.uscc));
      for (const p of chunk) scored.push(scorePrepared(p, paths.get(p.candidate.uscc) ?? [], inputs));
    }
    return scored;
  }
}

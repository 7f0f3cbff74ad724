import type { Neo4jGateway } from '../../db/gateway';
import { NANAN_CITY_CODE } from '../../domain/enums';
import { BadInputError, NotFoundError } from '../../errors';
import { decodeCursor, encodeCursor, PageInfo } from '../../graphql/pagination';
import type { AnalysisConfig, RankingWeights } from './analysis.config';
import { analyseLinks, chainSupplyRate, LinkGap, LinkMetrics } from './gaps.scoring';
import {
  byRank,
  Candidate,
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
  fortune500Only: boolean;
  needsParkFit: boolean;
  landNeedMu?: number;
  first: number;
  after?: string;
  /** Score every candidate (reference behaviour for tests); normally only those that can reach the page. */
  exhaustive?: boolean;
}

export interface RankResult {
  mode: RankingMode;
  industryCode: string | null;
  weights: RankingWeights;
  landNeedMu: number;
  totalCount: number;
  edges: Array<{ cursor: string; node: RankedTarget }>;
  pageInfo: PageInfo;
  /** Every chain link's own properties, by code (for rendering filled and via links). */
  links: Map<string, Record<string, unknown>>;
}

const bySeverity = (a: LinkGap, b: LinkGap): number => b.severity - a.severity || a.metrics.code.localeCompare(b.metrics.code);

/**
 * Link metrics of the whole graph, cached per graph version (the importer gives every import a new
 * token in the same transaction). Writes by other means keep the token (restart to refresh); a graph
 * never written by the importer has no token and is not cached.
 */
const metricsCache = new Map<string, Promise<LinkMetrics[]>>();

export class AnalysisService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly config: AnalysisConfig,
  ) {}

  private async linkMetrics(): Promise<LinkMetrics[]> {
    const [v] = await this.gw.read('system/graph-version');
    const token = (v?.token as string | null) ?? null;
    const load = async (): Promise<LinkMetrics[]> => (await this.gw.read('analysis/link-metrics')) as unknown as LinkMetrics[];
    if (token === null) return load();
    const key = `${this.gw.database}:${token}`;
    let hit = metricsCache.get(key);
    if (!hit) {
      metricsCache.clear(); // one version at a time
      hit = load();
      metricsCache.set(key, hit);
      hit.catch(() => metricsCache.delete(key));
    }
    return hit;
  }

  private async linkGaps(industryCode: string | null): Promise<LinkGap[]> {
    const rows = (await this.linkMetrics()).filter((r) => industryCode === null || r.industryCode === industryCode);
    // Statuses need the whole chain (up/downstream presence), so analyse industry by industry.
    const byIndustry = new Map<string, LinkMetrics[]>();
    for (const r of rows) {
      if (!byIndustry.has(r.industryCode)) byIndustry.set(r.industryCode, []);
      byIndustry.get(r.industryCode)!.push(r);
    }
    return [...byIndustry.values()].flatMap((links) => analyseLinks(links, this.config.gaps));
  }

  /** 断链/缺链/弱链/强链 of one chain, most severe first. */
  async chainGaps(industryCode: string): Promise<ChainGapResult> {
    const gaps = await this.linkGaps(industryCode);
    if (gaps.length === 0) throw new NotFoundError('Industry', industryCode);
    return {
      industry: { code: industryCode, name: gaps[0].metrics.industryName },
      localSupplyRate: chainSupplyRate(gaps),
      gaps: [...gaps].sort(bySeverity),
    };
  }

  /** Every chain's gap report, in industry-code order. */
  async allChainGaps(): Promise<ChainGapResult[]> {
    const gaps = await this.linkGaps(null);
    const byIndustry = new Map<string, LinkGap[]>();
    for (const g of gaps) {
      if (!byIndustry.has(g.metrics.industryCode)) byIndustry.set(g.metrics.industryCode, []);
      byIndustry.get(g.metrics.industryCode)!.push(g);
    }
    return [...byIndustry.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, list]) => ({ industry: { code, name: list[0].metrics.industryName }, localSupplyRate: chainSupplyRate(list), gaps: list.sort(bySeverity) }));
  }

  weightsFor(given?: Partial<RankingWeights>): RankingWeights {
    const weights = { ...this.config.ranking.weights, ...Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== undefined && v !== null)) };
    if (COMPONENT_ORDER.every((k) => weights[k] === 0)) {
      throw new BadInputError([{ path: 'input.weights', message: 'weights must not all be zero' }]);
    }
    return weights;
  }

  async warmPathsFor(usccs: string[]): Promise<Map<string, RawWarmPath[]>> {
    const out = new Map<string, RawWarmPath[]>();
    if (usccs.length === 0) return out;
    const rows = (await this.gw.read('analysis/warm-paths', { usccs, home: NANAN_CITY_CODE })) as unknown as RawWarmPath[];
    for (const r of rows) {
      if (!out.has(r.uscc)) out.set(r.uscc, []);
      out.get(r.uscc)!.push(r);
    }
    return out;
  }

  /** Warm paths from Nan'an to one firm with at most `maxHops` relationships, strongest first. */
  async warmPaths(uscc: string, maxHops: number): Promise<WarmPath[]> {
    const [exists] = await this.gw.read('enterprise/by-uscc', { uscc });
    if (!exists) throw new NotFoundError('Enterprise', uscc);
    const raw = (await this.warmPathsFor([uscc])).get(uscc) ?? [];
    return raw
      .filter((p) => p.hops <= maxHops)
      .map((p) => ({ ...p, strength: pathStrength(p, this.config.ranking), description: describePath(p) }))
      .sort((a, b) => b.strength - a.strength || a.hops - b.hops || a.description.localeCompare(b.description));
  }

  /** The ranked targets for one mode, a page at a time (keyset over score, then USCC). */
  async rank(req: RankRequest): Promise<RankResult> {
    const weights = this.weightsFor(req.weights);
    const order = `RANK:${req.mode}:${req.industryCode ?? '*'}`;
    const after = req.after ? decodeCursor(req.after, order, 'input.after') : null;
    const landNeedMu = req.landNeedMu ?? this.config.ranking.defaultLandNeedMu;

    // Gaps of every chain: EXTEND and cross-chain firms need neighbouring statuses.
    const [gapList, candRows, parkRows, flowRows, themeRows] = await Promise.all([
      this.linkGaps(null),
      this.gw.read('analysis/target-candidates', {
        industry: req.industryCode ?? null,
        provinceCode: req.provinceCode ?? null,
        fortune500Only: req.fortune500Only,
      }),
      this.gw.read('analysis/parks'),
      this.gw.read('analysis/flows'),
      this.gw.read('analysis/industry-themes'),
    ]);
    if (req.industryCode && !gapList.some((g) => g.metrics.industryCode === req.industryCode)) {
      throw new NotFoundError('Industry', req.industryCode);
    }
    const candidates: Candidate[] = candRows.map((r) => {
      const t = r.target as Record<string, unknown>;
      return {
        uscc: String(t.uscc),
        name: String(t.name),
        revenueYi: (t.revenueYi as number | null) ?? null,
        fortune500: t.fortune500 === true,
        chainLeader: t.chainLeader === true,
        specialized: t.specialized === true,
        highTech: t.highTech === true,
        expansionPlan: t.expansionPlan === true,
        recentFinancing: t.recentFinancing === true,
        cityName: (r.cityName as string | null) ?? null,
        links: r.links as Candidate['links'],
      };
    });
    const inputs: RankingInputs = {
      mode: req.mode,
      weights,
      candidates,
      gaps: new Map(gapList.map((g) => [g.metrics.code, g])),
      flows: new Map(flowRows.map((f) => [`${f.fromCode}>${f.toCode}`, Number(f.strength)])),
      themes: new Map(themeRows.map((t) => [String(t.code), t.themes as string[]])),
      parks: parkRows.map((p) => {
        const park = p.park as Record<string, unknown>;
        return {
          id: String(park.id),
          name: String(park.name),
          availableLandMu: Number(park.availableLandMu ?? 0),
          industries: p.industries as string[],
          links: p.links as string[],
          properties: park,
        };
      }),
      warmPaths: new Map(),
      landNeedMu,
      needsParkFit: req.needsParkFit,
      gapConfig: this.config.gaps,
      config: this.config.ranking,
    };
    const prepared = prepareCandidates(inputs);
    const cursor = after ? { score: -after[0], rank: Number(after[1]), uscc: after[2] } : null;
    if (cursor && !Number.isInteger(cursor.rank)) {
      throw new BadInputError([{ path: 'input.after', message: 'malformed cursor; use a pageInfo.endCursor from a previous page' }]);
    }
    const follows = (r: { score: number; candidate: { uscc: string } }): boolean =>
      !cursor || r.score < cursor.score || (r.score === cursor.score && r.candidate.uscc > cursor.uscc);

    let scored: Array<Omit<RankedTarget, 'rank'>>;
    if (req.exhaustive) {
      const all = await this.warmPathsFor(prepared.map((p) => p.candidate.uscc));
      scored = prepared.map((p) => scorePrepared(p, all.get(p.candidate.uscc) ?? [], inputs));
    } else {
      scored = await this.scoreTopPage(prepared, inputs, req.first, follows, cursor?.score ?? null);
    }
    const page = scored.filter(follows).sort(byRank).slice(0, req.first);
    // The page's enterprises in full, for the API (the candidates carried only what scores use).
    const full = new Map(
      (await this.gw.read('enterprise/by-usccs', { usccs: page.map((r) => r.candidate.uscc) })).map((r) => {
        const node = r.node as Record<string, unknown>;
        return [String(node.uscc), node];
      }),
    );
    for (const r of page) r.candidate.properties = full.get(r.candidate.uscc);
    const base = cursor?.rank ?? 0;
    const edges = page.map((r, i) => {
      const node: RankedTarget = { ...r, rank: base + i + 1 };
      return { cursor: encodeCursor(order, [-node.score, String(node.rank), node.candidate.uscc]), node };
    });
    return {
      mode: req.mode,
      industryCode: req.industryCode ?? null,
      weights,
      landNeedMu,
      totalCount: prepared.length,
      links: new Map(gapList.map((g) => [g.metrics.code, g.metrics.link ?? { code: g.metrics.code, name: g.metrics.name }])),
      edges,
      pageInfo: {
        hasNextPage: base + page.length < prepared.length,
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
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
  ): Promise<Array<Omit<RankedTarget, 'rank'>>> {
    const pending = prepared
      .filter((p) => cursorScore === null || p.lower <= cursorScore)
      .sort((a, b) => b.upper - a.upper || (a.candidate.uscc < b.candidate.uscc ? -1 : 1));
    const scored: Array<Omit<RankedTarget, 'rank'>> = [];
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
}

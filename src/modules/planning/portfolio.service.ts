import { BadInputError, NotFoundError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { EnterpriseReader } from '../../graph/enterprise-reader.service';
import type { Park } from '../../graph/park.type';
import { AnalysisSettings } from '../../analysis-settings';
import { ChainFacts } from '../../graph/chain-facts.service';
import { GAP_STATUSES, LinkGap, LinkStatus, SEVERITY_ZH } from '../../domain/gaps.model';
import { GUARANTEE_ZH, planPortfolio, PortfolioItem } from './portfolio.model';
import type { PlanPortfolioInput } from './portfolio.input';
import { PortfolioMethod, PortfolioPlan } from './portfolio.type';
import {
  evidenceReason,
  extensionOf,
  LAND_NEED_BASIS_ZH,
  Prepared,
  prepareCandidates,
  RankingInputs,
  RankingMode,
} from '../../domain/ranking.model';

const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const r1 = (x: number): number => Math.round(x * 10) / 10;

/** The weight of a link in the objective for this mode; null when it does not count. */
function weightOf(g: LinkGap, mode: RankingMode, inputs: RankingInputs): number | null {
  if (mode === RankingMode.FILL) return GAP_STATUSES.has(g.status) && g.severity > 0 ? r4(g.severity / 100) : null;
  if (mode === RankingMode.STRENGTHEN) return g.status === LinkStatus.STRONG ? g.metrics.importance : null;
  const ext = g.producers.length === 0 ? extensionOf(g, inputs) : null;
  return ext && ext.value > 0 ? ext.value : null;
}

const OBJECTIVE_ZH: Record<RankingMode, string> = {
  FILL: '补链价值：各缺链、断链、弱链、补链中环节按严重度/100加权',
  STRENGTHEN: '强链价值：各强链环节按重要度加权',
  EXTEND: '延链价值：强链上下游本地缺位环节按流向强度加权',
};

/** planPortfolio: the shortlist with the largest gap closure within the count and the land (reads only). */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly facts: ChainFacts,
    private readonly enterprises: EnterpriseReader,
    private readonly settings: AnalysisSettings,
  ) {}

  async plan(input: PlanPortfolioInput): Promise<PortfolioPlan> {
    const must = [...new Set(input.mustInclude ?? [])];
    if (must.length > input.count)
      throw new BadInputError([{ path: 'input.mustInclude', message: `more firms (${must.length}) than count (${input.count})` }]);
    const excluded = new Set(input.exclude ?? []);
    const clash = must.findIndex((u) => excluded.has(u));
    if (clash >= 0) throw new BadInputError([{ path: `input.mustInclude.${clash}`, message: `${must[clash]} is also excluded` }]);

    const { inputs, parks } = await this.facts.rankingInputs({
      mode: input.mode,
      industryCode: input.industryCode,
      excludeInPipeline: false,
      fortune500Only: false,
      needsParkFit: false,
    });
    const prepared = prepareCandidates(inputs);
    const allowedParks = this.checkParks(input.parks, parks);
    const pool = this.pool(prepared, must, excluded, input.excludeInPipeline, allowedParks, parks);
    await this.checkMustInclude(must, pool);

    // The objective: every link that counts in this mode (in the industry when given), weighted.
    const weights = new Map<string, number>();
    for (const g of inputs.gaps.values()) {
      if (input.industryCode && g.metrics.industryCode !== input.industryCode) continue;
      const w = weightOf(g, input.mode, inputs);
      if (w !== null) weights.set(g.metrics.code, w);
    }
    const rho = this.settings.config.portfolio.closurePerFirm;
    const items: PortfolioItem[] = [...pool.values()].map(({ p }) => ({
      key: p.candidate.uscc,
      landMu: p.landNeed.mu,
      tie: p.lower,
      covers: p.filled
        .filter((f) => weights.has(f.gap.metrics.code))
        .map((f) => ({ link: f.gap.metrics.code, q: r4(rho * inputs.gapConfig.evidenceWeight[f.evidence]) })),
    }));

    const freeLand = (ids: string[]): number => r1(ids.reduce((s, id) => s + (parks.get(id)?.availableLandMu ?? 0), 0));
    const budgetMu = input.landBudgetMu ?? freeLand(allowedParks ?? [...parks.keys()]);
    const landBudgetBasis =
      input.landBudgetMu !== undefined
        ? '按查询给定'
        : allowedParks
          ? `所选${allowedParks.length}个园区可供地合计`
          : `全部${parks.size}个园区可供地合计`;
    const result = planPortfolio({ items, weights, count: input.count, budgetMu, mustInclude: must });

    const [firms, nodes] = await Promise.all([
      this.enterprises.byUsccs([...result.picks.map((x) => x.key), ...result.refusedForLand]),
      this.facts.nodeLookups(),
    ]);
    const closedShare = new Map<string, number>();
    for (const pick of result.picks)
      for (const c of items.find((i) => i.key === pick.key)!.covers) closedShare.set(c.link, (closedShare.get(c.link) ?? 1) * (1 - c.q));
    return {
      mode: input.mode,
      industryCode: input.industryCode ?? null,
      picks: result.picks.map((x, i) => {
        const { p, park } = pool.get(x.key)!;
        return {
          order: i + 1,
          target: firms.get(x.key)!,
          forced: x.forced,
          marginalGain: x.gain,
          value: x.value,
          coverage: x.coverage,
          landNeedMu: x.landMu,
          landNeedBasis: p.landNeed.basis,
          cumulativeLandMu: x.cumulativeLandMu,
          park,
          links: x.links.map((l) => ({ link: nodes.link(l.link), gain: l.gain })),
          reasons: this.reasons(p, x, park, inputs),
        };
      }),
      curve: [
        { picks: 0, value: 0, coverage: 0, landMu: 0 },
        ...result.picks.map((x, i) => ({ picks: i + 1, value: x.value, coverage: x.coverage, landMu: x.cumulativeLandMu })),
      ],
      value: result.value,
      maxValue: result.maxValue,
      coverage: result.coverage,
      landBudgetMu: budgetMu,
      landBudgetBasis,
      landUsedMu: result.landUsedMu,
      method: result.method as PortfolioMethod,
      guarantee: { ...result.guarantee, statement: GUARANTEE_ZH[result.guarantee.kind] },
      refusedForLand: result.refusedForLand.map((u) => firms.get(u)!),
      links: [...weights.entries()]
        .sort(([a, wa], [b, wb]) => wb - wa || a.localeCompare(b))
        .map(([code, weight]) => ({ link: nodes.link(code), weight, closed: r4(1 - (closedShare.get(code) ?? 1)) })),
      candidates: items.length,
      objective: `${OBJECTIVE_ZH[input.mode]}；每家企业按证据强度补上该环节缺口的${rho * 100}%（强证据），同一环节再引进一家只补剩余缺口的${rho * 100}%`,
    };
  }

  private checkParks(ids: string[] | undefined, parks: Map<string, Park>): string[] | null {
    if (!ids?.length) return null;
    const unknown = ids.map((id, i) => ({ id, i })).filter((x) => !parks.has(x.id));
    if (unknown.length > 0)
      throw new NotFoundError(
        'Park',
        unknown.map((u) => u.id).join(', '),
        unknown.map((u) => ({ path: `input.parks.${u.i}`, message: `no park ${u.id}` })),
      );
    return [...new Set(ids)];
  }

  /** Candidates that may be picked, by USCC, with the park positioned for each (among those allowed). */
  private pool(
    prepared: Prepared[],
    must: string[],
    excluded: Set<string>,
    excludeInPipeline: boolean,
    allowed: string[] | null,
    parks: Map<string, Park>,
  ): Map<string, { p: Prepared; park: Park | null }> {
    const out = new Map<string, { p: Prepared; park: Park | null }>();
    for (const p of prepared) {
      // A must-include firm may have been merged into another record of the same firm: it stands for it.
      const named = must.find((u) => u === p.candidate.uscc || p.duplicates.some((d) => d.uscc === u));
      const key = named ?? p.candidate.uscc;
      if (!named && (excluded.has(key) || (excludeInPipeline && (p.candidate.pipeline?.length ?? 0) > 0))) continue;
      const suggestion = p.parks.find((s) => !allowed || allowed.includes(s.park.id));
      if (!named && allowed && !suggestion) continue;
      out.set(key, { p: { ...p, candidate: { ...p.candidate, uscc: key } }, park: suggestion ? parks.get(suggestion.park.id)! : null });
    }
    return out;
  }

  private async checkMustInclude(must: string[], pool: Map<string, unknown>): Promise<void> {
    const absent = must.map((u, i) => ({ u, i })).filter((x) => !pool.has(x.u));
    if (absent.length === 0) return;
    const known = await this.enterprises.byUsccs(absent.map((a) => a.u));
    const unknown = absent.filter((a) => !known.has(a.u));
    if (unknown.length > 0)
      throw new NotFoundError(
        'Enterprise',
        unknown.map((a) => a.u).join(', '),
        unknown.map((a) => ({ path: `input.mustInclude.${a.i}`, message: `no enterprise ${a.u}` })),
      );
    throw new BadInputError(
      absent.map((a) => ({
        path: `input.mustInclude.${a.i}`,
        message: `${a.u} has no link that counts in this mode / 该企业在此模式下没有可计入的环节`,
      })),
    );
  }

  private reasons(
    p: Prepared,
    x: { gain: number; forced: boolean; links: Array<{ link: string; gain: number }> },
    park: Park | null,
    inputs: RankingInputs,
  ): string[] {
    const out: string[] = [];
    if (x.forced) out.push('按要求纳入组合');
    const top = x.links.slice(0, 2).map((l) => {
      const g = inputs.gaps.get(l.link)!;
      return `「${g.metrics.name}」${g.grade ? `（${SEVERITY_ZH[g.grade]}）` : ''}+${l.gain}`;
    });
    out.push(top.length > 0 ? `边际增益${x.gain}：${top.join('，')}` : '边际增益为0：其环节已被前面的企业补上');
    const filled = p.filled.find((f) => f.gap.metrics.code === x.links[0]?.link) ?? p.filled[0];
    if (filled) out.push(evidenceReason(filled));
    out.push(`预计需地${p.landNeed.mu}亩（${LAND_NEED_BASIS_ZH[p.landNeed.basis]}）${park ? `，可落${park.name}` : ''}`);
    return out;
  }
}

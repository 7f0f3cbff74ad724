import { Neo4jGateway } from '../../db/gateway';
import { rankTargets } from '../../domain/ranking.model';
import { BadInputError, NotFoundError } from '../../errors';
import { ChainFacts, GraphView } from '../../graph/chain-facts.service';
import { EnterpriseReader } from '../../graph/enterprise-reader.service';
import { Injectable } from '../../graphql/scope';
import type { BacktestRankingInput } from './backtest.input';
import { candidatesAsOf, metricsAsOf, randomBaseline, scoreOrder } from './backtest.model';
import { SIGNINGS_BETWEEN } from './backtest.queries';
import type { BacktestFirm, BacktestResult } from './backtest.type';
import { addDays, isCalendarDate, today } from '../../domain/calendar';

/** backtestRanking: the ranking on the graph as it stood on a day, against who signed afterwards. Reads only. */
@Injectable()
export class BacktestService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly facts: ChainFacts,
    private readonly enterprises: EnterpriseReader,
  ) {}

  async backtest(input: BacktestRankingInput): Promise<BacktestResult> {
    if (!isCalendarDate(input.asOf)) throw new BadInputError([{ path: 'input.asOf', message: 'not a calendar date' }]);
    if (input.asOf >= today()) throw new BadInputError([{ path: 'input.asOf', message: 'must be in the past / 回测日期须早于今天' }]);
    const until = addDays(input.asOf, input.horizonDays);
    const [metrics, signings] = await Promise.all([this.facts.linkMetrics(), this.gw.read(SIGNINGS_BETWEEN, { after: input.asOf, until })]);
    if (input.industryCode && !metrics.some((m) => m.industryCode === input.industryCode))
      throw new NotFoundError('Industry', input.industryCode, [
        { path: 'input.industryCode', message: `no industry ${input.industryCode}` },
      ]);

    // The graph as it stood on asOf: the pipeline then, the targets and intent signals known then;
    // the default weights, and every candidate's warm paths (each one is scored).
    const asOf: GraphView = { metrics: (rows) => metricsAsOf(rows, input.asOf), candidates: (rows) => candidatesAsOf(rows, input.asOf) };
    const { inputs } = await this.facts.rankingInputs(
      { mode: input.mode, industryCode: input.industryCode, excludeInPipeline: true, fortune500Only: false, needsParkFit: false },
      asOf,
    );
    inputs.warmPaths = await this.facts.warmPaths(inputs.candidates.map((c) => c.uscc));
    const ranked = rankTargets(inputs);

    // Outcomes: each firm's first signing in the horizon; a merged duplicate record counts for its row.
    const rowOf = new Map<string, string>();
    for (const r of ranked) for (const u of [r.candidate.uscc, ...r.duplicates.map((d) => d.uscc)]) rowOf.set(u, r.candidate.uscc);
    const first = new Map<string, (typeof signings)[number]>();
    for (const s of signings) {
      const key = rowOf.get(s.uscc);
      if (key && !first.has(key)) first.set(key, s);
    }
    const outside = new Set(signings.filter((s) => s.isTarget && !rowOf.has(s.uscc)).map((s) => s.uscc));
    const others = new Set(signings.filter((s) => !s.isTarget).map((s) => s.uscc));

    const order = ranked.map((r) => r.candidate.uscc);
    const byRevenue = [...ranked]
      .sort((a, b) => (b.candidate.revenueYi ?? -1) - (a.candidate.revenueYi ?? -1) || (a.candidate.uscc < b.candidate.uscc ? -1 : 1))
      .map((r) => r.candidate.uscc);
    const signed = new Set(first.keys());
    const k = input.k;
    const firms = await this.enterprises.byUsccs([...signed]);
    const firm = (u: string): BacktestFirm => ({
      enterprise: firms.get(u)!,
      rank: order.indexOf(u) + 1,
      revenueRank: byRevenue.indexOf(u) + 1,
      projectName: first.get(u)!.projectName,
      signedOn: first.get(u)!.signedOn,
    });
    const listed = order.filter((u) => signed.has(u)).map(firm);
    return {
      asOf: input.asOf,
      until,
      mode: input.mode,
      industryCode: input.industryCode ?? null,
      k,
      candidates: order.length,
      signed: signed.size,
      signedOutsidePool: outside.size,
      signedByOthers: others.size,
      scores: [
        { method: 'ranking', label: '本系统排名', ...scoreOrder(order, signed, k) },
        { method: 'random', label: '随机（期望值）', ...randomBaseline(order.length, signed.size, k) },
        { method: 'revenue', label: '按营收排序', ...scoreOrder(byRevenue, signed, k) },
      ],
      hits: listed.filter((f) => f.rank <= k),
      missed: listed.filter((f) => f.rank > k),
      notes: [
        `按${input.asOf}当日的图谱排名：此后签约、入库的项目与企业，以及此后才知道的扩产计划和融资，均不计入`,
        '未注明日期的事实（本地企业、商会关系、供需关系、园区用地）按当日已知处理，可能偏乐观',
        `以${input.asOf}后${input.horizonDays}天内（至${until}）签约的企业为结果；随机基准为期望值`,
        '演示数据中的签约企业是虚构的，且按排名所用的因素加权抽取：演示回测只说明方法，不能证明排名对真实企业有效',
      ],
    };
  }
}

import { addDays } from '../../domain/calendar';
import { gapChanges, GAP_CHANGE_ZH, LINK_STATUS_ZH, LinkGap } from '../../domain/gaps.model';
import { rankTargets } from '../../domain/ranking.model';
import { BadInputError, NotFoundError } from '../../errors';
import { candidatesAsOf, metricsAsOf } from '../../graph/as-of';
import { ChainFacts, GraphView } from '../../graph/chain-facts.service';
import { EnterpriseReader } from '../../graph/enterprise-reader.service';
import { Injectable } from '../../graphql/scope';
import type { PeriodInput, TargetMovesInput } from './changes.input';
import { targetMoves } from './changes.model';
import type { GapChange, LinkStatusAt, TargetMove } from './changes.type';

/** The graph as it stood on a day: the pipeline then, the targets and intent signals known then. */
const asOf = (day: string): GraphView => ({ metrics: (rows) => metricsAsOf(rows, day), candidates: (rows) => candidatesAsOf(rows, day) });

const stateOf = (g: LinkGap): LinkStatusAt => ({
  status: g.status,
  statusLabel: LINK_STATUS_ZH[g.status],
  severity: g.severity,
  localSupplyRate: g.localSupplyRate,
});

/** What moved over a period, for the 招商通报: the chains' gaps and the top of the ranking. Reads only. */
@Injectable()
export class ChangesService {
  constructor(
    private readonly facts: ChainFacts,
    private readonly enterprises: EnterpriseReader,
  ) {}

  async gapChanges(input: PeriodInput): Promise<GapChange[]> {
    await this.check(input);
    const [before, after, links] = await Promise.all([
      this.facts.gaps(asOf(addDays(input.from, -1))),
      this.facts.gaps(asOf(input.to)),
      this.facts.chainLinks(),
    ]);
    const mine = (gs: LinkGap[]): LinkGap[] => (input.industryCode ? gs.filter((g) => g.metrics.industryCode === input.industryCode) : gs);
    return gapChanges(mine(before), mine(after)).map((c) => ({
      link: links.get(c.after.metrics.code)!,
      kind: c.kind,
      kindLabel: GAP_CHANGE_ZH[c.kind],
      before: stateOf(c.before),
      after: stateOf(c.after),
    }));
  }

  async targetMoves(input: TargetMovesInput): Promise<TargetMove[]> {
    await this.check(input);
    const [before, after] = await Promise.all([this.ranked(input, addDays(input.from, -1)), this.ranked(input, input.to)]);
    const moves = targetMoves(before, after, input.first);
    const firms = await this.enterprises.byUsccs(moves.map((m) => m.uscc));
    return moves.flatMap((m) => (firms.has(m.uscc) ? [{ ...m, enterprise: firms.get(m.uscc)! }] : []));
  }

  /** Every candidate ranked with the graph as it stood on `day` (each one's warm paths scored). */
  private async ranked(input: TargetMovesInput, day: string): Promise<Array<{ uscc: string; rank: number; score: number }>> {
    const { inputs } = await this.facts.rankingInputs(
      { mode: input.mode, industryCode: input.industryCode, excludeInPipeline: true, fortune500Only: false, needsParkFit: false },
      asOf(day),
    );
    inputs.warmPaths = await this.facts.warmPaths(inputs.candidates.map((c) => c.uscc));
    return rankTargets(inputs).map((r) => ({ uscc: r.candidate.uscc, rank: r.rank, score: Math.round(r.score * 10) / 10 }));
  }

  private async check(input: PeriodInput): Promise<void> {
    if (input.from > input.to)
      throw new BadInputError([{ path: 'input.to', message: 'must not be before input.from / 结束日期不能早于开始日期' }]);
    if (input.industryCode && !(await this.facts.gaps()).some((g) => g.metrics.industryCode === input.industryCode))
      throw new NotFoundError('Industry', input.industryCode, [
        { path: 'input.industryCode', message: `no industry ${input.industryCode}` },
      ]);
  }
}

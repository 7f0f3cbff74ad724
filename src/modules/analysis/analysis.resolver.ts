import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Args, Info, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { AppError, BadInputError, ErrorCode, NotFoundError } from '../../errors';
import { registerNodeFetcher } from '../../graphql/node';
import { RankingMode } from '../../domain/ranking.model';
import { analysisCost } from '../../graphql/limits';
import { ChainFacts } from '../../graph/chain-facts.service';
import { IndustryService } from '../../graph/industry.service';
import { foldsFor, selectedFields } from '../../graph/selection';
import { ChainGapsArgs, RankTargetsArgs, WarmPathsArgs } from './analysis.input';
import { toChainGapReport, toRankedTarget, toTargetRanking, toWarmPath } from './analysis.mappers';
import { AnalysisService } from './analysis.service';
import { ChainGapReport, TargetRanking, WarmPath } from './analysis.type';

// node(id) for a ranked row: the ranking of its mode and chain (default weights, no filters), read a
// page of 100 at a time from the cached answer until the firm is found; an analyst's read, as rankTargets.
registerNodeFetcher('RankedTarget', async (key, ctx) => {
  if (!ctx.caller.roles.includes(Role.ANALYST))
    throw new AppError(ErrorCode.FORBIDDEN, 'Reading a RankedTarget needs the ANALYST role. 需要更高权限。', {
      requiredRole: Role.ANALYST,
    });
  const m = /^(FILL|STRENGTHEN|EXTEND):([A-Z][A-Z0-9_]{0,19}):([0-9A-Z]{18})$/.exec(key);
  if (!m) throw new BadInputError([{ path: 'id', message: 'a ranked row is RankedTarget:<mode>:<chain or ALL>:<USCC>' }]);
  const [, mode, chain, uscc] = m;
  const service = ctx.scope.get(AnalysisService);
  // rankTargets' own defaults: firms already in the pipeline left out, no other filter.
  const question = {
    mode: mode as RankingMode,
    industryCode: chain === 'ALL' ? undefined : chain,
    excludeInPipeline: true,
    fortune500Only: false,
    needsParkFit: false,
  };
  let after: string | undefined;
  for (let page = 0; page < 20; page++) {
    const r = await service.rank({ ...question, first: 100, after });
    const hit = r.edges.find((e) => e.node.candidate.uscc === uscc);
    if (hit) return { ...toRankedTarget(hit.node, r.lookups, `${mode}:${chain}`) };
    if (!r.pageInfo.hasNextPage || !r.pageInfo.endCursor) return null;
    after = r.pageInfo.endCursor;
  }
  return null;
});

@Resolver()
export class AnalysisResolver {
  constructor(
    private readonly service: AnalysisService,
    private readonly facts: ChainFacts,
    private readonly industries: IndustryService,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => ChainGapReport, {
    complexity: analysisCost(100),
    description: 'Where a chain is broken: every link’s status, severity and local supply rate (产业链诊断).',
  })
  async chainGaps(@Args() { industryCode }: ChainGapsArgs): Promise<ChainGapReport> {
    const [result, industry, nodes] = await Promise.all([
      this.service.chainGaps(industryCode),
      this.industries.byCode(industryCode),
      this.facts.nodeLookups(),
    ]);
    if (!industry) throw new NotFoundError('Industry', industryCode);
    return toChainGapReport(result, industry, nodes, this.service.gapConfig);
  }

  // One report per chain (8 today, 10 allowed for); each report's links count as a list of their own.
  @Authorized(Role.VIEWER)
  @Query(() => [ChainGapReport], {
    complexity: analysisCost(2000, () => 10),
    description: 'The gap report of every chain (全部产业链诊断).',
  })
  async chainGapOverview(): Promise<ChainGapReport[]> {
    const [results, industries, nodes] = await Promise.all([this.service.allChainGaps(), this.industries.all(), this.facts.nodeLookups()]);
    const byCode = new Map(industries.map((i) => [i.code, i]));
    return results.map((r) => toChainGapReport(r, byCode.get(r.industry.code)!, nodes, this.service.gapConfig));
  }

  @Authorized(Role.ANALYST)
  @Query(() => TargetRanking, {
    complexity: analysisCost(5000, (a) => a.first as number),
    description: 'The target enterprises ranked for filling, strengthening or extending chains, with explanations (招商目标推荐).',
  })
  // The page's firms and their duplicates are read in one statement with what was selected of either.
  async rankTargets(@Args() { input, first, after }: RankTargetsArgs, @Info() info: GraphQLResolveInfo): Promise<TargetRanking> {
    return toTargetRanking(
      await this.service.rank({
        ...input,
        first,
        after,
        fold: foldsFor(
          new Set([...selectedFields(info, ['edges', 'node', 'enterprise']), ...selectedFields(info, ['edges', 'node', 'duplicates'])]),
        ),
      }),
    );
  }

  @Authorized(Role.ANALYST)
  @Query(() => [WarmPath], {
    complexity: analysisCost(50),
    description: 'Warm paths from Nan’an to any firm (以商招商关系), strongest first.',
  })
  async warmPaths(@Args() { uscc, maxHops }: WarmPathsArgs): Promise<WarmPath[]> {
    return (await this.service.warmPaths(uscc, maxHops)).map(toWarmPath);
  }
}

import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { IndustryService } from '../industry/industry.service';
import type { ChainLink, Industry } from '../industry/industry.type';
import { ChainGapsArgs, RankTargetsArgs, WarmPathsArgs } from './analysis.input';
import { toChainGapReport, toTargetRanking, toWarmPath } from './analysis.mappers';
import { AnalysisService } from './analysis.service';
import { ChainGapReport, TargetRanking, WarmPath } from './analysis.type';

@Resolver()
export class AnalysisResolver {
  @Query(() => ChainGapReport, { description: 'Where a chain is broken: every link’s status, severity and local supply rate (产业链诊断).' })
  async chainGaps(@Args() { industryCode }: ChainGapsArgs, @Ctx() ctx: AppContext): Promise<ChainGapReport> {
    const result = await new AnalysisService(ctx.gateway, ctx.analysis).chainGaps(industryCode);
    const industry = (await new IndustryService(ctx.gateway).byCode(industryCode)) as Industry;
    return toChainGapReport(result, industry);
  }

  @Query(() => [ChainGapReport], { description: 'The gap report of every chain (全部产业链诊断).' })
  async chainGapOverview(@Ctx() ctx: AppContext): Promise<ChainGapReport[]> {
    const results = await new AnalysisService(ctx.gateway, ctx.analysis).allChainGaps();
    const industries = new Map((await new IndustryService(ctx.gateway).all()).map((i) => [i.code, i]));
    return results.map((r) => toChainGapReport(r, industries.get(r.industry.code)!));
  }

  @Query(() => TargetRanking, { description: 'The target enterprises ranked for filling, strengthening or extending chains, with explanations (招商目标推荐).' })
  async rankTargets(@Args() { input }: RankTargetsArgs, @Ctx() ctx: AppContext): Promise<TargetRanking> {
    const service = new AnalysisService(ctx.gateway, ctx.analysis);
    const result = await service.rank(input);
    const linkOf = (code: string): ChainLink => result.links.get(code) as unknown as ChainLink;
    return toTargetRanking(result, linkOf);
  }

  @Query(() => [WarmPath], { description: 'Warm paths from Nan’an to any firm (以商招商关系), strongest first.' })
  async warmPaths(@Args() { uscc, maxHops }: WarmPathsArgs, @Ctx() ctx: AppContext): Promise<WarmPath[]> {
    return (await new AnalysisService(ctx.gateway, ctx.analysis).warmPaths(uscc, maxHops)).map(toWarmPath);
  }
}

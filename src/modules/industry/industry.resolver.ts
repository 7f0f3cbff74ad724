import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { ChainLinkCodeArgs, IndustryCodeArgs, OperatorArgs } from './industry.args';
import { filterOperators, IndustryService } from './industry.service';
import { ChainLink, Industry, LinkFlow, LinkOperator } from './industry.type';

@Resolver(() => Industry)
export class IndustryResolver {
  @Query(() => [Industry], { description: 'All industry chains (产业链).' })
  industries(@Ctx() ctx: AppContext): Promise<Industry[]> {
    return new IndustryService(ctx.gateway).all();
  }

  @Query(() => Industry, { nullable: true, description: 'One industry chain by code; null when there is none.' })
  industry(@Args() { code }: IndustryCodeArgs, @Ctx() ctx: AppContext): Promise<Industry | null> {
    return new IndustryService(ctx.gateway).byCode(code);
  }

  @FieldResolver(() => Boolean, { description: 'A priority theme of the campaign (产业风口).' })
  priority(@Root() industry: Industry): boolean {
    return (industry.themes ?? []).length > 0;
  }

  @FieldResolver(() => [ChainLink], { description: 'Its chain links (环节), upstream first.' })
  links(@Root() industry: Industry, @Ctx() ctx: AppContext): Promise<ChainLink[]> {
    return ctx.loaders.many<ChainLink>('industry/links-of-industry', industry.code);
  }
}

@Resolver(() => ChainLink)
export class ChainLinkResolver {
  @Query(() => ChainLink, { nullable: true, description: 'One chain link (环节) by code; null when there is none.' })
  chainLink(@Args() { code }: ChainLinkCodeArgs, @Ctx() ctx: AppContext): Promise<ChainLink | null> {
    return new IndustryService(ctx.gateway).linkByCode(code);
  }

  @FieldResolver(() => Industry, { nullable: true, description: 'The chain it belongs to.' })
  industry(@Root() link: ChainLink, @Ctx() ctx: AppContext): Promise<Industry | null> {
    return ctx.loaders.one<Industry>('industry/industry-of-link', link.code);
  }

  @FieldResolver(() => [LinkFlow], { description: 'Links that supply this one (上游供给).' })
  upstream(@Root() link: ChainLink, @Ctx() ctx: AppContext): Promise<LinkFlow[]> {
    return ctx.loaders.many<LinkFlow>('industry/upstream-of-link', link.code);
  }

  @FieldResolver(() => [LinkFlow], { description: 'Links this one supplies (下游需求).' })
  downstream(@Root() link: ChainLink, @Ctx() ctx: AppContext): Promise<LinkFlow[]> {
    return ctx.loaders.many<LinkFlow>('industry/downstream-of-link', link.code);
  }

  @FieldResolver(() => [LinkOperator], { description: 'Enterprises operating in this link, strongest evidence and largest first.' })
  async operators(@Root() link: ChainLink, @Args() args: OperatorArgs, @Ctx() ctx: AppContext): Promise<LinkOperator[]> {
    const rows = await ctx.loaders.many<LinkOperator>('industry/operators-of-link', link.code);
    return filterOperators(rows, args.localOnly, args.targetOnly);
  }
}

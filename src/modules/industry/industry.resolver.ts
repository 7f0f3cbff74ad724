import { Authorized, Args, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Loaders } from '../../graphql/loaders';
import { ChainLinkCodeArgs, IndustryCodeArgs, OperatorArgs } from './industry.args';
import {
  DOWNSTREAM_OF_LINK,
  INDUSTRY_OF_LINK,
  LINKS_OF_INDUSTRY,
  OPERATORS_OF_LINK,
  PROJECTS_OF_LINK,
  UPSTREAM_OF_LINK,
} from './industry.queries';
import { Project } from '../../graph/project.type';
import { IndustryService } from '../../graph/industry.service';
import { ChainLink, Industry, LinkFlow, LinkOperator } from '../../graph/industry.type';
import { listOf } from '../../graphql/limits';

@Resolver(() => Industry)
export class IndustryResolver {
  constructor(
    private readonly service: IndustryService,
    private readonly loaders: Loaders,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => [Industry], { complexity: listOf(10), description: 'All industry chains (产业链).' })
  industries(): Promise<Industry[]> {
    return this.service.all();
  }

  @Authorized(Role.VIEWER)
  @Query(() => Industry, { nullable: true, description: 'One industry chain by code; null when there is none.' })
  industry(@Args() { code }: IndustryCodeArgs): Promise<Industry | null> {
    return this.service.byCode(code);
  }

  @FieldResolver(() => Boolean, { description: 'A priority theme of the campaign (产业风口).' })
  priority(@Root() industry: Industry): boolean {
    return (industry.themes ?? []).length > 0;
  }

  @FieldResolver(() => [ChainLink], { complexity: listOf(25), description: 'Its chain links (环节), upstream first.' })
  links(@Root() industry: Industry): Promise<ChainLink[]> {
    return this.loaders.many(LINKS_OF_INDUSTRY, industry.code);
  }
}

@Resolver(() => ChainLink)
export class ChainLinkResolver {
  constructor(
    private readonly service: IndustryService,
    private readonly loaders: Loaders,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => ChainLink, { nullable: true, description: 'One chain link (环节) by code; null when there is none.' })
  chainLink(@Args() { code }: ChainLinkCodeArgs): Promise<ChainLink | null> {
    return this.service.linkByCode(code);
  }

  @FieldResolver(() => Industry, { nullable: true, description: 'The chain it belongs to.' })
  industry(@Root() link: ChainLink): Promise<Industry | null> {
    return this.loaders.one(INDUSTRY_OF_LINK, link.code);
  }

  @FieldResolver(() => [LinkFlow], { complexity: listOf(4), description: 'Links that supply this one (上游供给).' })
  upstream(@Root() link: ChainLink): Promise<LinkFlow[]> {
    return this.loaders.many(UPSTREAM_OF_LINK, link.code);
  }

  @FieldResolver(() => [LinkFlow], { complexity: listOf(4), description: 'Links this one supplies (下游需求).' })
  downstream(@Root() link: ChainLink): Promise<LinkFlow[]> {
    return this.loaders.many(DOWNSTREAM_OF_LINK, link.code);
  }

  @FieldResolver(() => [Project], {
    complexity: listOf(20),
    description: 'Projects filling this link (补链项目, FILLS), largest first, at every stage.',
  })
  projects(@Root() link: ChainLink): Promise<Project[]> {
    return this.loaders.many(PROJECTS_OF_LINK, link.code);
  }

  @FieldResolver(() => [LinkOperator], {
    complexity: listOf(20),
    description: 'Enterprises operating in this link, strongest evidence and largest first.',
  })
  async operators(@Root() link: ChainLink, @Args() args: OperatorArgs): Promise<LinkOperator[]> {
    return filterOperators(await this.loaders.many(OPERATORS_OF_LINK, link.code), args.localOnly, args.targetOnly);
  }
}

/** Keeps operators that match the flags (the loader loads every operator of a link once). */
export function filterOperators(rows: LinkOperator[], localOnly?: boolean, targetOnly?: boolean): LinkOperator[] {
  return rows.filter((r) => (!localOnly || r.enterprise.isLocal) && (!targetOnly || r.enterprise.isTarget));
}

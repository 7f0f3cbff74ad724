import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { City, Town } from '../city/city.type';
import { Park } from '../park/park.type';
import { Project } from '../project/project.type';
import { Team } from '../team/team.type';
import { EnterpriseKeyArgs, EnterprisesArgs } from './enterprise.input';
import { EnterpriseService } from './enterprise.service';
import { Enterprise, EnterpriseConnection, EnterpriseLink, Executive, SupplyRelation } from './enterprise.type';

interface Places {
  city: City | null;
  town: Town | null;
  park: Park | null;
}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, { nullable: true, description: 'One enterprise by USCC; null when there is none.' })
  enterprise(@Args() { uscc }: EnterpriseKeyArgs, @Ctx() ctx: AppContext): Promise<Enterprise | null> {
    return new EnterpriseService(ctx.gateway).byUscc(uscc);
  }

  @Query(() => EnterpriseConnection, { description: 'Enterprises, filtered and ordered, a page at a time.' })
  async enterprises(@Args() args: EnterprisesArgs, @Ctx() ctx: AppContext): Promise<InstanceType<typeof EnterpriseConnection>> {
    return new EnterpriseConnection(await new EnterpriseService(ctx.gateway).list(args));
  }

  @FieldResolver(() => City, { nullable: true, description: 'City of registration (注册地).' })
  async city(@Root() e: Enterprise, @Ctx() ctx: AppContext): Promise<City | null> {
    return (await ctx.loaders.one<Places>('enterprise/places-of', e.uscc))?.city ?? null;
  }

  @FieldResolver(() => Town, { nullable: true, description: 'Nan’an town or street (镇/街道), for local firms.' })
  async town(@Root() e: Enterprise, @Ctx() ctx: AppContext): Promise<Town | null> {
    return (await ctx.loaders.one<Places>('enterprise/places-of', e.uscc))?.town ?? null;
  }

  @FieldResolver(() => Park, { nullable: true, description: 'Park it is in (所在园区).' })
  async park(@Root() e: Enterprise, @Ctx() ctx: AppContext): Promise<Park | null> {
    return (await ctx.loaders.one<Places>('enterprise/places-of', e.uscc))?.park ?? null;
  }

  @FieldResolver(() => [EnterpriseLink], { description: 'Chain links it operates in (经营环节).' })
  links(@Root() e: Enterprise, @Ctx() ctx: AppContext): Promise<EnterpriseLink[]> {
    return ctx.loaders.many<EnterpriseLink>('enterprise/links-of', e.uscc);
  }

  @FieldResolver(() => [Executive], { description: 'Founders and executives (高管).' })
  executives(@Root() e: Enterprise, @Ctx() ctx: AppContext): Promise<Executive[]> {
    return ctx.loaders.many<Executive>('enterprise/executives-of', e.uscc);
  }

  @FieldResolver(() => [SupplyRelation], { description: 'Who supplies it (供应商), largest first.' })
  suppliers(@Root() e: Enterprise, @Ctx() ctx: AppContext): Promise<SupplyRelation[]> {
    return ctx.loaders.many<SupplyRelation>('enterprise/suppliers-of', e.uscc);
  }

  @FieldResolver(() => [SupplyRelation], { description: 'Whom it supplies (客户), largest first.' })
  customers(@Root() e: Enterprise, @Ctx() ctx: AppContext): Promise<SupplyRelation[]> {
    return ctx.loaders.many<SupplyRelation>('enterprise/customers-of', e.uscc);
  }

  @FieldResolver(() => [Project], { description: 'Projects it invests in (投资项目).' })
  projects(@Root() e: Enterprise, @Ctx() ctx: AppContext): Promise<Project[]> {
    return ctx.loaders.many<Project>('enterprise/projects-of', e.uscc);
  }

  @FieldResolver(() => [Team], { description: 'Teams following it (跟踪小组).' })
  async followedBy(@Root() e: Enterprise, @Ctx() ctx: AppContext): Promise<Team[]> {
    return (await ctx.loaders.many<{ team: Team }>('enterprise/followers-of', e.uscc)).map((r) => r.team);
  }
}

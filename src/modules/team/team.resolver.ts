import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Enterprise } from '../enterprise/enterprise.type';
import { Industry } from '../industry/industry.type';
import { Project } from '../project/project.type';
import { TeamService } from './team.service';
import { Team } from './team.type';

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => [Team], { description: 'The 1+2+5+8 organisation: leading group, task forces, investment groups, industry groups.' })
  teams(@Ctx() ctx: AppContext): Promise<Team[]> {
    return new TeamService(ctx.gateway).all();
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team it reports to.' })
  async parent(@Root() t: Team, @Ctx() ctx: AppContext): Promise<Team | null> {
    return (await ctx.loaders.one<{ parent: Team | null }>('team/refs-of', t.id))?.parent ?? null;
  }

  @FieldResolver(() => [Team], { description: 'Teams reporting to it.' })
  children(@Root() t: Team, @Ctx() ctx: AppContext): Promise<Team[]> {
    return ctx.loaders.many<Team>('team/children-of', t.id);
  }

  @FieldResolver(() => Industry, { nullable: true, description: 'Industry chain it is responsible for.' })
  async industry(@Root() t: Team, @Ctx() ctx: AppContext): Promise<Industry | null> {
    return (await ctx.loaders.one<{ industry: Industry | null }>('team/refs-of', t.id))?.industry ?? null;
  }

  @FieldResolver(() => [Enterprise], { description: 'Target enterprises it follows (跟踪企业).' })
  follows(@Root() t: Team, @Ctx() ctx: AppContext): Promise<Enterprise[]> {
    return ctx.loaders.many<Enterprise>('team/follows-of', t.id);
  }

  @FieldResolver(() => [Project], { description: 'Projects it is responsible for.' })
  projects(@Root() t: Team, @Ctx() ctx: AppContext): Promise<Project[]> {
    return ctx.loaders.many<Project>('team/projects-of', t.id);
  }
}

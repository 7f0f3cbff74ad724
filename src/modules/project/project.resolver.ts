import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PROJECT_STAGE_ZH, ProjectStage } from '../../domain/enums';
import type { AppContext } from '../../graphql/context';
import { Enterprise } from '../enterprise/enterprise.type';
import { ChainLink, Industry } from '../industry/industry.type';
import { Park } from '../park/park.type';
import { Team } from '../team/team.type';
import { ProjectKeyArgs, ProjectsArgs } from './project.input';
import { ProjectService } from './project.service';
import { Project, ProjectConnection, SigningEvent } from './project.type';

interface ProjectRefs {
  investor: Enterprise | null;
  park: Park | null;
  industry: Industry | null;
  team: Team | null;
  signingEvent: SigningEvent | null;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One project by id; null when there is none.' })
  project(@Args() { id }: ProjectKeyArgs, @Ctx() ctx: AppContext): Promise<Project | null> {
    return new ProjectService(ctx.gateway).byId(id);
  }

  @Query(() => ProjectConnection, { description: 'Investment projects (招商项目), largest first by default.' })
  async projects(@Args() args: ProjectsArgs, @Ctx() ctx: AppContext): Promise<InstanceType<typeof ProjectConnection>> {
    return new ProjectConnection(await new ProjectService(ctx.gateway).list(args));
  }

  @FieldResolver(() => String, { description: 'Stage in Chinese (策划, 对接, 签约, …).' })
  stageLabel(@Root() p: Project): string {
    return PROJECT_STAGE_ZH[p.stage as ProjectStage] ?? p.stage;
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'Investor enterprise (投资方).' })
  async investor(@Root() p: Project, @Ctx() ctx: AppContext): Promise<Enterprise | null> {
    return (await ctx.loaders.one<ProjectRefs>('project/refs-of', p.id))?.investor ?? null;
  }

  @FieldResolver(() => Park, { nullable: true, description: 'Park it lands in (落地园区).' })
  async park(@Root() p: Project, @Ctx() ctx: AppContext): Promise<Park | null> {
    return (await ctx.loaders.one<ProjectRefs>('project/refs-of', p.id))?.park ?? null;
  }

  @FieldResolver(() => Industry, { nullable: true, description: 'Industry chain.' })
  async industry(@Root() p: Project, @Ctx() ctx: AppContext): Promise<Industry | null> {
    return (await ctx.loaders.one<ProjectRefs>('project/refs-of', p.id))?.industry ?? null;
  }

  @FieldResolver(() => Team, { nullable: true, description: 'Responsible team.' })
  async team(@Root() p: Project, @Ctx() ctx: AppContext): Promise<Team | null> {
    return (await ctx.loaders.one<ProjectRefs>('project/refs-of', p.id))?.team ?? null;
  }

  @FieldResolver(() => SigningEvent, { nullable: true, description: 'Signing event where it was signed (集中签约活动).' })
  async signingEvent(@Root() p: Project, @Ctx() ctx: AppContext): Promise<SigningEvent | null> {
    return (await ctx.loaders.one<ProjectRefs>('project/refs-of', p.id))?.signingEvent ?? null;
  }

  @FieldResolver(() => [ChainLink], { description: 'Chain links it fills (填补环节).' })
  links(@Root() p: Project, @Ctx() ctx: AppContext): Promise<ChainLink[]> {
    return ctx.loaders.many<ChainLink>('project/links-of', p.id);
  }
}

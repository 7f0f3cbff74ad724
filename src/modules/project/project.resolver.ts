import { Authorized, Args, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { PROJECT_STAGE_ZH } from '../../domain/project-stage';
import { Loaders } from '../../graphql/loaders';
import { Enterprise } from '../../graph/enterprise.type';
import { ChainLink, Industry } from '../../graph/industry.type';
import { Park } from '../../graph/park.type';
import { Team } from '../../graph/team.type';
import { ProjectKeyArgs, ProjectsArgs } from './project.input';
import { LINKS_OF_PROJECT, PROJECTS_OF_EVENT, REFS_OF_PROJECT } from './project.queries';
import { ProjectService } from './project.service';
import { Project, ProjectConnection, SigningEvent, SigningEventSummary } from '../../graph/project.type';
import { listOf } from '../../graphql/limits';

@Resolver(() => Project)
export class ProjectResolver {
  constructor(
    private readonly service: ProjectService,
    private readonly loaders: Loaders,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => Project, { nullable: true, description: 'One project by id; null when there is none.' })
  project(@Args() { id }: ProjectKeyArgs): Promise<Project | null> {
    return this.service.byId(id);
  }

  @Authorized(Role.VIEWER)
  @Query(() => [SigningEventSummary], {
    complexity: listOf(100),
    description: 'Signing events (集中签约活动), newest first, each with its projects’ count and investment.',
  })
  async signingEvents(): Promise<SigningEventSummary[]> {
    return (await this.service.signingEvents()).map((r) => ({ event: r.node, projectCount: r.projectCount, amountYi: r.amountYi }));
  }

  @Authorized(Role.VIEWER)
  @Query(() => ProjectConnection, { description: 'Investment projects (招商项目), largest first by default.' })
  async projects(@Args() args: ProjectsArgs): Promise<InstanceType<typeof ProjectConnection>> {
    return new ProjectConnection(await this.service.list(args));
  }

  @FieldResolver(() => String, { description: 'Stage in Chinese (策划, 对接, 签约, …).' })
  stageLabel(@Root() p: Project): string {
    return PROJECT_STAGE_ZH[p.stage] ?? p.stage;
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'Investor enterprise (投资方).' })
  investor(@Root() p: Project): Promise<Enterprise | null> {
    return this.loaders.pick(REFS_OF_PROJECT, p.id, 'investor');
  }

  @FieldResolver(() => Park, { nullable: true, description: 'Park it lands in (落地园区).' })
  park(@Root() p: Project): Promise<Park | null> {
    return this.loaders.pick(REFS_OF_PROJECT, p.id, 'park');
  }

  @FieldResolver(() => Industry, { nullable: true, description: 'Industry chain.' })
  industry(@Root() p: Project): Promise<Industry | null> {
    return this.loaders.pick(REFS_OF_PROJECT, p.id, 'industry');
  }

  @FieldResolver(() => Team, { nullable: true, description: 'Responsible team.' })
  team(@Root() p: Project): Promise<Team | null> {
    return this.loaders.pick(REFS_OF_PROJECT, p.id, 'team');
  }

  @FieldResolver(() => SigningEvent, { nullable: true, description: 'Signing event where it was signed (集中签约活动).' })
  signingEvent(@Root() p: Project): Promise<SigningEvent | null> {
    return this.loaders.pick(REFS_OF_PROJECT, p.id, 'signingEvent');
  }

  @FieldResolver(() => [ChainLink], { complexity: listOf(3), description: 'Chain links it fills (填补环节).' })
  links(@Root() p: Project): Promise<ChainLink[]> {
    return this.loaders.many(LINKS_OF_PROJECT, p.id);
  }
}

@Resolver(() => SigningEvent)
export class SigningEventResolver {
  constructor(private readonly loaders: Loaders) {}

  @FieldResolver(() => [Project], { complexity: listOf(50), description: 'Projects signed at it, largest first.' })
  projects(@Root() e: SigningEvent): Promise<Project[]> {
    return this.loaders.many(PROJECTS_OF_EVENT, e.id);
  }
}

import { Authorized, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Loaders } from '../../graphql/loaders';
import { Enterprise } from '../../graph/enterprise.type';
import { Industry } from '../../graph/industry.type';
import { Project } from '../../graph/project.type';
import { CHILDREN_OF_TEAM, FOLLOWS_OF_TEAM, PROJECTS_OF_TEAM, REFS_OF_TEAM } from './team.queries';
import { TeamService } from '../../graph/team.service';
import { Team } from '../../graph/team.type';
import { listOf } from '../../graphql/limits';

@Resolver(() => Team)
export class TeamResolver {
  constructor(
    private readonly service: TeamService,
    private readonly loaders: Loaders,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => [Team], {
    complexity: listOf(20),
    description: 'The 1+2+5+8 organisation: leading group, task forces, investment groups, industry groups.',
  })
  teams(): Promise<Team[]> {
    return this.service.all();
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team it reports to.' })
  parent(@Root() t: Team): Promise<Team | null> {
    return this.loaders.pick(REFS_OF_TEAM, t.id, 'parent');
  }

  @FieldResolver(() => [Team], { complexity: listOf(10), description: 'Teams reporting to it.' })
  children(@Root() t: Team): Promise<Team[]> {
    return this.loaders.many(CHILDREN_OF_TEAM, t.id);
  }

  @FieldResolver(() => Industry, { nullable: true, description: 'Industry chain it is responsible for.' })
  industry(@Root() t: Team): Promise<Industry | null> {
    return this.loaders.pick(REFS_OF_TEAM, t.id, 'industry');
  }

  @FieldResolver(() => [Enterprise], { complexity: listOf(30), description: 'Target enterprises it follows (跟踪企业).' })
  follows(@Root() t: Team): Promise<Enterprise[]> {
    return this.loaders.many(FOLLOWS_OF_TEAM, t.id);
  }

  @FieldResolver(() => [Project], { complexity: listOf(30), description: 'Projects it is responsible for.' })
  projects(@Root() t: Team): Promise<Project[]> {
    return this.loaders.many(PROJECTS_OF_TEAM, t.id);
  }
}

import { Args, Authorized, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { WarningCounts } from '../../graph/warning.type';
import { countColours, ProjectWarningReader } from '../../graph/warnings.service';
import { Role } from '../../auth/roles';
import { analysisCost } from '../../graphql/limits';
import { PipelineStatsArgs } from './pipeline.input';
import { PipelineService } from './pipeline.service';
import { PipelineStats, TownLine } from './pipeline.type';

@Resolver(() => PipelineStats)
export class PipelineResolver {
  constructor(
    private readonly service: PipelineService,
    private readonly reader: ProjectWarningReader,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => PipelineStats, {
    complexity: analysisCost(500),
    description:
      'How the pipeline is doing over a period: stages, 履约率 and 开工率, projects at risk, defaults, the year’s task, by team (项目推进统计).',
  })
  pipelineStats(@Args() { filter }: PipelineStatsArgs): Promise<PipelineStats> {
    return this.service.stats(filter);
  }

  @Authorized(Role.VIEWER)
  @FieldResolver(() => [TownLine], {
    complexity: 10,
    description: 'By the town of each project’s park (镇街比拼晾晒); projects without a park are left out.',
  })
  byTown(@Root() s: PipelineStats): Promise<TownLine[]> {
    return this.service.byTown(s);
  }

  @Authorized(Role.VIEWER)
  @FieldResolver(() => WarningCounts, {
    complexity: 20,
    description:
      'Three-colour warnings (三色预警) of the projects the filter selects, on the period’s last day or today, whichever is first.',
  })
  async warnings(@Root() s: PipelineStats): Promise<WarningCounts> {
    const selected = new Set(s.selectedIds);
    return countColours((await this.reader.warned(null, s.asOf)).filter((w) => selected.has(w.projectId)));
  }
}

import { Args, Authorized, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { analysisCost } from '../../graphql/limits';
import { PipelineStatsArgs } from './pipeline.input';
import { PipelineService } from './pipeline.service';
import { PipelineStats } from './pipeline.type';

@Resolver()
export class PipelineResolver {
  constructor(private readonly service: PipelineService) {}

  @Authorized(Role.VIEWER)
  @Query(() => PipelineStats, {
    complexity: analysisCost(500),
    description:
      'How the pipeline is doing over a period: stages, 履约率 and 开工率, projects at risk, defaults, the year’s task, by team (项目推进统计).',
  })
  pipelineStats(@Args() { filter }: PipelineStatsArgs): Promise<PipelineStats> {
    return this.service.stats(filter);
  }
}

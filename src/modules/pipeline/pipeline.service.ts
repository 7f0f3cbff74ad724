import { Neo4jGateway } from '../../db/gateway';
import { BadInputError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { AnalysisSettings } from '../../analysis-settings';
import { TeamService } from '../../graph/team.service';
import type { PipelineStatsFilter } from './pipeline.input';
import { PIPELINE_PROJECTS, TOWNS_BY_CODE } from './pipeline.queries';
import { pipelineStats } from './pipeline.model';
import type { PipelineStats, TownLine } from './pipeline.type';
import { today } from '../../domain/calendar';

@Injectable()
export class PipelineService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly settings: AnalysisSettings,
    private readonly teams: TeamService,
  ) {}

  /** The towns' lines with their towns, read only when asked for (one statement). */
  async byTown(s: PipelineStats): Promise<TownLine[]> {
    const codes = s.townLines.map((l) => l.townCode);
    if (codes.length === 0) return [];
    const towns = new Map((await this.gw.read(TOWNS_BY_CODE, { codes })).map((r) => [r.node.code, r.node]));
    return s.townLines.flatMap((line) => (towns.has(line.townCode) ? [{ ...line, town: towns.get(line.townCode)! }] : []));
  }

  /** The figures of the pipeline over [from, to]; risk is counted to the period's end or today, whichever is first. */
  async stats(filter: PipelineStatsFilter): Promise<PipelineStats> {
    if (filter.from > filter.to) throw new BadInputError([{ path: 'filter.to', message: 'must not be before filter.from' }]);
    const [projects, teams] = await Promise.all([
      this.gw.read(PIPELINE_PROJECTS, {
        industryCode: filter.industryCode ?? null,
        parkId: filter.parkId ?? null,
        teamId: filter.teamId ?? null,
        campaign100Days: filter.campaign100Days ?? null,
      }),
      this.teams.all(),
    ]);
    const asOf = filter.to < today() ? filter.to : today();
    const stats = pipelineStats(projects, filter.from, filter.to, asOf, this.settings.config.pipeline, filter);
    const byId = new Map(teams.map((t) => [t.id, t]));

    return {
      from: filter.from,
      to: filter.to,
      ...stats,
      byTeam: stats.byTeam.flatMap((line) => (byId.has(line.teamId) ? [{ ...line, team: byId.get(line.teamId)! }] : [])),
      townLines: stats.byTown,
      selectedIds: projects.map((p) => p.id),
      asOf,
    };
  }
}

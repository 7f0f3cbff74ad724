import { Neo4jGateway } from '../../db/gateway';
import { Injectable } from '../../graphql/scope';
import { ALL_TEAMS } from './team.queries';
import type { Team } from './team.type';

@Injectable()
export class TeamService {
  constructor(private readonly gw: Neo4jGateway) {}

  /** The whole 1+2+5+8 organisation, leading group first. */
  async all(): Promise<Team[]> {
    return (await this.gw.read(ALL_TEAMS, {})).map((r) => r.node);
  }
}

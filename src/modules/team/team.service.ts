import type { Neo4jGateway } from '../../db/gateway';
import type { Team } from './team.type';

export class TeamService {
  constructor(private readonly gw: Neo4jGateway) {}

  /** The whole 1+2+5+8 organisation, leading group first. */
  async all(): Promise<Team[]> {
    return (await this.gw.read('team/all')).map((r) => r.node as Team);
  }
}

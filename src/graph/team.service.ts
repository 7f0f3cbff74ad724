import { Neo4jGateway } from '../db/gateway';
import { Injectable } from '../graphql/scope';
import { ALL_TEAMS } from './team.queries';
import type { Team } from './team.type';

@Injectable()
export class TeamService {
  constructor(private readonly gw: Neo4jGateway) {}

  private teams: Promise<Team[]> | undefined;

  /** The whole 1+2+5+8 organisation, leading group first (read once per request). */
  all(): Promise<Team[]> {
    this.teams ??= this.gw.read(ALL_TEAMS, {}).then((rows) => rows.map((r) => r.node));
    return this.teams;
  }

  async byId(id: string): Promise<Team | null> {
    return (await this.all()).find((t) => t.id === id) ?? null;
  }
}

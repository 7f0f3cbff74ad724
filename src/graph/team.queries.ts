import { defineQuery, nested, NoParams } from '../db/query';
import { Team, TEAM_NODE } from './team.type';

/** The whole 1+2+5+8 organisation (teams several features name). */
export const ALL_TEAMS = defineQuery<NoParams, { node: Team }>('team/all', { node: nested(TEAM_NODE) });

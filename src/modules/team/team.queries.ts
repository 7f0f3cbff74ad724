import { defineRelation, nested } from '../../db/query';
import { ENTERPRISE_NODE } from '../../graph/enterprise.type';
import { Industry, INDUSTRY_NODE } from '../../graph/industry.type';
import { PROJECT_NODE } from '../../graph/project.type';
import { Team, TEAM_NODE } from '../../graph/team.type';

export const REFS_OF_TEAM = defineRelation<{ parent: Team | null; industry: Industry | null }>('team/refs-of', {
  parent: nested(TEAM_NODE, { optional: true }),
  industry: nested(INDUSTRY_NODE, { optional: true }),
});
export const CHILDREN_OF_TEAM = defineRelation('team/children-of', TEAM_NODE);
export const FOLLOWS_OF_TEAM = defineRelation('team/follows-of', ENTERPRISE_NODE);
export const PROJECTS_OF_TEAM = defineRelation('team/projects-of', PROJECT_NODE);

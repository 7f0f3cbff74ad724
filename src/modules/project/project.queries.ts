import { defineQuery, defineRelation, nested } from '../../db/query';
import { definePage, SortParams } from '../../graphql/pagination';
import { Enterprise, ENTERPRISE_NODE } from '../enterprise/enterprise.type';
import { CHAIN_LINK_NODE, Industry, INDUSTRY_NODE } from '../industry/industry.type';
import { Park, PARK_NODE } from '../park/park.type';
import { Team, TEAM_NODE } from '../team/team.type';
import { Project, PROJECT_NODE, SIGNING_EVENT_NODE, SigningEvent } from './project.type';

export interface ProjectFilterParams {
  f: {
    stages: string[] | null;
    industryCode: string | null;
    parkId: string | null;
    teamId: string | null;
    investorUscc: string | null;
    amountMin: number | null;
    amountMax: number | null;
    signedFrom: string | null;
    signedTo: string | null;
    keyProject: boolean | null;
    campaign100Days: boolean | null;
    nameContains: string | null;
  };
}
export const PROJECT_PAGE = definePage<ProjectFilterParams & SortParams, Project>('project/filter', PROJECT_NODE);
export const PROJECT_BY_ID = defineQuery<{ id: string }, { node: Project }>('project/by-id', { node: nested(PROJECT_NODE) });

export interface ProjectRefs {
  investor: Enterprise | null;
  park: Park | null;
  industry: Industry | null;
  team: Team | null;
  signingEvent: SigningEvent | null;
}
export const REFS_OF_PROJECT = defineRelation<ProjectRefs>('project/refs-of', {
  investor: nested(ENTERPRISE_NODE, { optional: true }),
  park: nested(PARK_NODE, { optional: true }),
  industry: nested(INDUSTRY_NODE, { optional: true }),
  team: nested(TEAM_NODE, { optional: true }),
  signingEvent: nested(SIGNING_EVENT_NODE, { optional: true }),
});
export const LINKS_OF_PROJECT = defineRelation('project/links-of', CHAIN_LINK_NODE);

import { defineQuery, defineRelation, nested } from '../../db/query';
import { definePage, FilterValues, SortParams } from '../../graphql/pagination';
import { Enterprise, ENTERPRISE_NODE } from '../../graph/enterprise.type';
import { CHAIN_LINK_NODE, Industry, INDUSTRY_NODE } from '../../graph/industry.type';
import { Park, PARK_NODE } from '../../graph/park.type';
import { Team, TEAM_NODE } from '../../graph/team.type';
import type { ProjectFilter } from './project.input';
import { Project, PROJECT_NODE, SIGNING_EVENT_NODE, SigningEvent } from '../../graph/project.type';

/** The filter keys the listing's Cypher reads from `$f`. */
export const PROJECT_FILTER_KEYS = [
  'stages',
  'industryCode',
  'parkId',
  'teamId',
  'investorUscc',
  'amountMin',
  'amountMax',
  'signedFrom',
  'signedTo',
  'keyProject',
  'campaign100Days',
  'nameContains',
  'contractedFrom',
  'contractedTo',
  'performingFrom',
  'performingTo',
  'startedFrom',
  'startedTo',
  'producingFrom',
  'producingTo',
] as const satisfies ReadonlyArray<keyof ProjectFilter>;
export interface ProjectFilterParams {
  f: FilterValues<ProjectFilter, (typeof PROJECT_FILTER_KEYS)[number]>;
}
export const PROJECT_PAGE = definePage<ProjectFilterParams & SortParams, Project>('project/filter', PROJECT_NODE);
/** Σ amountYi over the whole filter (not the page). */
export const PROJECT_AMOUNT = defineQuery<ProjectFilterParams & SortParams, { amountYi: number }>(['project/filter', 'project/amount'], {
  amountYi: 'number',
});
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

/** Every signing event with how many projects were signed at it and their investment (亿元). */
export const SIGNING_EVENTS = defineQuery<Record<string, never>, { node: SigningEvent; projectCount: number; amountYi: number }>(
  'project/signing-events',
  {
    node: nested(SIGNING_EVENT_NODE),
    projectCount: 'number',
    amountYi: 'number',
  },
);
export const PROJECTS_OF_EVENT = defineRelation('project/projects-of-events', PROJECT_NODE);

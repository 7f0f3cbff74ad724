import { defineQuery, defineRelation, nested } from '../../db/query';
import { definePage, SortParams } from '../../graphql/pagination';
import { Town, TOWN_NODE } from '../../graph/city.type';
import { ENTERPRISE_NODE } from '../../graph/enterprise.type';
import { CHAIN_LINK_NODE, ChainLink, Industry, INDUSTRY_NODE } from '../../graph/industry.type';
import { PROJECT_NODE } from '../../graph/project.type';
import { Park, PARK_NODE } from '../../graph/park.type';

export interface ParkFilterParams {
  f: {
    townCode: string | null;
    standardized: boolean | null;
    industryCode: string | null;
    chainLinkCode: string | null;
    availableLandMin: number | null;
  };
}
export const PARK_PAGE = definePage<ParkFilterParams & SortParams, Park>('park/filter', PARK_NODE);
export const PARK_BY_ID = defineQuery<{ id: string }, { node: Park }>('park/by-id', { node: nested(PARK_NODE) });

export interface ParkStats {
  town: Town | null;
  enterpriseCount: number;
  projectCount: number;
}
export const STATS_OF_PARK = defineRelation<ParkStats>('park/stats-of', {
  town: nested(TOWN_NODE, { optional: true }),
  enterpriseCount: 'number',
  projectCount: 'number',
});
/** Each row is one positioning: an industry or a chain link (the other is null). */
export const POSITIONS_OF_PARK = defineRelation<{ industry: Industry | null; link: ChainLink | null }>('park/positions-of', {
  industry: nested(INDUSTRY_NODE, { optional: true }),
  link: nested(CHAIN_LINK_NODE, { optional: true }),
});
export const ENTERPRISES_OF_PARK = defineRelation('park/enterprises-of', ENTERPRISE_NODE);
export const PROJECTS_OF_PARK = defineRelation('park/projects-of', PROJECT_NODE);

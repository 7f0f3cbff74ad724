import { defineQuery, nested, NoParams } from '../db/query';
import { CHAIN_LINK_NODE, ChainLink } from './industry.type';
import { Park, PARK_NODE } from './park.type';
import { Project, PROJECT_NODE } from './project.type';
import type { LinkMetrics } from '../domain/gaps.model';
import type { WarmPathRow } from '../domain/ranking.model';

/** A project filling a link, in full for the API, with its investor. */
export type LinkProjectNode = Project & { investorUscc: string | null; investorName: string | null };
/** Raw per-link metrics of every chain, with the link's and its projects' own properties for the API. */
export type LinkMetricsRow = Omit<LinkMetrics, 'projects'> & { link: ChainLink; projects: LinkProjectNode[] };
export const LINK_METRICS = defineQuery<NoParams, LinkMetricsRow>('analysis/link-metrics', {
  industryCode: 'string',
  industryName: 'string',
  code: 'string',
  name: 'string',
  stage: 'string',
  importance: 'number',
  core: 'boolean',
  link: nested(CHAIN_LINK_NODE),
  producers: 'map[]',
  demand: 'number',
  demandFirms: 'number',
  purchasedYi: 'number',
  purchasedLocalYi: 'number',
  upstream: 'string[]',
  downstream: 'string[]',
  projects: nested<LinkProjectNode>({ ...PROJECT_NODE, investorUscc: 'string?', investorName: 'string?' }, { list: true }),
});

export interface CandidateRow {
  target: {
    uscc: string;
    name: string;
    revenueYi: number | null;
    ownership: string | null;
    fortune500: boolean | null;
    chainLeader: boolean | null;
    specialized: boolean | null;
    highTech: boolean | null;
    expansionPlan: boolean | null;
    recentFinancing: boolean | null;
    /** Dated facts (the backtest reads the graph as it stood on a day): ISO dates or null. */
    targetSince?: string | null;
    expansionPlanOn?: string | null;
    recentFinancingOn?: string | null;
  };
  cityName: string | null;
  cityCode: string | null;
  links: Array<{ code: string; evidence: 'STRONG' | 'MEDIUM' | 'WEAK'; industryCode: string; products: string | null }>;
  pipeline: Project[];
}
export const TARGET_CANDIDATES = defineQuery<
  { industry: string | null; provinceCode: string | null; ownerships: string[] | null; fortune500Only: boolean },
  CandidateRow
>('analysis/target-candidates', {
  target: 'map',
  cityName: 'string?',
  cityCode: 'string?',
  links: 'map[]',
  pipeline: nested(PROJECT_NODE, { list: true }),
});

export interface ParkFactRow {
  park: Park;
  industries: string[];
  links: string[];
}
export const PARKS = defineQuery<NoParams, ParkFactRow>('analysis/parks', {
  park: nested(PARK_NODE),
  industries: 'string[]',
  links: 'string[]',
});

export interface FlowRow {
  fromCode: string;
  toCode: string;
  strength: number;
}
export const FLOWS = defineQuery<NoParams, FlowRow>('analysis/flows', {
  fromCode: 'string',
  toCode: 'string',
  strength: 'number',
});

/** What the ranking needs of each chain: its priority themes and investment intensity. */
export interface IndustryFactRow {
  code: string;
  name: string;
  themes: string[];
  investmentPerMuWan: number | null;
}
export const INDUSTRY_FACTS = defineQuery<NoParams, IndustryFactRow>('analysis/industry-facts', {
  code: 'string',
  name: 'string',
  themes: 'string[]',
  investmentPerMuWan: 'number?',
});

export const WARM_PATHS = defineQuery<{ usccs: string[]; home: string }, WarmPathRow>('analysis/warm-paths', {
  uscc: 'string',
  kind: 'string',
  nodes: 'map[]',
  rels: 'map[]',
  facts: 'map',
});

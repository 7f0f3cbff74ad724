import { defineQuery, defineRelation, nested, NoParams } from '../../db/query';
import { ENTERPRISE_NODE } from '../enterprise/enterprise.type';
import { PROJECT_NODE } from '../project/project.type';
import { CHAIN_LINK_NODE, ChainLink, Industry, INDUSTRY_NODE, LinkFlow, LinkOperator } from './industry.type';

export const ALL_INDUSTRIES = defineQuery<NoParams, { node: Industry }>('industry/all', { node: nested(INDUSTRY_NODE) });
export const INDUSTRY_BY_CODE = defineQuery<{ code: string }, { node: Industry }>('industry/by-code', { node: nested(INDUSTRY_NODE) });
export const LINK_BY_CODE = defineQuery<{ code: string }, { node: ChainLink }>('industry/link-by-code', { node: nested(CHAIN_LINK_NODE) });

export const LINKS_OF_INDUSTRY = defineRelation('industry/links-of-industry', CHAIN_LINK_NODE);
export const INDUSTRY_OF_LINK = defineRelation('industry/industry-of-link', INDUSTRY_NODE);
export const UPSTREAM_OF_LINK = defineRelation<LinkFlow>('industry/upstream-of-link', { link: nested(CHAIN_LINK_NODE), kind: 'string', strength: 'number' });
export const DOWNSTREAM_OF_LINK = defineRelation<LinkFlow>('industry/downstream-of-link', { link: nested(CHAIN_LINK_NODE), kind: 'string', strength: 'number' });
export const OPERATORS_OF_LINK = defineRelation<LinkOperator>('industry/operators-of-link', { enterprise: nested(ENTERPRISE_NODE), evidence: 'string', products: 'string?' });
export const PROJECTS_OF_LINK = defineRelation('industry/projects-of-link', PROJECT_NODE);

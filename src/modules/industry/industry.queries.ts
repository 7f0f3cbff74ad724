import { defineRelation, nested } from '../../db/query';
import { ENTERPRISE_NODE } from '../../graph/enterprise.type';
import { PROJECT_NODE } from '../../graph/project.type';
import { CHAIN_LINK_NODE, INDUSTRY_NODE, LinkFlow, LinkOperator } from '../../graph/industry.type';

export const LINKS_OF_INDUSTRY = defineRelation('industry/links-of-industry', CHAIN_LINK_NODE);
export const INDUSTRY_OF_LINK = defineRelation('industry/industry-of-link', INDUSTRY_NODE);
export const UPSTREAM_OF_LINK = defineRelation<LinkFlow>('industry/upstream-of-link', {
  link: nested(CHAIN_LINK_NODE),
  kind: 'string',
  strength: 'number',
});
export const DOWNSTREAM_OF_LINK = defineRelation<LinkFlow>('industry/downstream-of-link', {
  link: nested(CHAIN_LINK_NODE),
  kind: 'string',
  strength: 'number',
});
export const OPERATORS_OF_LINK = defineRelation<LinkOperator>('industry/operators-of-link', {
  enterprise: nested(ENTERPRISE_NODE),
  evidence: 'string',
  products: 'string?',
});
export const PROJECTS_OF_LINK = defineRelation('industry/projects-of-link', PROJECT_NODE);

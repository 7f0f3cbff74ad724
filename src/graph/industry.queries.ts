import { defineQuery, nested, NoParams } from '../db/query';
import { CHAIN_LINK_NODE, ChainLink, Industry, INDUSTRY_NODE } from './industry.type';

export const ALL_INDUSTRIES = defineQuery<NoParams, { node: Industry }>('industry/all', { node: nested(INDUSTRY_NODE) });
export const INDUSTRY_BY_CODE = defineQuery<{ code: string }, { node: Industry }>('industry/by-code', { node: nested(INDUSTRY_NODE) });
export const LINK_BY_CODE = defineQuery<{ code: string }, { node: ChainLink }>('industry/link-by-code', { node: nested(CHAIN_LINK_NODE) });

import { defineQuery, defineRelation, nested, NoParams, Query, Shape, withWhere } from '../../db/query';
import type { CypherName } from '../../db/cypher-names';
import type { IdentityRecord } from '../../domain/entity-names';
import { Country, COUNTRY_NODE } from '../chamber/chamber.type';
import { FilterValues, PageQueries, SortKey, SortParams } from '../../graphql/pagination';
import { City, CITY_NODE, Town, TOWN_NODE } from '../city/city.type';
import { CHAIN_LINK_NODE } from '../industry/industry.type';
import { Park, PARK_NODE } from '../park/park.type';
import { PERSON_NODE } from '../person/person.type';
import { Project, PROJECT_NODE } from '../project/project.type';
import { Team, TEAM_NODE } from '../team/team.type';
import type { EnterpriseFilter, EnterpriseOrder } from './enterprise.input';
import { Enterprise, ENTERPRISE_NODE, EnterpriseLink, Executive, SupplyRelation } from './enterprise.type';

/** The filter keys the listing's Cypher reads from `$f`. */
export const ENTERPRISE_FILTER_KEYS = [
  'isTarget', 'isLocal', 'industryCode', 'chainLinkCode', 'cityCode', 'provinceCode', 'parkId', 'fortune500', 'chainLeader',
  'specialized', 'highTech', 'listed', 'expansionPlan', 'recentFinancing', 'hasNativeExecutive', 'hasChamberMember', 'revenueMin', 'revenueMax', 'ownerships', 'countryCode',
  'nameContains',
] as const satisfies ReadonlyArray<keyof EnterpriseFilter>;
export interface EnterpriseFilterParams {
  f: FilterValues<EnterpriseFilter, (typeof ENTERPRISE_FILTER_KEYS)[number]>;
}
export const ENTERPRISE_BY_USCC = defineQuery<{ uscc: string }, { node: Enterprise }>('enterprise/by-uscc', { node: nested(ENTERPRISE_NODE) });

export interface EnterprisePlaces {
  city: City | null;
  country: Country | null;
  town: Town | null;
  park: Park | null;
}
const PLACES_ITEM: Shape<EnterprisePlaces> = {
  city: nested(CITY_NODE, { optional: true }),
  country: nested(COUNTRY_NODE, { optional: true }),
  town: nested(TOWN_NODE, { optional: true }),
  park: nested(PARK_NODE, { optional: true }),
};
export const PLACES_OF_ENTERPRISE = defineRelation<EnterprisePlaces>('enterprise/places-of', PLACES_ITEM);
const LINK_ITEM: Shape<EnterpriseLink> = { link: nested(CHAIN_LINK_NODE), evidence: 'string', products: 'string?' };
const EXECUTIVE_ITEM: Shape<Executive> = { person: nested(PERSON_NODE), title: 'string' };
export const LINKS_OF_ENTERPRISE = defineRelation<EnterpriseLink>('enterprise/links-of', LINK_ITEM);
export const EXECUTIVES_OF_ENTERPRISE = defineRelation<Executive>('enterprise/executives-of', EXECUTIVE_ITEM);
const SUPPLY: Shape<SupplyRelation> = { enterprise: nested(ENTERPRISE_NODE), annualValueYi: 'number', linkCode: 'string?' };
export const SUPPLIERS_OF_ENTERPRISE = defineRelation<SupplyRelation>('enterprise/suppliers-of', SUPPLY);
export const CUSTOMERS_OF_ENTERPRISE = defineRelation<SupplyRelation>('enterprise/customers-of', SUPPLY);
export const PROJECTS_OF_ENTERPRISE = defineRelation('enterprise/projects-of', PROJECT_NODE);
export const FOLLOWERS_OF_ENTERPRISE = defineRelation<{ team: Team; since: string | null; owner: string | null; dueOn: string | null }>('enterprise/followers-of', {
  team: nested(TEAM_NODE),
  since: 'string?',
  owner: 'string?',
  dueOn: 'string?',
});

/** Which relations a listing or by-key read folds into its one statement (cypher/enterprise/fold.cypher). */
export interface EnterpriseFolds {
  places: boolean;
  links: boolean;
  executives: boolean;
  projects: boolean;
  /** The enterprise properties to send (the key always among them); null sends every one. */
  props: string[] | null;
}
export const NO_FOLDS: EnterpriseFolds = { places: false, links: false, executives: false, projects: false, props: null };

/** The related items a row carries, null for a relation not asked for; each has its relation's shape. */
export interface FoldedRelations {
  places: EnterprisePlaces | null;
  links: EnterpriseLink[] | null;
  executives: Executive[] | null;
  projects: Project[] | null;
}
export interface FoldedRow {
  /** The whole node when `props` was null; otherwise built from `values` (see enterprise.service). */
  node: Enterprise | null;
  values: unknown[];
  sortKey: SortKey;
  folded: FoldedRelations;
}
export type EnterprisePageParams = EnterpriseFilterParams & SortParams & { home: string; fold: EnterpriseFolds };
const FOLDED_ROW: Shape<FoldedRow> = {
  node: nested(ENTERPRISE_NODE, { optional: true }),
  values: 'any',
  sortKey: 'any',
  folded: nested<FoldedRelations>({
    places: nested(PLACES_ITEM, { optional: true }),
    links: nested(LINK_ITEM, { list: true, optional: true }),
    executives: nested(EXECUTIVE_ITEM, { list: true, optional: true }),
    projects: nested(PROJECT_NODE, { list: true, optional: true }),
  }),
};

export const ENTERPRISE_PAGE: PageQueries<EnterprisePageParams, Enterprise, FoldedRow> = {
  page: defineQuery<EnterprisePageParams & { after: SortKey | null; limit: number }, FoldedRow>(['enterprise/match', 'enterprise/sort-keys', 'common/page-window', 'enterprise/fold'], FOLDED_ROW),
  count: defineQuery<EnterprisePageParams, { total: number }>(['enterprise/match', 'enterprise/sort-keys', 'common/count'], { total: 'number' }),
};
/**
 * Orderings read in the order of a range index (migration 008): the firms that have the property,
 * one page at a time, then (on the last pages) those without it, which sort last.
 */
export interface IndexedOrder {
  prop: 'revenueYi' | 'employees' | 'registeredCapitalYi' | 'name';
  file: CypherName;
}
export const INDEXED_ORDER: Record<EnterpriseOrder, IndexedOrder> = {
  REVENUE_DESC: { prop: 'revenueYi', file: 'enterprise/order-revenue-desc' },
  REVENUE_ASC: { prop: 'revenueYi', file: 'enterprise/order-revenue-asc' },
  EMPLOYEES_DESC: { prop: 'employees', file: 'enterprise/order-employees-desc' },
  REGISTERED_CAPITAL_DESC: { prop: 'registeredCapitalYi', file: 'enterprise/order-registered-capital-desc' },
  NAME_ASC: { prop: 'name', file: 'enterprise/order-name-asc' },
};

/** The firms that have the ordering's property, after the cursor, in index order, with the filters given. */
export function indexedHead(order: EnterpriseOrder, filters: readonly string[], afterCursor: boolean): Query<EnterprisePageParams & { after: SortKey | null; limit: number }, FoldedRow> {
  const { prop, file } = INDEXED_ORDER[order];
  const head = defineQuery<EnterprisePageParams & { after: SortKey | null; limit: number }, FoldedRow>(['enterprise/match', file, 'enterprise/sort-keys', 'enterprise/fold'], FOLDED_ROW);
  const also = [{ file: ORDER_SECTIONS, key: `${prop}_present` }, ...(afterCursor ? [{ file: ORDER_SECTIONS, key: `${order}_after` }] : [])];
  return withWhere(head, 'enterprise/where', filters, 1, { also, hint: { file: ORDER_SECTIONS, key: `${prop}_index` } });
}

/** The firms without the ordering's property (they sort last), through the generic keyset page. */
export function missingTail(order: EnterpriseOrder, filters: readonly string[]): Query<EnterprisePageParams & { after: SortKey | null; limit: number }, FoldedRow> {
  return withWhere(ENTERPRISE_PAGE.page, 'enterprise/where', filters, 1, { also: [{ file: ORDER_SECTIONS, key: `${INDEXED_ORDER[order].prop}_missing` }] });
}
const ORDER_SECTIONS: CypherName = 'enterprise/order-index';

/** One enterprise with the relations asked for (the API's `enterprise(uscc)`). */
export const ENTERPRISE_BY_USCC_FOLDED = defineQuery<{ uscc: string; fold: EnterpriseFolds }, FoldedRow>(['enterprise/by-uscc-folded', 'enterprise/fold'], FOLDED_ROW);

/** Enterprises by key with the relations asked for (the ranking's page, duplicates, plans). */
export const ENTERPRISES_BY_USCCS_FOLDED = defineQuery<{ usccs: string[]; fold: EnterpriseFolds }, FoldedRow>(['enterprise/by-usccs-folded', 'enterprise/fold'], FOLDED_ROW);

/** Identity of every enterprise and the place names firm names start with, for entity resolution. */
export const IDENTITY_RECORDS = defineQuery<NoParams, IdentityRecord>('enterprise/identity-records', {
  uscc: 'string',
  name: 'string',
  cityCode: 'string?',
  executives: 'string[]',
});
export const PLACE_NAMES = defineQuery<NoParams, { names: string[] }>('enterprise/place-names', { names: 'string[]' });

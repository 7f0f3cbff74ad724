import { defineQuery, defineRelation, nested, Query, Shape, withWhere } from '../../db/query';
import type { CypherName } from '../../db/cypher-names';
import { ENTERPRISE_NODE, Enterprise, SupplyRelation } from '../../graph/enterprise.type';
import { EnterpriseFolds, FOLDED_ROW, FoldedRow } from '../../graph/enterprise.queries';
import { FilterValues, PageQueries, SortKey, SortParams } from '../../graphql/pagination';
import type { EnterpriseFilter, EnterpriseOrder } from './enterprise.input';

/** The filter keys the listing's Cypher reads from `$f`. */
export const ENTERPRISE_FILTER_KEYS = [
  'isTarget',
  'isLocal',
  'industryCode',
  'chainLinkCode',
  'cityCode',
  'provinceCode',
  'parkId',
  'fortune500',
  'chainLeader',
  'specialized',
  'highTech',
  'listed',
  'expansionPlan',
  'recentFinancing',
  'hasNativeExecutive',
  'hasChamberMember',
  'revenueMin',
  'revenueMax',
  'ownerships',
  'countryCode',
  'nameContains',
] as const satisfies ReadonlyArray<keyof EnterpriseFilter>;
export interface EnterpriseFilterParams {
  f: FilterValues<EnterpriseFilter, (typeof ENTERPRISE_FILTER_KEYS)[number]>;
}

const SUPPLY: Shape<SupplyRelation> = { enterprise: nested(ENTERPRISE_NODE), annualValueYi: 'number', linkCode: 'string?' };
export const SUPPLIERS_OF_ENTERPRISE = defineRelation<SupplyRelation>('enterprise/suppliers-of', SUPPLY);
export const CUSTOMERS_OF_ENTERPRISE = defineRelation<SupplyRelation>('enterprise/customers-of', SUPPLY);
export type EnterprisePageParams = EnterpriseFilterParams & SortParams & { home: string; fold: EnterpriseFolds };

export const ENTERPRISE_PAGE: PageQueries<EnterprisePageParams, Enterprise, FoldedRow> = {
  page: defineQuery<EnterprisePageParams & { after: SortKey | null; limit: number }, FoldedRow>(
    ['enterprise/match', 'enterprise/sort-keys', 'common/page-window', 'enterprise/fold'],
    FOLDED_ROW,
  ),
  count: defineQuery<EnterprisePageParams, { total: number }>(['enterprise/match', 'enterprise/sort-keys', 'common/count'], {
    total: 'number',
  }),
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
export function indexedHead(
  order: EnterpriseOrder,
  filters: readonly string[],
  afterCursor: boolean,
): Query<EnterprisePageParams & { after: SortKey | null; limit: number }, FoldedRow> {
  const { prop, file } = INDEXED_ORDER[order];
  const head = defineQuery<EnterprisePageParams & { after: SortKey | null; limit: number }, FoldedRow>(
    ['enterprise/match', file, 'enterprise/sort-keys', 'enterprise/fold'],
    FOLDED_ROW,
  );
  const also = [
    { file: ORDER_SECTIONS, key: `${prop}_present` },
    ...(afterCursor ? [{ file: ORDER_SECTIONS, key: `${order}_after` }] : []),
  ];
  return withWhere(head, 'enterprise/where', filters, 1, { also, hint: { file: ORDER_SECTIONS, key: `${prop}_index` } });
}

/** The firms without the ordering's property (they sort last), through the generic keyset page. */
export function missingTail(
  order: EnterpriseOrder,
  filters: readonly string[],
): Query<EnterprisePageParams & { after: SortKey | null; limit: number }, FoldedRow> {
  return withWhere(ENTERPRISE_PAGE.page, 'enterprise/where', filters, 1, {
    also: [{ file: ORDER_SECTIONS, key: `${INDEXED_ORDER[order].prop}_missing` }],
  });
}
const ORDER_SECTIONS: CypherName = 'enterprise/order-index';

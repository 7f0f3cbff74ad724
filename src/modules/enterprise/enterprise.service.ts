import { Neo4jGateway } from '../../db/gateway';
import { NANAN_CITY_CODE } from '../../domain/enums';
import { toSimplified } from '../../domain/search-text';
import { BadInputError } from '../../errors';
import { EnterpriseReader } from '../../graph/enterprise-reader.service';
import { EnterpriseFolds, FoldedRow, folding, NO_FOLDS } from '../../graph/enterprise.queries';
import type { Enterprise } from '../../graph/enterprise.type';
import { ConnectionShape, fetchPage, filteredPage, filterParams, givenKeys, SortKey, SortParams } from '../../graphql/pagination';
import { Injectable } from '../../graphql/scope';
import { EnterpriseOrder, EnterprisesArgs } from './enterprise.input';
import { ENTERPRISE_FILTER_KEYS, ENTERPRISE_PAGE, EnterprisePageParams, indexedHead, missingTail } from './enterprise.queries';

/** The sort value of a missing property in cypher/enterprise/sort-keys.cypher (sorts last). */
const MISSING_SORT_VALUE = 1.0e18;

/** Server-side mapping from the ordering enum to sort keys (never a client-given property name). */
export const ENTERPRISE_ORDER: Record<EnterpriseOrder, SortParams> = {
  REVENUE_DESC: { numKey: 'revenueYi', strKey: null, dir: -1 },
  REVENUE_ASC: { numKey: 'revenueYi', strKey: null, dir: 1 },
  EMPLOYEES_DESC: { numKey: 'employees', strKey: null, dir: -1 },
  REGISTERED_CAPITAL_DESC: { numKey: 'registeredCapitalYi', strKey: null, dir: -1 },
  NAME_ASC: { numKey: null, strKey: 'name', dir: 1 },
};

/** The enterprise listing (企业库): filters, orderings and keyset pages. */
@Injectable()
export class EnterpriseService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly reader: EnterpriseReader,
  ) {}

  /** A page of enterprises; the relations in `fold` come in the same statement as the page. */
  async list(args: EnterprisesArgs, fold: EnterpriseFolds = NO_FOLDS): Promise<ConnectionShape<Enterprise>> {
    const f = args.filter;
    if (f?.revenueMin !== undefined && f.revenueMax !== undefined && f.revenueMin > f.revenueMax) {
      throw new BadInputError([{ path: 'filter.revenueMax', message: 'revenueMax must not be below revenueMin' }]);
    }
    const filter = { ...filterParams(f, ENTERPRISE_FILTER_KEYS), nameContains: f?.nameContains ? toSimplified(f.nameContains) : null };
    const given = givenKeys(filter);
    // The cursor is bound to the filters and order, not to which relations were folded in.
    const params = { f: filter, ...ENTERPRISE_ORDER[args.orderBy], home: NANAN_CITY_CODE };
    const read = (after: SortKey | null, limit: number): Promise<FoldedRow[]> =>
      this.inIndexOrder(args.orderBy, given, { ...params, fold }, after, limit);
    const filtered = filteredPage(ENTERPRISE_PAGE, 'enterprise/where', given);
    return fetchPage<EnterprisePageParams, Enterprise, FoldedRow>(
      this.gw,
      { ...filtered, page: folding(filtered.page, fold) },
      { ...params, fold },
      args.orderBy,
      args,
      {
        onRows: (rows) => rows.forEach((r) => this.reader.complete(r, fold)),
        boundTo: params,
        read,
      },
    );
  }

  /**
   * The rows after a cursor in the ordering's index order: first the firms that have the property
   * (one statement that stops after `limit`, whatever the number of firms), then, only when those
   * run out, the firms without it, which sort last.
   */
  private async inIndexOrder(
    order: EnterpriseOrder,
    given: string[],
    params: EnterprisePageParams,
    after: SortKey | null,
    limit: number,
  ): Promise<FoldedRow[]> {
    // A cursor past the firms with the property (s1 = 1e18 marks a missing value) reads only the rest.
    const pastHead = after !== null && after[0] >= MISSING_SORT_VALUE;
    const head = pastHead
      ? []
      : await this.gw.read(folding(indexedHead(order, given, after !== null), params.fold), { ...params, after, limit });
    if (head.length >= limit) return head;
    const tail = await this.gw.read(folding(missingTail(order, given), params.fold), {
      ...params,
      after: pastHead ? after : null,
      limit: limit - head.length,
    });
    return [...head, ...tail];
  }
}

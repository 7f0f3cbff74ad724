import { Neo4jGateway } from '../../db/gateway';
import { NANAN_CITY_CODE } from '../../domain/enums';
import { toSimplified } from '../../domain/search-text';
import { BadInputError } from '../../errors';
import { Loaders } from '../../graphql/loaders';
import { ConnectionShape, fetchPage, filteredPage, filterParams, givenKeys, SortKey, SortParams } from '../../graphql/pagination';
import { Injectable } from '../../graphql/scope';
import { EnterpriseOrder, EnterprisesArgs } from './enterprise.input';

/** The sort value of a missing property in cypher/enterprise/sort-keys.cypher (sorts last). */
const MISSING_SORT_VALUE = 1.0e18;
import {
  ENTERPRISE_BY_USCC_FOLDED,
  ENTERPRISE_FILTER_KEYS,
  ENTERPRISE_PAGE,
  ENTERPRISES_BY_USCCS_FOLDED,
  EnterpriseFolds,
  EXECUTIVES_OF_ENTERPRISE,
  FoldedRelations,
  FoldedRow,
  indexedHead,
  missingTail,
  EnterprisePageParams,
  LINKS_OF_ENTERPRISE,
  NO_FOLDS,
  PLACES_OF_ENTERPRISE,
  PROJECTS_OF_ENTERPRISE,
} from './enterprise.queries';
import { Enterprise, ENTERPRISE_NODE } from './enterprise.type';

/** Server-side mapping from the ordering enum to sort keys (never a client-given property name). */
export const ENTERPRISE_ORDER: Record<EnterpriseOrder, SortParams> = {
  REVENUE_DESC: { numKey: 'revenueYi', strKey: null, dir: -1 },
  REVENUE_ASC: { numKey: 'revenueYi', strKey: null, dir: 1 },
  EMPLOYEES_DESC: { numKey: 'employees', strKey: null, dir: -1 },
  REGISTERED_CAPITAL_DESC: { numKey: 'registeredCapitalYi', strKey: null, dir: -1 },
  NAME_ASC: { numKey: null, strKey: 'name', dir: 1 },
};

@Injectable()
export class EnterpriseService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly loaders: Loaders,
  ) {}

  /** One enterprise, with the relations in `fold` read in the same statement. */
  async byUscc(uscc: string, fold: EnterpriseFolds = NO_FOLDS): Promise<Enterprise | null> {
    const [row] = await this.gw.read(ENTERPRISE_BY_USCC_FOLDED, { uscc, fold });
    return row ? this.complete(row, fold) : null;
  }

  /** Enterprises by USCC, in full, with the relations in `fold`; unknown ones are absent from the map. */
  async byUsccs(usccs: string[], fold: EnterpriseFolds = NO_FOLDS): Promise<Map<string, Enterprise>> {
    if (usccs.length === 0) return new Map();
    const rows = await this.gw.read(ENTERPRISES_BY_USCCS_FOLDED, { usccs, fold });
    return new Map(rows.map((r) => this.complete(r, fold)).map((e) => [e.uscc, e]));
  }

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
    const read = (after: SortKey | null, limit: number): Promise<FoldedRow[]> => this.inIndexOrder(args.orderBy, given, { ...params, fold }, after, limit);
    return fetchPage<EnterprisePageParams, Enterprise, FoldedRow>(this.gw, filteredPage(ENTERPRISE_PAGE, 'enterprise/where', given), { ...params, fold }, args.orderBy, args, {
      onRows: (rows) => rows.forEach((r) => this.complete(r, fold)),
      boundTo: params,
      read,
    });
  }

  /**
   * The rows after a cursor in the ordering's index order: first the firms that have the property
   * (one statement that stops after `limit`, whatever the number of firms), then, only when those
   * run out, the firms without it, which sort last.
   */
  private async inIndexOrder(order: EnterpriseOrder, given: string[], params: EnterprisePageParams, after: SortKey | null, limit: number): Promise<FoldedRow[]> {
    // A cursor past the firms with the property (s1 = 1e18 marks a missing value) reads only the rest.
    const pastHead = after !== null && after[0] >= MISSING_SORT_VALUE;
    const head = pastHead ? [] : await this.gw.read(indexedHead(order, given, after !== null), { ...params, after, limit });
    if (head.length >= limit) return head;
    const tail = await this.gw.read(missingTail(order, given), { ...params, after: pastHead ? after : null, limit: limit - head.length });
    return [...head, ...tail];
  }

  /**
   * Completes a row: the node from the property values sent (when only some were asked for), and
   * the folded relations handed to the request's loaders, where the field resolvers look first.
   */
  private complete(row: FoldedRow, fold: EnterpriseFolds): Enterprise {
    const props = fold.props;
    row.node ??= (props ? Object.fromEntries(props.map((p, i) => [p, row.values[i]])) : {}) as unknown as Enterprise;
    this.prime(row.node.uscc, row.folded);
    return row.node;
  }

  /** Hands the folded relations to the request's loaders. */
  private prime(uscc: string, folded: FoldedRelations): void {
    if (folded.places) this.loaders.prime(PLACES_OF_ENTERPRISE, uscc, [folded.places]);
    if (folded.links) this.loaders.prime(LINKS_OF_ENTERPRISE, uscc, folded.links);
    if (folded.executives) this.loaders.prime(EXECUTIVES_OF_ENTERPRISE, uscc, folded.executives);
    if (folded.projects) this.loaders.prime(PROJECTS_OF_ENTERPRISE, uscc, folded.projects);
  }
}

/** Enterprise fields whose resolvers need only the key (relations and the Node id); `__typename` too. */
const KEY_ONLY_FIELDS = new Set([
  '__typename', 'id', 'city', 'country', 'town', 'park', 'links', 'executives', 'suppliers', 'customers', 'projects', 'followedBy',
  'possibleDuplicates', 'assignments', 'followUps', 'history',
]);

/** What a selection on Enterprise objects asks for: the relations to fold in, the properties to send. */
export function foldsFor(fields: ReadonlySet<string>): EnterpriseFolds {
  // Only the selected properties are sent when every selected field is a property or needs only the
  // key; any other field (one computed from other properties, say the ledger's version) gets the
  // whole node, so a new field can never miss what it reads.
  const known = [...fields].every((f) => f in ENTERPRISE_NODE || KEY_ONLY_FIELDS.has(f));
  return {
    // The key is always sent: cursors, field resolvers and loaders need it.
    props: known ? ['uscc', ...[...fields].filter((f) => f !== 'uscc' && f in ENTERPRISE_NODE)] : null,
    places: ['city', 'country', 'town', 'park'].some((f) => fields.has(f)),
    links: fields.has('links'),
    executives: fields.has('executives'),
    projects: fields.has('projects'),
  };
}

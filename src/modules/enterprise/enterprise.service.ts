import { Neo4jGateway } from '../../db/gateway';
import { NANAN_CITY_CODE } from '../../domain/enums';
import { toSimplified } from '../../domain/search-text';
import { BadInputError } from '../../errors';
import { ConnectionShape, fetchPage, filterParams, SortParams } from '../../graphql/pagination';
import { Injectable } from '../../graphql/scope';
import { EnterpriseOrder, EnterprisesArgs } from './enterprise.input';
import { ENTERPRISE_BY_USCC, ENTERPRISE_FILTER_KEYS, ENTERPRISE_PAGE, ENTERPRISES_BY_USCCS } from './enterprise.queries';
import type { Enterprise } from './enterprise.type';

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
  constructor(private readonly gw: Neo4jGateway) {}

  async byUscc(uscc: string): Promise<Enterprise | null> {
    const [row] = await this.gw.read(ENTERPRISE_BY_USCC, { uscc });
    return row?.node ?? null;
  }

  /** Enterprises by USCC, in full; unknown ones are absent from the map. */
  async byUsccs(usccs: string[]): Promise<Map<string, Enterprise>> {
    if (usccs.length === 0) return new Map();
    return new Map((await this.gw.read(ENTERPRISES_BY_USCCS, { usccs })).map((r) => [r.node.uscc, r.node]));
  }

  async list(args: EnterprisesArgs): Promise<ConnectionShape<Enterprise>> {
    const f = args.filter;
    if (f?.revenueMin !== undefined && f.revenueMax !== undefined && f.revenueMin > f.revenueMax) {
      throw new BadInputError([{ path: 'filter.revenueMax', message: 'revenueMax must not be below revenueMin' }]);
    }
    const params = { f: { ...filterParams(f, ENTERPRISE_FILTER_KEYS), nameContains: f?.nameContains ? toSimplified(f.nameContains) : null }, ...ENTERPRISE_ORDER[args.orderBy], home: NANAN_CITY_CODE };
    return fetchPage(this.gw, ENTERPRISE_PAGE, params, args.orderBy, args);
  }
}

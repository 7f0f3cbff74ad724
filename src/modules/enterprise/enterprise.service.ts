import type { Neo4jGateway } from '../../db/gateway';
import { BadInputError } from '../../errors';
import { toSimplified } from '../../domain/search-text';
import { ConnectionShape, fetchPage, filterParams } from '../../graphql/pagination';
import { EnterpriseFilter, EnterpriseOrder, EnterprisesArgs } from './enterprise.input';
import type { Enterprise } from './enterprise.type';

/** Server-side mapping from the ordering enum to sort keys (never a client-given property name). */
export const ENTERPRISE_ORDER: Record<EnterpriseOrder, { numKey: string | null; strKey: string | null; dir: 1 | -1 }> = {
  REVENUE_DESC: { numKey: 'revenueYi', strKey: null, dir: -1 },
  REVENUE_ASC: { numKey: 'revenueYi', strKey: null, dir: 1 },
  EMPLOYEES_DESC: { numKey: 'employees', strKey: null, dir: -1 },
  REGISTERED_CAPITAL_DESC: { numKey: 'registeredCapitalYi', strKey: null, dir: -1 },
  NAME_ASC: { numKey: null, strKey: 'name', dir: 1 },
};

const FILTER_KEYS: (keyof EnterpriseFilter)[] = [
  'isTarget', 'isLocal', 'industryCode', 'chainLinkCode', 'cityCode', 'provinceCode', 'parkId', 'fortune500', 'chainLeader',
  'specialized', 'highTech', 'listed', 'expansionPlan', 'recentFinancing', 'revenueMin', 'revenueMax', 'nameContains',
];

export class EnterpriseService {
  constructor(private readonly gw: Neo4jGateway) {}

  async byUscc(uscc: string): Promise<Enterprise | null> {
    const [row] = await this.gw.read('enterprise/by-uscc', { uscc });
    return (row?.node as Enterprise) ?? null;
  }

  async list(args: EnterprisesArgs): Promise<ConnectionShape<Enterprise>> {
    const f = args.filter;
    if (f?.revenueMin !== undefined && f.revenueMax !== undefined && f.revenueMin > f.revenueMax) {
      throw new BadInputError([{ path: 'filter.revenueMax', message: 'revenueMax must not be below revenueMin' }]);
    }
    const order = ENTERPRISE_ORDER[args.orderBy];
    return fetchPage(
      this.gw,
      { filter: ['enterprise/filter'], params: { f: { ...filterParams(f, FILTER_KEYS), nameContains: f?.nameContains ? toSimplified(f.nameContains) : null }, ...order }, order: args.orderBy },
      args,
      (row) => row as unknown as Enterprise,
    );
  }
}

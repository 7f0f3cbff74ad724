import type { Neo4jGateway } from '../../db/gateway';
import { ConnectionShape, fetchPage, filterParams } from '../../graphql/pagination';
import { ParkOrder, ParksArgs } from './park.input';
import type { Park } from './park.type';

const PARK_ORDER: Record<ParkOrder, { numKey: string | null; strKey: string | null; dir: 1 | -1 }> = {
  AVAILABLE_LAND_DESC: { numKey: 'availableLandMu', strKey: null, dir: -1 },
  TOTAL_LAND_DESC: { numKey: 'totalLandMu', strKey: null, dir: -1 },
  NAME_ASC: { numKey: null, strKey: 'name', dir: 1 },
};

export class ParkService {
  constructor(private readonly gw: Neo4jGateway) {}

  async byId(id: string): Promise<Park | null> {
    const [row] = await this.gw.read('park/by-id', { id });
    return (row?.node as Park) ?? null;
  }

  list(args: ParksArgs): Promise<ConnectionShape<Park>> {
    const f = filterParams(args.filter, ['townCode', 'standardized', 'industryCode', 'chainLinkCode', 'availableLandMin']);
    return fetchPage(this.gw, { filter: ['park/filter'], params: { f, ...PARK_ORDER[args.orderBy] }, order: args.orderBy }, args, (row) => row as unknown as Park);
  }
}

/** 招商率: enterprises in the park over its planned slots, as a fraction (null without slots). */
export function attractionRate(enterprises: number, slots: number | null | undefined): number | null {
  return slots ? Math.round((enterprises / slots) * 10000) / 10000 : null;
}

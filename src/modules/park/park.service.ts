import { Neo4jGateway } from '../../db/gateway';
import { ConnectionShape, fetchPage, filterParams, SortParams } from '../../graphql/pagination';
import { Injectable } from '../../graphql/scope';
import { ParkOrder, ParksArgs } from './park.input';
import { PARK_BY_ID, PARK_PAGE } from './park.queries';
import type { Park } from '../../graph/park.type';

const PARK_ORDER: Record<ParkOrder, SortParams> = {
  AVAILABLE_LAND_DESC: { numKey: 'availableLandMu', strKey: null, dir: -1 },
  TOTAL_LAND_DESC: { numKey: 'totalLandMu', strKey: null, dir: -1 },
  NAME_ASC: { numKey: null, strKey: 'name', dir: 1 },
};

@Injectable()
export class ParkService {
  constructor(private readonly gw: Neo4jGateway) {}

  async byId(id: string): Promise<Park | null> {
    const [row] = await this.gw.read(PARK_BY_ID, { id });
    return row?.node ?? null;
  }

  list(args: ParksArgs): Promise<ConnectionShape<Park>> {
    const f = filterParams(args.filter, ['townCode', 'standardized', 'industryCode', 'chainLinkCode', 'availableLandMin']);
    return fetchPage(this.gw, PARK_PAGE, { f, ...PARK_ORDER[args.orderBy] }, args.orderBy, args);
  }
}

/** 招商率: enterprises in the park over its planned slots, as a fraction (null without slots). */
export function attractionRate(enterprises: number, slots: number | null | undefined): number | null {
  return slots ? Math.round((enterprises / slots) * 10000) / 10000 : null;
}

import type { Neo4jGateway } from '../../db/gateway';
import { ConnectionShape, fetchPage, filterParams } from '../../graphql/pagination';
import { AssociationsArgs, ChambersArgs } from './chamber.input';
import type { Association, Chamber } from './chamber.type';

export class ChamberService {
  constructor(private readonly gw: Neo4jGateway) {}

  chambers(args: ChambersArgs): Promise<ConnectionShape<Chamber>> {
    return fetchPage(
      this.gw,
      { filter: ['chamber/filter'], params: { f: filterParams(args.filter, ['kind', 'cityCode', 'countryCode']) }, order: 'NAME' },
      args,
      (row) => row as unknown as Chamber,
    );
  }

  associations(args: AssociationsArgs): Promise<ConnectionShape<Association>> {
    return fetchPage(
      this.gw,
      { filter: ['chamber/association-filter'], params: { f: filterParams(args.filter, ['industryCode']) }, order: 'ID' },
      args,
      (row) => row as unknown as Association,
    );
  }
}

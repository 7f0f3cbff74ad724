import { Neo4jGateway } from '../../db/gateway';
import { ConnectionShape, fetchPage, filterParams } from '../../graphql/pagination';
import { Injectable } from '../../graphql/scope';
import { AssociationsArgs, ChambersArgs } from './chamber.input';
import { ASSOCIATION_PAGE, CHAMBER_PAGE } from './chamber.queries';
import type { Association, Chamber } from '../../graph/chamber.type';

@Injectable()
export class ChamberService {
  constructor(private readonly gw: Neo4jGateway) {}

  chambers(args: ChambersArgs): Promise<ConnectionShape<Chamber>> {
    return fetchPage(this.gw, CHAMBER_PAGE, { f: filterParams(args.filter, ['kind', 'cityCode', 'countryCode']) }, 'NAME', args);
  }

  associations(args: AssociationsArgs): Promise<ConnectionShape<Association>> {
    return fetchPage(this.gw, ASSOCIATION_PAGE, { f: filterParams(args.filter, ['industryCode']) }, 'ID', args);
  }
}

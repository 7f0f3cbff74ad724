import { Neo4jGateway } from '../../db/gateway';
import { Injectable } from '../../graphql/scope';
import { CITY_BY_CODE } from './city.queries';
import type { City } from '../../graph/city.type';

@Injectable()
export class CityService {
  constructor(private readonly gw: Neo4jGateway) {}

  async byCode(code: string): Promise<City | null> {
    const [row] = await this.gw.read(CITY_BY_CODE, { code });
    return row?.node ?? null;
  }
}

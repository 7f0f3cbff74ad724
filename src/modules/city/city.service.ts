import type { Neo4jGateway } from '../../db/gateway';
import type { City } from './city.type';

export class CityService {
  constructor(private readonly gw: Neo4jGateway) {}

  async byCode(code: string): Promise<City | null> {
    const [row] = await this.gw.read('city/by-code', { code });
    return (row?.node as City) ?? null;
  }
}

import { Neo4jGateway } from '../db/gateway';
import { Injectable } from '../graphql/scope';
import { ALL_INDUSTRIES, INDUSTRY_BY_CODE, LINK_BY_CODE } from './industry.queries';
import type { ChainLink, Industry } from './industry.type';

/** Chains and links by code, for every feature that names them. */
@Injectable()
export class IndustryService {
  constructor(private readonly gw: Neo4jGateway) {}

  async all(): Promise<Industry[]> {
    return (await this.gw.read(ALL_INDUSTRIES, {})).map((r) => r.node);
  }

  async byCode(code: string): Promise<Industry | null> {
    const [row] = await this.gw.read(INDUSTRY_BY_CODE, { code });
    return row?.node ?? null;
  }

  async linkByCode(code: string): Promise<ChainLink | null> {
    const [row] = await this.gw.read(LINK_BY_CODE, { code });
    return row?.node ?? null;
  }
}

import type { Neo4jGateway } from '../../db/gateway';
import type { ChainLink, Industry, LinkOperator } from './industry.type';

export class IndustryService {
  constructor(private readonly gw: Neo4jGateway) {}

  async all(): Promise<Industry[]> {
    return (await this.gw.read('industry/all')).map((r) => r.node as Industry);
  }

  async byCode(code: string): Promise<Industry | null> {
    const [row] = await this.gw.read('industry/by-code', { code });
    return (row?.node as Industry) ?? null;
  }

  async linkByCode(code: string): Promise<ChainLink | null> {
    const [row] = await this.gw.read('industry/link-by-code', { code });
    return (row?.node as ChainLink) ?? null;
  }
}

/** Keeps operators that match the flags (the loader loads every operator of a link once). */
export function filterOperators(rows: LinkOperator[], localOnly?: boolean, targetOnly?: boolean): LinkOperator[] {
  return rows.filter((r) => (!localOnly || r.enterprise.isLocal) && (!targetOnly || r.enterprise.isTarget));
}

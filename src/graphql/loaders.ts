import DataLoader from 'dataloader';
import type { Neo4jGateway, Row } from '../db/gateway';

/**
 * Per-request DataLoaders, one per relation query. A relation query takes `$keys` and returns
 * rows `{key, item}`; all parents of one level are loaded in one round trip.
 */
export interface Loaders {
  /** Items related to `key` through the named relation query (cypher/<name>.cypher). */
  many<T = Row>(query: string, key: string): Promise<T[]>;
  /** The first related item, or null. */
  one<T = Row>(query: string, key: string): Promise<T | null>;
}

export function createLoaders(gateway: Neo4jGateway): Loaders {
  const loaders = new Map<string, DataLoader<string, Row[]>>();
  const loader = (query: string): DataLoader<string, Row[]> => {
    let l = loaders.get(query);
    if (!l) {
      l = new DataLoader<string, Row[]>(async (keys) => {
        const rows = await gateway.read(query, { keys: [...keys] });
        const byKey = new Map<string, Row[]>();
        for (const r of rows) {
          const k = String(r.key);
          if (!byKey.has(k)) byKey.set(k, []);
          byKey.get(k)!.push(r.item as Row);
        }
        return keys.map((k) => byKey.get(k) ?? []);
      }, { maxBatchSize: 1000 });
      loaders.set(query, l);
    }
    return l;
  };
  return {
    many: async <T>(query: string, key: string) => (await loader(query).load(key)) as T[],
    one: async <T>(query: string, key: string) => ((await loader(query).load(key))[0] as T | undefined) ?? null,
  };
}

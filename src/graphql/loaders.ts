import DataLoader from 'dataloader';
import type { Neo4jGateway } from '../db/gateway';
import type { Relation } from '../db/query';

/**
 * Per-request DataLoaders, one per relation query (declared with `defineRelation`). A relation query
 * takes `$keys` and returns rows `{key, item}`; all parents of one level load in one round trip.
 */
export class Loaders {
  private readonly loaders = new Map<Relation<unknown>, DataLoader<string, unknown[]>>();

  constructor(private readonly gateway: Neo4jGateway) {}

  /** Items related to `key` through the relation. */
  many<Item>(relation: Relation<Item>, key: string): Promise<Item[]> {
    return this.loader(relation).load(key);
  }

  /** The first related item, or null. */
  async one<Item>(relation: Relation<Item>, key: string): Promise<Item | null> {
    return (await this.many(relation, key))[0] ?? null;
  }

  /** One field of the first related item (relations that return several references at once). */
  async pick<Item, K extends keyof Item>(relation: Relation<Item>, key: string, field: K): Promise<Item[K] | null> {
    return (await this.one(relation, key))?.[field] ?? null;
  }

  /**
   * Gives the loader items already read with their parent (a statement that folded the relation in),
   * so the field resolver finds them without another round trip. Items must have the relation's shape.
   */
  prime<Item>(relation: Relation<Item>, key: string, items: Item[]): void {
    this.loader(relation).prime(key, items);
  }

  private loader<Item>(relation: Relation<Item>): DataLoader<string, Item[]> {
    let l = this.loaders.get(relation as Relation<unknown>) as DataLoader<string, Item[]> | undefined;
    if (!l) {
      l = new DataLoader<string, Item[]>(
        async (keys) => {
          const rows = await this.gateway.read(relation, { keys: [...keys] });
          const byKey = new Map<string, Item[]>();
          for (const r of rows) {
            const list = byKey.get(r.key) ?? [];
            list.push(r.item);
            byKey.set(r.key, list);
          }
          return keys.map((k) => byKey.get(k) ?? []);
        },
        { maxBatchSize: 1000 },
      );
      this.loaders.set(relation as Relation<unknown>, l);
    }
    return l;
  }
}

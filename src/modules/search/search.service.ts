import type { Neo4jGateway } from '../../db/gateway';
import { fulltextQuery } from '../../domain/search-text';
import { BadInputError } from '../../errors';
import type { SearchHit, SearchKind } from './search.type';

export class SearchService {
  constructor(private readonly gw: Neo4jGateway) {}

  async search(text: string, first: number): Promise<SearchHit[]> {
    const query = fulltextQuery(text);
    if (query === undefined) throw new BadInputError([{ path: 'text', message: 'nothing searchable in the text' }]);
    const rows = await this.gw.read('search/names', { query, limit: first });
    return rows.map((r) => {
      const node = r.node as Record<string, unknown>;
      return {
        kind: r.kind as SearchKind,
        key: String(r.key),
        name: String(node.name),
        score: Number(r.score),
        node: { ...node, __kind: r.kind } as unknown as SearchHit['node'],
      };
    });
  }
}

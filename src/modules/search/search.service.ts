import { Neo4jGateway } from '../../db/gateway';
import { fulltextQuery } from '../../domain/search-text';
import { BadInputError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { SEARCH_NAMES } from './search.queries';
import type { SearchHit } from './search.type';

@Injectable()
export class SearchService {
  constructor(private readonly gw: Neo4jGateway) {}

  async search(text: string, first: number): Promise<SearchHit[]> {
    const query = fulltextQuery(text);
    if (query === undefined) throw new BadInputError([{ path: 'text', message: 'nothing searchable in the text' }]);
    const rows = await this.gw.read(SEARCH_NAMES, { query, limit: first });
    return rows.map((r) => ({
      kind: r.kind,
      key: r.key,
      name: r.node.name,
      score: r.score,
      // The union's resolveType reads __kind; the node's own properties are the member type's fields.
      node: { ...r.node, __kind: r.kind },
    }));
  }
}

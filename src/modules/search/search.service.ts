import { Neo4jGateway } from '../../db/gateway';
import { fulltextQuery } from '../../domain/search-text';
import { BadInputError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { usccProblem } from '../../domain/uscc';
import { ENTERPRISE_BY_USCC } from '../../graph/enterprise.queries';
import { SEARCH_NAMES } from './search.queries';
import { SearchKind, type SearchHit } from './search.type';

@Injectable()
export class SearchService {
  constructor(private readonly gw: Neo4jGateway) {}

  async search(text: string, first: number): Promise<SearchHit[]> {
    // A USCC, in any letter case, finds its firm by key.
    const code = text.trim().toUpperCase();
    if (/^[0-9A-Z]{18}$/.test(code) && usccProblem(code) === undefined) {
      const [row] = await this.gw.read(ENTERPRISE_BY_USCC, { uscc: code });
      return row
        ? [{ kind: SearchKind.ENTERPRISE, key: code, name: row.node.name, score: 1, node: { ...row.node, __kind: SearchKind.ENTERPRISE } }]
        : [];
    }
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

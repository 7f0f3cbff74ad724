import { Neo4jGateway } from '../../db/gateway';
import { fulltextQuery } from '../../domain/search-text';
import { BadInputError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { decodeCursor, encodeCursor, questionKey } from '../../graphql/pagination';
import { usccProblem } from '../../domain/uscc';
import { ENTERPRISE_BY_USCC } from '../../graph/enterprise.queries';
import { SEARCH_NAMES } from './search.queries';
import { SearchKind, type SearchHit } from './search.type';

const MAX_SEARCH_HITS = 500;
/** Hits taken from the index per question before ordering (a national graph has 100,000 firms named 南安…). */
const SEARCH_CANDIDATES = 4 * MAX_SEARCH_HITS;

@Injectable()
export class SearchService {
  constructor(private readonly gw: Neo4jGateway) {}

  async search(text: string, first: number, after?: string): Promise<SearchHit[]> {
    // A hit's cursor is its place in this question's answer; a cursor from another text is refused.
    const order = questionKey('search', text.trim());
    const skip = after === undefined ? 0 : decodeCursor(after, order)[0];
    if (!Number.isInteger(skip) || skip < 0 || skip > MAX_SEARCH_HITS)
      throw new BadInputError([{ path: 'after', message: `malformed cursor; the search pages through at most ${MAX_SEARCH_HITS} hits` }]);
    const cursorAt = (i: number): string => encodeCursor(order, [skip + i + 1, '', '']);
    // A USCC, in any letter case, finds its firm by key.
    const code = text.trim().toUpperCase();
    if (/^[0-9A-Z]{18}$/.test(code) && usccProblem(code) === undefined) {
      const [row] = await this.gw.read(ENTERPRISE_BY_USCC, { uscc: code });
      return row
        ? skip === 0
          ? [
              {
                kind: SearchKind.ENTERPRISE,
                key: code,
                name: row.node.name,
                score: 1,
                node: { ...row.node, __kind: SearchKind.ENTERPRISE },
                cursor: cursorAt(0),
              },
            ]
          : []
        : [];
    }
    const query = fulltextQuery(text);
    if (query === undefined) throw new BadInputError([{ path: 'text', message: 'nothing searchable in the text' }]);
    const rows = await this.gw.read(SEARCH_NAMES, {
      query,
      skip,
      limit: Math.min(first, MAX_SEARCH_HITS - skip),
      candidates: SEARCH_CANDIDATES,
    });
    return rows.map((r, i) => ({
      cursor: cursorAt(i),
      kind: r.kind,
      key: r.key,
      name: r.node.name,
      score: r.score,
      // The union's resolveType reads __kind; the node's own properties are the member type's fields.
      node: { ...r.node, __kind: r.kind },
    }));
  }
}

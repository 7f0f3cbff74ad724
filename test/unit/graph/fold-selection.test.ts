import { buildSchema, graphql, GraphQLResolveInfo } from 'graphql';
import { foldsFor, selectedFields } from '../../../src/graph/selection';

/**
 * What a request selected, read from the resolver's info (aliases, named and inline fragments,
 * interface fragments), and which relations and properties that folds into the one statement.
 * A small schema stands in for the API's: the reading is the same, and no database is needed.
 */
const schema = buildSchema(`
  interface Node { id: ID! }
  type Link { code: String! }
  type Enterprise implements Node { id: ID! uscc: String! name: String! revenueYi: Float city: String links: [Link!]! version: Int! }
  type Edge { node: Enterprise! cursor: String! }
  type Connection { edges: [Edge!]! }
  type Query { enterprise: Enterprise enterprises: Connection! }
`);

async function selections(query: string): Promise<Record<string, Set<string>>> {
  const seen: Record<string, Set<string>> = {};
  const rootValue = {
    enterprise: (_a: unknown, _c: unknown, info: GraphQLResolveInfo) => {
      seen.enterprise = selectedFields(info);
      return null;
    },
    enterprises: (_a: unknown, _c: unknown, info: GraphQLResolveInfo) => {
      seen.enterprises = selectedFields(info, ['edges', 'node']);
      return { edges: [] };
    },
  };
  const res = await graphql({ schema, source: query, rootValue });
  expect(res.errors).toBeUndefined();
  return seen;
}

describe('the fold selection (no database)', () => {
  it('reads the fields under aliases and fragments of every kind', async () => {
    const s = await selections(`
      query { enterprise { n: name ...F ... on Node { id } ... on Enterprise { links { code } } } }
      fragment F on Enterprise { revenueYi }`);
    expect([...s.enterprise].sort()).toEqual(['id', 'links', 'name', 'revenueYi']);
  });

  it('reads the nodes of a connection, not the connection', async () => {
    const s = await selections('{ enterprises { edges { cursor node { uscc city } } } }');
    expect([...s.enterprises].sort()).toEqual(['city', 'uscc']);
  });

  it('folds the places and links asked for and sends only the selected properties, the key first', () => {
    expect(foldsFor(new Set(['name', 'city', 'links']))).toEqual({
      props: ['uscc', 'name'],
      places: true,
      links: true,
      executives: false,
      projects: false,
    });
  });

  it('sends the whole node when a selected field is neither a property nor key-only (the ledger’s version)', () => {
    expect(foldsFor(new Set(['name', 'version'])).props).toBeNull();
    // Relations that need only the key leave the properties pruned; the key is never sent twice.
    expect(foldsFor(new Set(['uscc', 'executives', 'projects', '__typename']))).toEqual({
      props: ['uscc'],
      places: false,
      links: false,
      executives: true,
      projects: true,
    });
  });
});

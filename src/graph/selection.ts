import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';
import type { EnterpriseFolds } from './enterprise.queries';
import { ENTERPRISE_NODE } from './enterprise.type';

/**
 * The names of the fields a request selected on the objects found at `path` below the field being
 * resolved (`['edges', 'node']` for a connection, `[]` for the field's own object). Aliases, named
 * fragments and inline fragments are resolved by graphql-parse-resolve-info; fields selected under
 * any type condition count, so an interface fragment (`... on Node`) is included too.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  const root = parseResolveInfo(info) as ResolveTree | null;
  let level: ResolveTree[] = root ? [root] : [];
  for (const segment of path) level = children(level).filter((t) => t.name === segment);
  return new Set(children(level).map((t) => t.name));
}

function children(trees: ResolveTree[]): ResolveTree[] {
  return trees.flatMap((t) => Object.values(t.fieldsByTypeName).flatMap((byAlias) => Object.values(byAlias)));
}

/** Enterprise fields whose resolvers need only the key (relations and the Node id); `__typename` too. */
const KEY_ONLY_FIELDS = new Set([
  '__typename',
  'id',
  'city',
  'country',
  'town',
  'park',
  'links',
  'executives',
  'suppliers',
  'customers',
  'projects',
  'followedBy',
  'possibleDuplicates',
  'assignments',
  'followUps',
  'history',
]);

/** What a selection on Enterprise objects asks for: the relations to fold in, the properties to send. */
export function foldsFor(fields: ReadonlySet<string>): EnterpriseFolds {
  // Only the selected properties are sent when every selected field is a property or needs only the
  // key; any other field (one computed from other properties, say the ledger's version) gets the
  // whole node, so a new field can never miss what it reads.
  const known = [...fields].every((f) => f in ENTERPRISE_NODE || KEY_ONLY_FIELDS.has(f));
  return {
    // The key is always sent: cursors, field resolvers and loaders need it.
    props: known ? ['uscc', ...[...fields].filter((f) => f !== 'uscc' && f in ENTERPRISE_NODE)] : null,
    places: ['city', 'country', 'town', 'park'].some((f) => fields.has(f)),
    links: fields.has('links'),
    executives: fields.has('executives'),
    projects: fields.has('projects'),
  };
}

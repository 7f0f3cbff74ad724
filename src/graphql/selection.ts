import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';

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

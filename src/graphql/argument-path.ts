import { ASTNode, GraphQLError, Kind, parse, visit } from 'graphql';

/**
 * For a validation error on an argument value (unknown enum, wrong literal type), the dotted path
 * of that value from the argument: `filter.stages`, `orderBy`. Undefined when it is not one.
 */
export function argumentPath(error: GraphQLError): string | undefined {
  const loc = error.locations?.[0];
  const body = error.source?.body;
  if (!loc || !body) return undefined;
  let doc;
  try {
    doc = parse(body, { noLocation: false });
  } catch {
    return undefined;
  }
  let found: string | undefined;
  visit(doc, {
    enter(node: ASTNode, _key, parent, _path, ancestors) {
      if (found || !node.loc) return;
      if (node.loc.startToken.line !== loc.line || node.loc.startToken.column !== loc.column) return;
      if (!isValueNode(node)) return;
      const names: string[] = [];
      // graphql-js passes the direct parent separately from the other ancestors.
      for (const a of [...ancestors, parent as ASTNode | ReadonlyArray<ASTNode>, node]) {
        if (!a) continue;
        if (Array.isArray(a)) continue;
        const n = a as ASTNode;
        if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) names.push(n.name.value);
      }
      if (names.length > 0) found = names.join('.');
    },
  });
  return found;
}

function isValueNode(node: ASTNode): boolean {
  return (
    node.kind === Kind.ENUM ||
    node.kind === Kind.INT ||
    node.kind === Kind.FLOAT ||
    node.kind === Kind.STRING ||
    node.kind === Kind.BOOLEAN ||
    node.kind === Kind.LIST ||
    node.kind === Kind.OBJECT ||
    node.kind === Kind.NULL
  );
}

/** `Variable "$filter" got invalid value … at "filter.stages[0]"` → `filter.stages[0]`. */
export function variablePath(message: string): string | undefined {
  const m = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" got invalid value.*?(?: at "([^"]+)")?;/.exec(message);
  if (!m) return undefined;
  return m[2] ?? m[1];
}

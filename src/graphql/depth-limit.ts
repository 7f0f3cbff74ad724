import { ASTVisitor, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode, ValidationContext } from 'graphql';
import { ErrorCode } from '../errors';

/**
 * Validation rule: refuses operations nested deeper than `max` fields (fragments followed), so one
 * request cannot fan out through suppliers-of-suppliers-of-… without bound.
 */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          const f = sel;
          if (f.name.value.startsWith('__')) continue; // introspection is bounded by the schema
          deepest = Math.max(deepest, 1 + depthOf(f.selectionSet, seen));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue;
          deepest = Math.max(deepest, depthOf(frag.selectionSet, new Set([...seen, name])));
        }
      }
      return deepest;
    };

    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The query is ${depth} levels deep; at most ${max} are allowed. Split it into several queries.`, {
              nodes: [node],
              extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ path: 'query', message: `depth ${depth} exceeds ${max}` }] },
            }),
          );
        }
      },
    };
  };
}

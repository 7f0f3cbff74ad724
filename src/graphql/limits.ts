import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { DocumentNode, getNamedType, getNullableType, GraphQLError, GraphQLList, GraphQLSchema, isLeafType, ValidationRule } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { ErrorCode } from '../errors';

/** What one operation may ask for; each limit is a setting (GRAPHQL_MAX_*). */
export interface OperationLimits {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Hide "Did you mean …" field suggestions (production: they map the schema for an attacker). */
  blockSuggestions: boolean;
}

/** Items assumed in a list that takes no `first` (relations such as a park's enterprises). */
export const UNBOUNDED_LIST_ESTIMATE = 20;

/**
 * Cost of a field: a field that takes `first` costs `first` times what it selects (nested lists
 * multiply); any other list costs UNBOUNDED_LIST_ESTIMATE times, except `edges`, already counted by
 * the `first` of the page they belong to; anything else costs 1 plus what it selects.
 * Analysis fields declare their own cost (`complexity` on the decorator), read first.
 */
export const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const input = args.input as { first?: unknown } | undefined;
  const first = typeof args.first === 'number' ? args.first : typeof input?.first === 'number' ? input.first : undefined;
  if (first !== undefined) return 1 + first * Math.max(1, childComplexity);
  const isList = getNullableType(field.type) instanceof GraphQLList;
  if (isList && isLeafType(getNamedType(field.type))) return 1; // a list of strings is one value
  if (isList && field.name !== 'edges' && !type.name.startsWith('__') && !getNamedType(field.type).name.startsWith('__')) {
    return 1 + UNBOUNDED_LIST_ESTIMATE * Math.max(1, childComplexity);
  }
  return 1 + childComplexity;
};

/** The declared cost of a relation list that takes no `first`: about `n` items, each costing what it selects. */
export function listOf(n: number): ComplexityEstimator {
  return analysisCost(1, () => n);
}

/**
 * The declared cost of an analysis field (type-graphql's `complexity` option): a fixed part for the
 * work it does whatever is selected, plus its page size times what each item selects.
 */
export function analysisCost(
  base: number,
  items: (args: Record<string, unknown>) => number = () => UNBOUNDED_LIST_ESTIMATE,
): ComplexityEstimator {
  return ({ args, childComplexity }) => base + items(args) * Math.max(1, childComplexity);
}

export function operationCost(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [fieldExtensionsEstimator(), listEstimator] });
}

/** Deepest nesting of braces, brackets and parentheses a document may have, before it is parsed. */
export const MAX_NESTING = 100;

/**
 * How deeply a document nests `{`, `[` and `(` (strings and comments skipped), stopping early past
 * `stopAt`. Checked before parsing: graphql-js parses recursively, and a few thousand nested
 * brackets would exhaust the stack before any token or depth limit could count them.
 */
export function nestingOf(source: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '"') {
      const block = source.startsWith('"""', i);
      const end = block ? source.indexOf('"""', i + 3) : -1;
      if (block) i = end < 0 ? source.length : end + 2;
      else for (i++; i < source.length && source[i] !== '"' && source[i] !== '\n'; i++) if (source[i] === '\\') i++;
    } else if (c === '{' || c === '[' || c === '(') {
      max = Math.max(max, ++depth);
      if (max > stopAt) return max;
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
  return max;
}

/**
 * Why a document is refused before it is parsed (too deeply nested, too many tokens), or undefined.
 * graphql-js parses recursively: a few thousand nested brackets would exhaust the stack before any
 * depth rule could run, so these checks come first, on the raw text.
 */
export function sourceProblem(source: string, maxTokens: number): { message: string; messageZh: string; limit: number } | undefined {
  if (nestingOf(source, MAX_NESTING) > MAX_NESTING) {
    const messageZh = `查询的括号嵌套超过 ${MAX_NESTING} 层，请减少嵌套`;
    return { message: `The query nests brackets more than ${MAX_NESTING} levels deep. ${messageZh}。`, messageZh, limit: MAX_NESTING };
  }
  try {
    new MaxTokensParserWLexer(source, { n: maxTokens }).parseDocument();
  } catch (e) {
    if (/Token limit/.test((e as Error).message)) {
      const messageZh = `查询过长：词元数超过上限 ${maxTokens}，请拆分查询`;
      return { message: `The query has more than ${maxTokens} tokens (GRAPHQL_MAX_TOKENS). ${messageZh}。`, messageZh, limit: maxTokens };
    }
    // Any other syntax error is reported by the real parse, with its location.
  }
  return undefined;
}

/**
 * The cost of an operation, remembered per parsed document (Apollo keeps one parsed document per text)
 * and per operation name and variables: a repeated request is not walked again.
 */
function costMemo(): (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
) => number {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (schema, document, variables, operationName) => {
    let byArgs = costs.get(document);
    if (!byArgs) costs.set(document, (byArgs = new Map<string, number>()));
    const key = JSON.stringify([operationName ?? null, variables ?? {}]);
    let cost = byArgs.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, variables, operationName);
      // Bounded: a document asked with ever new variables keeps only its latest few costs.
      if (byArgs.size >= 50) byArgs.delete(byArgs.keys().next().value!);
      byArgs.set(key, cost);
    }
    return cost;
  };
}

/** Refuses an operation whose cost exceeds the limit, before any resolver runs (variables included). */
function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const costOf = costMemo();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = costOf(schema, document, request.variables, request.operationName);
          } catch (e) {
            // Costing coerces the variables first; a missing or mistyped one is the client's error.
            const message = (e as Error).message;
            throw new GraphQLError(message, {
              extensions: {
                code: ErrorCode.BAD_USER_INPUT,
                fields: [{ path: variableName(message) ?? 'variables', message }],
                http: { status: 400 },
              },
            });
          }
          if (cost > maxCost) {
            const message = `The query costs ${cost}; at most ${maxCost} is allowed (GRAPHQL_MAX_COST). Ask for fewer items (first) or fewer nested lists. 查询代价 ${cost} 超过上限 ${maxCost}。`;
            throw new GraphQLError(message, {
              extensions: {
                code: ErrorCode.BAD_USER_INPUT,
                cost,
                limit: maxCost,
                fields: [{ path: 'query', message: `cost ${cost} exceeds ${maxCost}` }],
                http: { status: 400 },
              },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}

function variableName(message: string): string | undefined {
  return /Variable "\$(\w+)"/.exec(message)?.[1];
}

/**
 * Every limit an operation meets before anything runs: cost (graphql-query-complexity, aware of
 * `first`), then depth, aliases, tokens and directives (graphql-armor), and field suggestions hidden
 * where asked. Rejections are BAD_USER_INPUT with the limit in the message.
 */
export function operationLimits(limits: OperationLimits): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    costLimit: { enabled: false }, // cost is ours: armor's model does not multiply by `first`
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false }, // counted before Apollo (src/http/source-limits.ts), which answers 400 rather than 500
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: limits.blockSuggestions },
  }).protect();
  return { plugins: [costLimitPlugin(limits.maxCost), ...armor.plugins], validationRules: armor.validationRules };
}

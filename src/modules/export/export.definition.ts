import type { Sheet } from './export.writer';

/** How one query-string parameter becomes a GraphQL variable. */
export interface ExportParam {
  /** The query-string name (the argument's own name). */
  name: string;
  /** Where it goes in the variables, dotted: input.industryCode. */
  path: string;
  /** list: comma-separated; pairs: comma-separated a:b (→ [{ uscc: a, parkId: b }]). */
  type: 'string' | 'int' | 'float' | 'bool' | 'list' | 'pairs';
}

/** One export: the GraphQL operation it runs (so roles, limits and validation are the API's) and its tables. */
export interface ExportDefinition<D = unknown> {
  name: string;
  /** File name stem in Chinese (招商目标推荐). */
  title: string;
  query: string;
  params: ExportParam[];
  /** Variables given when the request does not name them. */
  defaults?: Record<string, unknown>;
  /** The answer's shape is the operation's selection (the examples test runs every export). */
  sheets: (data: D) => Sheet[];
}

import { Field, ID, InterfaceType } from 'type-graphql';
import type { AppContext } from './context';

/**
 * Global object identification (Relay's Node): every entity type has `id: ID!`, its own key — the
 * USCC of a firm, the code of a chain, link or place, the id of everything else — so a client cache
 * keyed by `__typename` and `id` needs no hand-written rules, and `node(id)` fetches any of them.
 * `node` also takes `Type:key` (Enterprise:9135…), which names the type when a bare key could be two.
 */
@InterfaceType({
  description: 'An entity with a stable key (全局标识): `node(id)` fetches it by that key.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Its key: USCC (firms), code (chains, links, places) or id (everything else).' })
  id!: string;
}

/**
 * Types that are not stored nodes but answers (a ranked row) fetch themselves for `node(id)` with
 * `Type:key`: the feature that answers them registers how, so this plumbing imports no feature.
 */
export type NodeFetcher = (key: string, ctx: AppContext) => Promise<Record<string, unknown> | null>;
const FETCHERS = new Map<string, NodeFetcher>();

export function registerNodeFetcher(type: string, fetch: NodeFetcher): void {
  FETCHERS.set(type, fetch);
}
export function nodeFetcher(type: string): NodeFetcher | undefined {
  return FETCHERS.get(type);
}

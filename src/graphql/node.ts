import { Field, ID, InterfaceType } from 'type-graphql';

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

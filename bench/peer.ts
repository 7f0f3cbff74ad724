import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

/**
 * The peer: @neo4j/graphql 7 (what most teams would pick for GraphQL over Neo4j) serving the same
 * graph, with only the types the shared operations read. It runs in the bench's process like ours,
 * on Apollo Server's standalone HTTP server.
 */
const TYPE_DEFS = /* GraphQL */ `
  type Enterprise @node {
    uscc: String!
    name: String!
    revenueYi: Float
    isTarget: Boolean
    city: [City!]! @relationship(type: "LOCATED_IN", direction: OUT)
    links: [ChainLink!]! @relationship(type: "OPERATES_IN", direction: OUT, properties: "OperatesIn")
  }
  type City @node {
    code: String!
    name: String!
  }
  type ChainLink @node {
    code: String!
    name: String!
  }
  type OperatesIn @relationshipProperties {
    evidence: String
    products: String
  }
`;

export interface Peer {
  url: string;
  close(): Promise<void>;
}

export async function startPeer(driver: Driver): Promise<Peer> {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url: url.replace(/\/$/, ''), close: () => server.stop() };
}

/** The shared operations as the peer spells them (sort and limit as ours: revenue, then USCC). */
export const PEER_QUERIES = {
  targets: `{ enterprises(where: {isTarget: {eq: true}}, sort: [{revenueYi: DESC}, {uscc: ASC}], limit: 20) {
      uscc name revenueYi city { code name } linksConnection { edges { properties { evidence } node { code name } } } } }`,
  byUscc: (uscc: string) => `{ enterprises(where: {uscc: {eq: "${uscc}"}}) {
      uscc name revenueYi city { code name } linksConnection { edges { properties { evidence } node { code name } } } } }`,
};

/**
 * Apollo Server standalone with a one-field schema: the floor any Apollo service pays per request
 * (`{ __typename }` touches no resolver), to set ours against.
 */
export async function startApolloFloor(): Promise<Peer> {
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hello' } } });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url: url.replace(/\/$/, ''), close: () => server.stop() };
}

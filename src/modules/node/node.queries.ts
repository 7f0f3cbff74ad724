import { defineQuery } from '../../db/query';

/** The entity types node(id) can fetch: the labels of cypher/node/by-key.cypher. */
export const NODE_TYPES = [
  'Enterprise',
  'Industry',
  'ChainLink',
  'Person',
  'Chamber',
  'Association',
  'Council',
  'Park',
  'Project',
  'Team',
  'City',
  'Town',
  'Country',
  'SigningEvent',
  'Scenario',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const NODE_BY_KEY = defineQuery<
  { key: string; uscc: string; type: NodeType | null },
  { type: NodeType; node: Record<string, unknown> }
>('node/by-key', { type: 'string', node: 'map' });

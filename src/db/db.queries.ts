import { defineQuery, NoParams } from './query';

/** Queries of the database plumbing itself: migrations, the graph version, emptiness. */
export const MIGRATIONS_APPLIED = defineQuery<NoParams, { id: string; checksum: string; appliedAt: string }>('system/migrations-applied', {
  id: 'string',
  checksum: 'string',
  appliedAt: 'string',
});
export const RECORD_MIGRATION = defineQuery<{ id: string; checksum: string; statements: number }, Record<string, never>>(
  'system/migration-record',
  {},
);
/** The token every import and write moves in its own transaction; null before the first import. */
export const GRAPH_VERSION = defineQuery<NoParams, { token: string | null }>('system/graph-version', { token: 'string?' });
/** The monitor's heartbeat: one round trip through the server. */
export const HEARTBEAT = defineQuery<NoParams, { ok: number }>('system/ping', { ok: 'number' });
/** Moves the graph version (every import and write does, in its own transaction). */
export const BUMP_GRAPH_VERSION = defineQuery<NoParams, Record<string, never>>('system/bump-version', {});
export const DOMAIN_NODE_COUNT = defineQuery<NoParams, { n: number }>('system/domain-node-count', { n: 'number' });
/** Every node and relationship with its properties (tests compare graphs before and after). */
export const FINGERPRINT = defineQuery<NoParams, { kind: 'node' | 'rel'; ident: unknown[]; props: Record<string, unknown> }>(
  'admin/fingerprint',
  {
    kind: 'string',
    ident: 'any',
    props: 'map',
  },
);

import type { Neo4jGateway } from '../db/gateway';

/**
 * Per-request DataLoaders. Each feature module adds its loaders here so that a nested
 * list costs one query per level, not one per parent row.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export function createLoaders(_gateway: Neo4jGateway): Loaders {
  return {};
}

import type { Logger } from 'pino';
import type { Neo4jGateway } from '../db/gateway';
import { AnalysisConfig, DEFAULT_ANALYSIS_CONFIG } from '../modules/analysis/analysis.config';
import { createLoaders, Loaders } from './loaders';

/** Who is asking. Anonymous until access control lands; resolvers read roles from here. */
export interface Caller {
  id: string;
  roles: string[];
}

export const ANONYMOUS: Caller = Object.freeze({ id: 'anonymous', roles: [] }) as Caller;

export interface AppContext {
  caller: Caller;
  gateway: Neo4jGateway;
  /** Per-request DataLoaders: nested fields are batched, never one round trip per parent row. */
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  /** Chain-gap thresholds and ranking weights in force. */
  analysis: AnalysisConfig;
}

export function createContext(
  gateway: Neo4jGateway,
  logger: Logger,
  requestId: string,
  analysis: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG,
): AppContext {
  return {
    caller: ANONYMOUS,
    gateway,
    loaders: createLoaders(gateway),
    logger: logger.child({ requestId }),
    requestId,
    analysis,
  };
}

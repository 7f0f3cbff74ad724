import type { Logger } from 'pino';
import type { Neo4jGateway, RequestBudget } from '../db/gateway';
import { Caller, NOBODY, RequestCaller } from '../auth/roles';
import { Loaders } from './loaders';
import { RequestScope } from './scope';

export interface AppContext {
  /** Who is asking (src/http/auth.ts): services that write take it to sign the audit trail. */
  caller: Caller;
  gateway: Neo4jGateway;
  /** Per-request DataLoaders: nested fields are batched, never one round trip per parent row. */
  loaders: Loaders;
  /** Services and resolvers of this request, made once each (type-graphql's container). */
  scope: RequestScope;
  logger: Logger;
  requestId: string;
}

/**
 * A request's context. `shared` are the objects the server owns for its lifetime (settings, caches)
 * that services may take in their constructors; nothing in here is module-global.
 */
export function createContext(
  server: Neo4jGateway,
  logger: Logger,
  requestId: string,
  shared: readonly object[] = [],
  budget?: RequestBudget,
  caller: Caller = NOBODY,
): AppContext {
  // The request's own view of the database: its deadline and its share of the pool.
  const gateway = budget ? server.forRequest(budget, requestId) : server;
  const loaders = new Loaders(gateway);
  // The request's logger is made when something logs: most requests never do.
  let child: Logger | undefined;
  return {
    caller,
    gateway,
    loaders,
    scope: new RequestScope([gateway, loaders, new RequestCaller(caller), ...shared]),
    get logger(): Logger {
      return (child ??= logger.child({ requestId }));
    },
    requestId,
  };
}

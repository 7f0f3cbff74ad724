import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { createHash } from 'node:crypto';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { today } from '../domain/calendar';
import type { AppContext } from './context';
import { VersionedValues } from './versioned-values';

/**
 * Root fields whose answers are worth keeping: each does real work over the whole graph (diagnosis,
 * ranking, planning, the boards). A cheap read by key is not cached: the version read a cached answer
 * needs costs about as much as the read itself.
 */
export const CACHED_ROOTS: ReadonlySet<string> = new Set([
  'chainGaps',
  'chainGapOverview',
  'chainGapChanges',
  'rankTargets',
  'targetMoves',
  'warmPaths',
  'simulateLanding',
  'planPortfolio',
  'backtestRanking',
  'pipelineStats',
  'projectWarnings',
  'officeBoard',
  'annualReview',
  'parkPerformance',
  'landBalance',
  'idleLandTask',
  'assessProject',
  'assessmentCalibration',
  'industries',
  'industry',
  'ask',
]);

/**
 * Root fields that make an operation uncacheable whatever else it asks: their answers change without
 * the graph version moving (import jobs run beside the graph) or belong to one caller (an expert's own
 * reviews).
 */
export const NEVER_CACHED_ROOTS: ReadonlySet<string> = new Set(['importJob', 'importJobs', 'myReviews']);

/** The root fields of an operation, or null when it selects through fragments (not judged: not cached). */
function rootFields(op: OperationDefinitionNode): string[] | null {
  const names: string[] = [];
  for (const s of op.selectionSet.selections) {
    if (s.kind !== Kind.FIELD) return null;
    names.push(s.name.value);
  }
  return names;
}

/** Whether an operation's answer may be kept: a query with a costly root field and no volatile one. */
export function cacheable(op: OperationDefinitionNode | undefined): boolean {
  if (!op || op.operation !== OperationTypeNode.QUERY) return false;
  const roots = rootFields(op);
  return roots !== null && roots.some((r) => CACHED_ROOTS.has(r)) && !roots.some((r) => NEVER_CACHED_ROOTS.has(r));
}

interface Entry {
  response: GraphQLResponse['body'];
  bytes: number;
}

/**
 * Whole answers to repeated questions on an unchanged graph (响应缓存), owned by the server. An answer
 * is keyed by the document, its operation and variables, the caller's role, the day (answers that read
 * "today" change with it) and the graph version every write and import moves — read once per request,
 * so the cache stays right behind several instances. Only answers without errors are kept; at most
 * `maxBytes` of them (their JSON), least recently used dropped first.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;

  constructor(readonly maxBytes: number) {
    this.entries = new LRUCache<string, Entry>({ maxSize: Math.max(1, maxBytes), sizeCalculation: (e) => Math.max(1, e.bytes) });
  }

  get(key: string): Entry | undefined {
    return this.entries.get(key);
  }

  set(key: string, response: GraphQLResponse['body'], bytes: number): void {
    // One answer larger than the whole cache would only push everything else out.
    if (bytes <= this.maxBytes / 4) this.entries.set(key, { response, bytes });
  }
}

/** The Apollo plugin that answers from the cache and fills it (off when the cache is null). */
export function responseCachePlugin(cache: ResponseCache | null): ApolloServerPlugin<AppContext> {
  if (!cache) return {};
  return {
    requestDidStart() {
      let key: string | undefined;
      let hit = false;
      return Promise.resolve({
        async responseForOperation({ operation, source, request, contextValue }) {
          if (!cacheable(operation)) return null;
          const version = await contextValue.scope.get(VersionedValues).version();
          // A graph no import wrote has no version to key by.
          if (version === null) return null;
          const caller = contextValue.caller;
          const role = caller.anonymous ? 'ANONYMOUS' : (caller.role ?? 'NONE');
          key = createHash('sha256')
            .update(
              JSON.stringify([
                version,
                contextValue.gateway.database,
                today(),
                role,
                source,
                request.operationName ?? null,
                request.variables ?? {},
              ]),
            )
            .digest('hex');
          const found = cache.get(key);
          if (!found) return null;
          hit = true;
          return { http: { status: undefined, headers: new HeaderMap() }, body: found.response };
        },
        willSendResponse({ response }) {
          if (key === undefined) return Promise.resolve();
          response.http.headers.set('x-response-cache', hit ? 'hit' : 'miss');
          if (!hit && response.body.kind === 'single' && !response.body.singleResult.errors && response.body.singleResult.data) {
            cache.set(key, response.body, JSON.stringify(response.body.singleResult).length);
          }
          return Promise.resolve();
        },
      });
    },
  };
}

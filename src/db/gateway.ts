import neo4j, { type BookmarkManager, Driver, isRetryableError, ManagedTransaction, Neo4jError, Session } from 'neo4j-driver';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import { AppError, ConflictError, DatabaseUnavailableError, MemoryLimitError, TimeoutError } from '../errors';
import { loadCypher, queryText } from './cypher-files';
import type { CypherName } from './cypher-names';
import { toPlain } from './convert';
import { HEARTBEAT } from './db.queries';
import { Params, Query, queryName } from './query';
import { answerWithin } from './answer-within';

export type { Params } from './query';

export interface GatewayOptions {
  database: string;
  txTimeoutMs: number;
  logger?: Logger;
  /** Application name put into every transaction's metadata (shows up in SHOW TRANSACTIONS). */
  app?: string;
  /** A request's deadline (epoch ms): no unit of work starts after it, none runs past it. */
  deadline?: number;
  /** A request's share of the pool: at most this many units of work at once. */
  concurrency?: number;
  /** The request id, put into every transaction's metadata (SHOW TRANSACTIONS, query logs). */
  requestId?: string;
  /**
   * One request's gateway: every session of the request carries the request's bookmarks, so a read
   * that follows its write sees it even on a cluster member that has not caught up yet.
   */
  perRequest?: boolean;
  /** Where the driver connects, for a helper process (an import job) that opens its own driver. */
  connection?: DatabaseConnection;
}

/** How to reach the database: its address and credentials. */
export interface DatabaseConnection {
  uri: string;
  user?: string;
  password?: string;
}

/** What one GraphQL request may use of the database. */
export interface RequestBudget {
  timeoutMs: number;
  concurrency: number;
}

/** A transaction handle for multi-statement units of work; queries are the declared ones. */
export interface GatewayTx {
  run<P extends object, R>(query: Query<P, R>, params: P): Promise<R[]>;
  /** Runs Cypher text that was itself loaded from a file under cypher/ (migrations; tests' own checks). */
  runText<R = Record<string, unknown>>(cypher: string, params?: Params): Promise<R[]>;
}

/** Per unit of work: transaction metadata and, for imports and seeding, their own longer timeout. */
export interface UnitOptions {
  meta?: Params;
  timeoutMs?: number;
}

/** Counts round trips, in all and per declared query; the N+1 and warm-start tests read it. */
export interface GatewayStats {
  queries: number;
  byQuery: Record<string, number>;
  /** When set, every statement run is appended here (the benchmark replays a request's statements). */
  log?: Array<{ text: string; params: Params }>;
}

/**
 * The one door to Neo4j. Every query goes through here: it is loaded from `cypher/` by name,
 * routed to readers or writers, bounded by a transaction timeout, tagged with metadata, its
 * results converted to plain values once, and its errors mapped to the service's own.
 */
export class Neo4jGateway {
  /** Whether the database is known to answer (DatabaseMonitor); while it is not, work fails at once. */
  private available: () => boolean = () => true;
  // Made on a request's first unit of work: a request that reads nothing ({ __typename }) pays for neither.
  private limiter: pLimit.Limit | undefined;
  private bookmarks: BookmarkManager | undefined;

  constructor(
    readonly driver: Driver,
    private readonly opts: GatewayOptions,
    readonly stats: GatewayStats = { queries: 0, byQuery: {} },
  ) {}

  /** Lets a monitor say when the database is gone, so requests fail at once instead of waiting. */
  watchAvailability(available: () => boolean): void {
    this.available = available;
  }

  /**
   * The gateway one request uses: the same driver and counters, with the request's deadline (its
   * transactions are cut off by the server when it passes) and a bound on how many of its units of
   * work run at once, so one request cannot take the whole pool.
   */
  forRequest(budget: RequestBudget, requestId?: string): Neo4jGateway {
    const g = new Neo4jGateway(
      this.driver,
      {
        ...this.opts,
        deadline: Date.now() + budget.timeoutMs,
        concurrency: budget.concurrency,
        requestId,
        perRequest: true,
      },
      this.stats,
    );
    g.available = this.available;
    return g;
  }

  get database(): string {
    return this.opts.database;
  }

  /** How a helper process reaches the same database (undefined for a gateway made without it). */
  get connection(): (DatabaseConnection & { database: string; txTimeoutMs: number }) | undefined {
    return this.opts.connection && { ...this.opts.connection, database: this.opts.database, txTimeoutMs: this.opts.txTimeoutMs };
  }

  /**
   * One declared read as the whole unit of work: an auto-commit statement in a READ session (routed
   * to readers in a cluster), so no BEGIN/COMMIT round trip. Reads are idempotent, so a transient
   * failure (a leader switch, a dropped connection) is retried once, as a managed transaction would.
   */
  async read<P extends object, R>(query: Query<P, R>, params: P): Promise<R[]> {
    const name = queryName(query);
    const text = queryText(query);
    const run = (): Promise<R[]> =>
      this.guarded('READ', { query: name }, undefined, async (session, txConfig) => {
        const once = async (): Promise<R[]> => {
          this.count(name);
          this.stats.log?.push({ text, params: params as Params });
          const res = await session.run(text, params, txConfig);
          return res.records.map((r) => toPlain(r.toObject()) as R);
        };
        try {
          return await once();
        } catch (e) {
          // The driver's own verdict, before our mapping: transient, or the server/session went away.
          if (!isRetryableError(e)) throw e;
          return once();
        }
      });
    return this.limited(run);
  }

  async write<P extends object, R>(query: Query<P, R>, params: P): Promise<R[]> {
    return this.writeTx((tx) => tx.run(query, params), { meta: { query: queryName(query) } });
  }

  async readTx<T>(work: (tx: GatewayTx) => Promise<T>, opts: UnitOptions = {}): Promise<T> {
    return this.unitOfWork('READ', work, opts);
  }

  async writeTx<T>(work: (tx: GatewayTx) => Promise<T>, opts: UnitOptions = {}): Promise<T> {
    return this.unitOfWork('WRITE', work, opts);
  }

  /**
   * Runs one statement outside an explicit transaction. Needed for schema commands
   * (constraints/indexes cannot share a transaction with data writes).
   */
  async runAutoCommit(file: CypherName, params: Params = {}): Promise<void> {
    await this.runAutoCommitText(loadCypher(file), params);
  }

  /** Auto-commit for statement text read from cypher/migrations (split into statements there). */
  async runAutoCommitText(cypher: string, params: Params = {}): Promise<void> {
    const session = this.session('WRITE');
    try {
      this.stats.queries++;
      await session.run(cypher, params, { timeout: this.opts.txTimeoutMs, metadata: this.metadata({}) });
    } catch (e) {
      throw mapNeo4jError(e);
    } finally {
      await session.close();
    }
  }

  /** Checks connectivity and returns server info; throws DATABASE_UNAVAILABLE when unreachable. */
  async ping(): Promise<{ address: string; agent: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.opts.database });
      return { address: String(info.address), agent: String(info.agent) };
    } catch (e) {
      throw mapNeo4jError(e);
    }
  }

  /**
   * One round trip through the server, for the monitor's heartbeat: a statement, not the driver's
   * server info, which a pooled connection answers from its handshake even when the server is paused.
   */
  async heartbeat(timeoutMs: number): Promise<void> {
    const session = this.session('READ');
    try {
      await session.run(queryText(HEARTBEAT), {}, { timeout: timeoutMs, metadata: this.metadata({ query: 'system/ping' }) });
    } catch (e) {
      throw mapNeo4jError(e);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.opts.perRequest ? (this.bookmarks ??= neo4j.bookmarkManager()) : undefined,
    });
  }

  /** Runs a unit of work within the request's share of the pool. */
  private limited<T>(run: () => Promise<T>): Promise<T> {
    if (this.opts.concurrency === undefined) return run();
    this.limiter ??= pLimit(this.opts.concurrency);
    return this.limiter(run);
  }

  private metadata(meta: Params): Params {
    return { app: this.opts.app ?? 'nanan-chain-graph', ...(this.opts.requestId ? { requestId: this.opts.requestId } : {}), ...meta };
  }

  private unitOfWork<T>(mode: 'READ' | 'WRITE', work: (tx: GatewayTx) => Promise<T>, opts: UnitOptions): Promise<T> {
    const run = (): Promise<T> => this.runUnit(mode, work, opts);
    return this.limited(run);
  }

  private runUnit<T>(mode: 'READ' | 'WRITE', work: (tx: GatewayTx) => Promise<T>, opts: UnitOptions): Promise<T> {
    return this.guarded(mode, opts.meta ?? {}, opts.timeoutMs, (session, txConfig) => {
      const fn = async (mtx: ManagedTransaction): Promise<T> => work(this.wrap(mtx));
      return mode === 'READ' ? session.executeRead(fn, txConfig) : session.executeWrite(fn, txConfig);
    });
  }

  /**
   * What every unit of work shares: nothing starts after the request's deadline or while the
   * database is known to be down; the server ends the work at the deadline if that comes first;
   * errors are mapped to the service's own; the session is always closed.
   */
  private async guarded<T>(
    mode: 'READ' | 'WRITE',
    meta: Params,
    timeoutMs: number | undefined,
    work: (session: Session, txConfig: { timeout: number; metadata: Params }) => Promise<T>,
  ): Promise<T> {
    const remaining = this.opts.deadline === undefined ? Infinity : this.opts.deadline - Date.now();
    if (remaining <= 0) throw deadlineError();
    if (!this.available()) throw new DatabaseUnavailableError();
    const session = this.session(mode);
    const started = Date.now();
    const txConfig = { timeout: Math.max(1, Math.min(timeoutMs ?? this.opts.txTimeoutMs, remaining)), metadata: this.metadata(meta) };
    let abandoned = false;
    try {
      // The server ends the work at the deadline; a server that does not answer at all (paused, a
      // network that drops packets) cannot, so the request's deadline is also kept here.
      const answer = work(session, txConfig);
      if (!Number.isFinite(remaining)) return await answer;
      return await answerWithin(answer, remaining + DEADLINE_GRACE_MS, () => {
        abandoned = true;
        return deadlineError();
      });
    } catch (e) {
      const mapped = mapNeo4jError(e);
      this.opts.logger?.debug({ err: e, mode, meta, ms: Date.now() - started }, 'neo4j unit of work failed');
      if (mapped instanceof TimeoutError && this.opts.deadline !== undefined && Date.now() >= this.opts.deadline - 5) throw deadlineError();
      throw mapped;
    } finally {
      // An abandoned session is closed without waiting: the server that did not answer will not now.
      if (abandoned) void session.close().catch(() => undefined);
      else await session.close();
    }
  }

  private count(name?: string): void {
    this.stats.queries++;
    if (name !== undefined) this.stats.byQuery[name] = (this.stats.byQuery[name] ?? 0) + 1;
  }

  private wrap(mtx: ManagedTransaction): GatewayTx {
    const runText = async <R>(cypher: string, params: Params = {}, counted = false): Promise<R[]> => {
      if (!counted) this.count();
      this.stats.log?.push({ text: cypher, params });
      const res = await mtx.run(cypher, params);
      return res.records.map((r) => toPlain(r.toObject()) as R);
    };
    return {
      runText,
      // The declared shape is the contract; query-shapes.test.ts checks real rows against it.
      run: async <P extends object, R>(query: Query<P, R>, params: P) => {
        this.count(queryName(query));
        return runText<R>(queryText(query), params as Params, true);
      },
    };
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Grace after the deadline for the server's own timeout to answer first. */
const DEADLINE_GRACE_MS = 1000;

function deadlineError(): TimeoutError {
  return new TimeoutError(
    'The request took longer than REQUEST_TIMEOUT_MS allows and was stopped; ask for less (smaller first, fewer fields) and try again. 请求超时，已停止。',
  );
}

/** Maps a driver error to the service's error model; anything unknown passes through to be masked. */
/** The transaction memory pool is full, or one transaction passed db.memory.transaction.max. */
const MEMORY_LIMIT = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
]);

export function mapNeo4jError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  if (e instanceof Error && /Connection acquisition timed out/.test(e.message)) {
    return new DatabaseUnavailableError('The graph database is busy (no free connection); try again shortly. 数据库繁忙，请稍后重试。');
  }
  if (e instanceof Neo4jError) {
    if (UNAVAILABLE.has(e.code)) return new DatabaseUnavailableError();
    if (MEMORY_LIMIT.has(e.code)) return new MemoryLimitError();
    if (TIMEOUT.has(e.code)) return new TimeoutError();
    if (e.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError('The change conflicts with an existing record (a unique key is already taken).');
    }
  }
  return e;
}

export function createDriver(uri: string, auth: { user?: string; password?: string }, maxPoolSize: number): Driver {
  const token = auth.user !== undefined ? neo4j.auth.basic(auth.user, auth.password ?? '') : undefined;
  return neo4j.driver(uri, token, {
    maxConnectionPoolSize: maxPoolSize,
    connectionAcquisitionTimeout: 20000,
    // Fail fast when the server is gone: a short connect timeout, and managed transactions retry
    // transient failures for 2 s, not the driver's default 30 s (the monitor handles outages).
    connectionTimeout: 5000,
    maxTransactionRetryTime: 2000,
    // Keep the driver quiet; our own logger reports failures.
    logging: { level: 'error', logger: () => undefined },
  });
}

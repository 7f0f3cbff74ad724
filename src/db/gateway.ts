import neo4j, { Driver, ManagedTransaction, Neo4jError, Session } from 'neo4j-driver';
import type { Logger } from 'pino';
import { AppError, ConflictError, DatabaseUnavailableError, TimeoutError } from '../errors';
import { loadCypher } from './cypher-files';
import { toPlain } from './convert';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;
/** A cypher file name, or several whose texts are joined in order (a shared filter + a shared tail). */
export type QueryName = string | readonly string[];

export interface GatewayOptions {
  database: string;
  txTimeoutMs: number;
  logger?: Logger;
  /** Application name put into every transaction's metadata (shows up in SHOW TRANSACTIONS). */
  app?: string;
}

/** A transaction handle for multi-statement units of work; queries are still loaded by name. */
export interface GatewayTx {
  run(queryName: QueryName, params?: Params): Promise<Row[]>;
  /** Runs Cypher text that was itself loaded from a file under cypher/ (migrations). */
  runText(cypher: string, params?: Params): Promise<Row[]>;
}

/** Counts round trips; the N+1 tests read it. */
export interface GatewayStats {
  queries: number;
}

/**
 * The one door to Neo4j. Every query goes through here: it is loaded from `cypher/` by name,
 * routed to readers or writers, bounded by a transaction timeout, tagged with metadata, its
 * results converted to plain values once, and its errors mapped to the service's own.
 */
export class Neo4jGateway {
  readonly stats: GatewayStats = { queries: 0 };

  constructor(
    readonly driver: Driver,
    private readonly opts: GatewayOptions,
  ) {}

  get database(): string {
    return this.opts.database;
  }

  async read(queryName: QueryName, params: Params = {}, meta: Params = {}): Promise<Row[]> {
    return this.readTx((tx) => tx.run(queryName, params), { query: String(queryName), ...meta });
  }

  async write(queryName: QueryName, params: Params = {}, meta: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(queryName, params), { query: String(queryName), ...meta });
  }

  async readTx<T>(work: (tx: GatewayTx) => Promise<T>, meta: Params = {}): Promise<T> {
    return this.unitOfWork('READ', work, meta);
  }

  async writeTx<T>(work: (tx: GatewayTx) => Promise<T>, meta: Params = {}): Promise<T> {
    return this.unitOfWork('WRITE', work, meta);
  }

  /**
   * Runs one statement outside an explicit transaction. Needed for schema commands
   * (constraints/indexes cannot share a transaction with data writes).
   */
  async runAutoCommit(cypher: string, params: Params = {}): Promise<Row[]> {
    const session = this.session('WRITE');
    try {
      this.stats.queries++;
      const res = await session.run(cypher, params, { timeout: this.opts.txTimeoutMs, metadata: this.metadata({}) });
      return res.records.map((r) => toPlain(r.toObject()) as Row);
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

  async close(): Promise<void> {
    await this.driver.close();
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private metadata(meta: Params): Params {
    return { app: this.opts.app ?? 'nanan-chain-graph', ...meta };
  }

  private async unitOfWork<T>(mode: 'READ' | 'WRITE', work: (tx: GatewayTx) => Promise<T>, meta: Params): Promise<T> {
    const session = this.session(mode);
    const started = Date.now();
    const txConfig = { timeout: this.opts.txTimeoutMs, metadata: this.metadata(meta) };
    try {
      const fn = async (mtx: ManagedTransaction): Promise<T> => work(this.wrap(mtx));
      return mode === 'READ' ? await session.executeRead(fn, txConfig) : await session.executeWrite(fn, txConfig);
    } catch (e) {
      const mapped = mapNeo4jError(e);
      this.opts.logger?.debug({ err: e, mode, meta, ms: Date.now() - started }, 'neo4j unit of work failed');
      throw mapped;
    } finally {
      await session.close();
    }
  }

  private wrap(mtx: ManagedTransaction): GatewayTx {
    const runText = async (cypher: string, params: Params = {}): Promise<Row[]> => {
      this.stats.queries++;
      const res = await mtx.run(cypher, params);
      return res.records.map((r) => toPlain(r.toObject()) as Row);
    };
    return {
      runText,
      run: (queryName, params = {}) =>
        runText(typeof queryName === 'string' ? loadCypher(queryName) : queryName.map(loadCypher).join('\n'), params),
    };
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Maps a driver error to the service's error model; anything unknown passes through to be masked. */
export function mapNeo4jError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  if (e instanceof Neo4jError) {
    if (UNAVAILABLE.has(e.code)) return new DatabaseUnavailableError();
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
    // Keep the driver quiet; our own logger reports failures.
    logging: { level: 'error', logger: () => undefined },
  });
}

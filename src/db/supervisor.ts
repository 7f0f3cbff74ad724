import type { Logger } from 'pino';
import { BundledNeo4j, BundledOptions, startBundledNeo4j } from './bundled-neo4j';
import { answerWithin } from './answer-within';
import type { Neo4jGateway } from './gateway';

export type DatabaseState = 'up' | 'down' | 'restarting' | 'stopped';

export interface DatabaseStatus {
  state: DatabaseState;
  /** When the state last changed (ISO time). */
  since: string;
  /** Restarts of the bundled database since the service started. */
  restarts: number;
  /** Why it is not up, when it is not. */
  reason: string | null;
}

/**
 * Knows whether the database answers, so that requests fail at once with DATABASE_UNAVAILABLE
 * instead of waiting on connection timeouts while it is gone. A ping every `intervalMs` moves the
 * state both ways; the bundled database's supervisor also reports its exits and restarts here.
 */
export class DatabaseMonitor {
  private status: DatabaseStatus = { state: 'up', since: new Date().toISOString(), restarts: 0, reason: null };
  private timer: NodeJS.Timeout | undefined;
  private pinging = false;
  private failures = 0;

  constructor(
    private readonly gateway: Neo4jGateway,
    private readonly logger: Logger,
    private readonly intervalMs = 1000,
    private readonly pingTimeoutMs = 2000,
  ) {}

  get available(): boolean {
    return this.status.state === 'up';
  }

  snapshot(): DatabaseStatus {
    return { ...this.status };
  }

  start(): void {
    this.timer = setInterval(() => void this.ping(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.set('stopped', 'the service is stopping');
  }

  set(state: DatabaseState, reason: string | null): void {
    if (this.status.state === 'stopped' || this.status.state === state) return;
    this.status = { ...this.status, state, since: new Date().toISOString(), reason };
    const log = state === 'up' ? this.logger.info.bind(this.logger) : this.logger.warn.bind(this.logger);
    log({ database: this.status }, `database ${state}${reason ? `: ${reason}` : ''}`);
  }

  countRestart(): void {
    this.status = { ...this.status, restarts: this.status.restarts + 1 };
  }

  private async ping(): Promise<void> {
    if (this.status.state === 'stopped' || this.status.state === 'restarting') return;
    // A ping still pending at the next tick is a miss: a paused or hung server never answers, and
    // waiting on it would leave the state at up forever.
    if (this.pinging) return this.miss('the database did not answer the last ping');
    this.pinging = true;
    try {
      await answerWithin(this.gateway.heartbeat(this.pingTimeoutMs), this.pingTimeoutMs);
      this.failures = 0;
      this.set('up', null);
    } catch (e) {
      this.miss((e as Error).message);
    } finally {
      this.pinging = false;
    }
  }

  /** Two misses in a row: one slow answer on a busy machine is not an outage. */
  private miss(reason: string): void {
    if (++this.failures >= 2 || this.status.state !== 'up') this.set('down', reason);
  }
}

/**
 * Keeps the bundled Neo4j running: when its process exits unasked (a crash, a `kill -9`), the monitor
 * is told at once and the database is started again, with a growing pause between failed attempts
 * (1 s, 2 s, 4 s … at most 30 s). The data folder is the same, so committed data is all there.
 */
export class BundledSupervisor {
  private current: BundledNeo4j;
  private stopping = false;
  private restarting: Promise<void> | undefined;

  constructor(
    first: BundledNeo4j,
    private readonly opts: BundledOptions,
    private readonly monitor: DatabaseMonitor,
    private readonly logger: Logger,
  ) {
    this.current = first;
    this.watch(first);
  }

  get uri(): string {
    return this.current.uri;
  }

  /** The running database process (tests kill it to prove the supervision). */
  get pid(): number | undefined {
    return this.current.process.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting?.catch(() => undefined);
    await this.current.stop();
  }

  private watch(db: BundledNeo4j): void {
    void db.exited.then((code) => {
      if (this.stopping || db !== this.current) return;
      this.monitor.set('restarting', `the bundled Neo4j exited (code ${code}); restarting it`);
      this.restarting = this.restart();
    });
  }

  private async restart(): Promise<void> {
    for (let attempt = 0; !this.stopping; attempt++) {
      try {
        const db = await startBundledNeo4j({ ...this.opts, log: (l) => this.logger.info(l) });
        if (this.stopping) {
          await db.stop();
          return;
        }
        this.current = db;
        this.monitor.countRestart();
        this.watch(db);
        this.monitor.set('down', 'restarted; waiting for the first answer');
        return;
      } catch (e) {
        const pause = Math.min(30000, 1000 * 2 ** attempt);
        this.logger.error({ err: e, attempt: attempt + 1, pauseMs: pause }, 'could not restart the bundled Neo4j; trying again');
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  }
}

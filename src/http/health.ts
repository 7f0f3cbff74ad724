import { Router } from 'express';
import type { Neo4jGateway } from '../db/gateway';
import { migrationStatus } from '../db/migrate';
import { answerWithin } from '../db/answer-within';
import type { DatabaseMonitor } from '../db/supervisor';

/**
 * GET /health: the process is alive (always 200 while it is), with the database's state as the
 * monitor knows it. GET /ready: 200 when Neo4j answers and every migration is applied, else 503
 * (at once while the monitor knows the database is down or restarting).
 */
/** How long /ready waits for the database to answer before saying it is not ready. */
const READY_TIMEOUT_MS = 3000;

export function healthRoutes(gateway: Neo4jGateway, monitor: DatabaseMonitor): Router {
  const router = Router();
  const started = Date.now();
  router.get('/health', (_req, res) => {
    res.status(200).json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000), database: monitor.snapshot() });
  });
  router.get('/ready', async (_req, res) => {
    const database = monitor.snapshot();
    if (!monitor.available) {
      res.status(503).json({ status: 'not_ready', neo4j: { status: database.state, reason: database.reason, database: gateway.database } });
      return;
    }
    try {
      // A hung database must not hang /ready: no answer in time is not ready.
      const [server, status] = await answerWithin(Promise.all([gateway.ping(), migrationStatus(gateway)]), READY_TIMEOUT_MS);
      const ready = status.pending.length === 0;
      res.status(ready ? 200 : 503).json({
        status: ready ? 'ready' : 'not_ready',
        neo4j: { status: 'up', agent: server.agent, database: gateway.database },
        migrations: { applied: status.applied.length, pending: status.pending },
      });
    } catch {
      res.status(503).json({ status: 'not_ready', neo4j: { status: 'down', database: gateway.database } });
    }
  });
  return router;
}

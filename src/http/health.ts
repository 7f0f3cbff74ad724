import { Router } from 'express';
import type { Neo4jGateway } from '../db/gateway';
import { migrationStatus } from '../db/migrate';

/** GET /health: the process is alive. GET /ready: Neo4j answers and every migration is applied. */
export function healthRoutes(gateway: Neo4jGateway): Router {
  const router = Router();
  const started = Date.now();
  router.get('/health', (_req, res) => {
    res.status(200).json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000) });
  });
  router.get('/ready', async (_req, res) => {
    try {
      const server = await gateway.ping();
      const status = await migrationStatus(gateway);
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

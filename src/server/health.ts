import type { Express } from 'express';
import type { Database } from '../db/database';
import type { DbMonitor } from '../db/monitor';
import type { Metrics } from './ops/metrics';

/**
 * /healthz: 200 when the database answers, 503 with the reason at once when it does not. With a
 * monitor the answer is its latest probe (never waits); without one, a probe with a short deadline.
 */
export function mountHealth(app: Express, db: Database, monitor: DbMonitor | undefined, metrics: Metrics): void {
  app.get('/healthz', async (_req, res) => {
    const state = monitor ? monitor.state : await probeNow(db);
    metrics.databaseUp.set(state.up ? 1 : 0);
    res.setHeader('cache-control', 'no-store');
    if (state.up) res.status(200).json({ status: 'ok', database: 'up' });
    else res.status(503).json({ status: 'degraded', database: 'down', reason: state.reason });
  });
  app.get('/metrics', async (_req, res) => {
    if (monitor) metrics.databaseUp.set(monitor.state.up ? 1 : 0);
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
}

async function probeNow(db: Database): Promise<{ up: boolean; reason?: string }> {
  const reason = await db.check(1500);
  return { up: reason === undefined, reason };
}

import './production-mode';
import { ConfigError, loadConfig } from '../config';
import { connect, type Connection } from '../db/connect';
import { DbMonitor } from '../db/monitor';
import { warmCoverageIndex } from '../graph/derived/coverage-source';
import { ensureSeeded } from '../graph/seed/ensure-seeded';
import { createApp, listen } from './app';
import { createLogger } from './ops/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.service.logLevel);
  const started = Date.now();
  const conn: Connection = await connect(config, (line) => logger.info(line));
  logger.info({ database: config.neo4jDatabase }, `Connected to Neo4j at ${conn.uri}`);
  let stopping = false;
  try {
    if (config.seedOnStart) await ensureSeeded(conn.db, { sdgTextsDir: config.sdgTextsDir });
    const monitor = new DbMonitor(conn.db);
    monitor.onChange((s) =>
      s.up ? logger.info('database is answering again') : logger.warn({ reason: s.reason }, 'database is down'),
    );
    conn.onDown?.((reason) => monitor.markDown(reason));
    monitor.start();
    const { httpServer, apollo, metrics } = await createApp(conn.db, {
      production: config.production,
      publicBaseUrl: config.publicBaseUrl,
      service: config.service,
      logger,
      monitor,
      responseCache: config.responseCache,
    });
    conn.onRestart?.(() => metrics.restarts.inc());
    await listen(httpServer, config.host, config.port);
    warmCoverageIndex(conn.db, (line) => logger.info(line));
    logger.info(
      `GraphQL ready at http://${config.host}:${config.port}/graphql (health: /healthz, metrics: /metrics) after ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info(`${signal}: draining HTTP, closing the driver, stopping the database…`);
      monitor.stop();
      await apollo.stop(); // drains open HTTP requests through the drain plugin
      await conn.close();
      logger.info('Stopped cleanly.');
      logger.flush();
      process.exit(0);
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
  } catch (e) {
    await conn.close();
    throw e;
  }
}

main().catch((e: unknown) => {
  const message = e instanceof ConfigError || e instanceof Error ? e.message : String(e);
  console.error(`commitments-graph could not start: ${message}`);
  process.exit(1);
});

import { ConfigError, loadConfig } from '../config';
import { connect, type Connection } from '../db/connect';
import { ensureSeeded } from '../graph/seed/ensure-seeded';
import { createApp, listen } from './app';

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const conn: Connection = await connect(config);
  console.error(`Connected to Neo4j at ${conn.uri} (database "${config.neo4jDatabase}")`);
  let stopping = false;
  try {
    if (config.seedOnStart) await ensureSeeded(conn.db, { sdgTextsDir: config.sdgTextsDir });
    const { httpServer, apollo } = await createApp(conn.db, {
      production: config.production,
      publicBaseUrl: config.publicBaseUrl,
    });
    await listen(httpServer, config.host, config.port);
    console.error(
      `GraphQL ready at http://${config.host}:${config.port}/graphql (health: /healthz) after ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.error(`${signal}: draining HTTP, closing the driver, stopping the database…`);
      await apollo.stop(); // drains open HTTP requests through the drain plugin
      await conn.close();
      console.error('Stopped cleanly.');
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

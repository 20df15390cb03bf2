import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { defaultServiceConfig, type ServiceConfig } from '../config-service';
import type { Database } from '../db/database';
import { MAX_CONNECTION_POOL_SIZE } from '../db/driver';
import type { DbMonitor } from '../db/monitor';
import { oidcVerifier } from '../graphql/auth/oidc';
import { createContext, type Context } from '../graphql/context';
import { errorFormatter } from '../graphql/errors';
import { costPlugin } from '../graphql/limits/plugin';
import { limitRules } from '../graphql/limits/rules';
import { Semaphore } from '../graphql/limits/semaphore';
import { schema } from '../graphql/schema';
import { ResponseCache } from './response-cache';
import { exportRoutes } from './exports/routes';
import { mountHealth } from './health';
import { linkedDataRoutes } from './ld/routes';
import { coverageCsvRoutes } from './coverage-csv';
import { explorerRoutes } from './explorer';
import { mountGuards } from './ops/guards';
import { jsonErrors } from './ops/json-errors';
import { createLogger, type Logger } from './ops/logger';
import { createMetrics, type Metrics } from './ops/metrics';
import { observePlugin } from './ops/observe-plugin';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
}

export interface AppOptions {
  production: boolean;
  publicBaseUrl?: string;
  service?: ServiceConfig;
  /** Silent unless given: tests and the bench build apps without request logs. */
  logger?: Logger;
  monitor?: DbMonitor;
  /** Replay anonymous answers while the graph version is unchanged (RESPONSE_CACHE, src/server/response-cache.ts). */
  responseCache?: boolean;
  /** Tests fix the clock (due reports, the cache's day); the service uses the real one. */
  now?: () => Date;
}

export async function createApp(db: Database, opts: AppOptions): Promise<App> {
  const service = opts.service ?? defaultServiceConfig();
  const logger = opts.logger ?? createLogger('silent');
  const gate = new Semaphore(service.expensiveConcurrency, service.expensiveConcurrency * 4, 10_000);
  const metrics = createMetrics({
    expensiveRunning: () => gate.inUse,
    sessionsOpen: () => db.inFlight.sessions,
    transactionsRetried: () => db.retriedTransactions,
    poolSize: MAX_CONNECTION_POOL_SIZE,
  });
  // Built once: jose keeps the provider's keys cached across requests.
  const oidc = service.oidc ? oidcVerifier(service.oidc) : undefined;
  const app = express();
  // No ETag on answers: hashing every GraphQL body costs CPU and a POST is never revalidated.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const cache = opts.responseCache ? new ResponseCache(db, { now: opts.now }) : undefined;
  const apollo = new ApolloServer<Context>({
    schema: await schema(),
    formatError: errorFormatter({ debug: service.debugErrors }),
    includeStacktraceInErrorResponses: service.debugErrors,
    validationRules: limitRules(service),
    parseOptions: { maxTokens: service.maxTokens },
    introspection: service.introspection,
    allowBatchedHttpRequests: false,
    // Shutdown is ours: drain HTTP, then the driver, then the local database, in that order.
    stopOnTerminationSignals: false,
    logger: { debug: () => {}, info: () => {}, warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      costPlugin({ maxCost: service.maxCost, expensiveCost: service.expensiveCost, gate }),
      observePlugin(logger, metrics),
      // GET /graphql for browsers is the bundled GraphiQL (explorer.ts): nothing loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are declared, so Apollo's cache-control plugin only wrapped every field's
      // resolver to find none (~4,000 alignment fields on a pledge page); the header it sent
      // (no-store) is set below instead.
      ApolloServerPluginCacheControlDisabled(),
      ...(cache ? [cache.plugin()] : []),
    ],
  });
  await apollo.start();

  mountGuards(app, service, metrics);
  mountHealth(app, db, opts.monitor, metrics);
  app.use(linkedDataRoutes(db, opts.publicBaseUrl ?? 'http://localhost:4000'));
  app.use(exportRoutes(db, opts.publicBaseUrl ?? 'http://localhost:4000'));
  app.use(explorerRoutes());
  app.use(coverageCsvRoutes(apollo, db));
  app.use(
    '/graphql',
    noStore,
    express.json({ limit: service.bodyLimitBytes }),
    ...(cache ? [cache.middleware(metrics, logger)] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(db, { authorization: req.headers.authorization, oidc, now: opts.now }),
    }),
  );
  app.use(jsonErrors((e) => logger.error({ err: e }, 'unexpected HTTP error')));
  return { httpServer, apollo, metrics };
}

/** Answers change with every write; the server-side response cache is the only one. */
function noStore(_req: express.Request, res: express.Response, next: express.NextFunction): void {
  res.setHeader('cache-control', 'no-store');
  next();
}

export function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { Database } from '../db/database';
import { createContext, type Context } from '../graphql/context';
import { depthLimit } from '../graphql/depth-limit';
import { formatError } from '../graphql/errors';
import { schema } from '../graphql/schema';
import { exportRoutes } from './exports/routes';
import { linkedDataRoutes } from './ld/routes';

export const MAX_DEPTH = 10;

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

export async function createApp(db: Database, opts: { production: boolean; publicBaseUrl?: string }): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await schema(),
    formatError,
    validationRules: [depthLimit(MAX_DEPTH)],
    introspection: true,
    // Shutdown is ours: drain HTTP, then the driver, then the local database, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      opts.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    const up = await db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down' });
  });
  app.use(linkedDataRoutes(db, opts.publicBaseUrl ?? 'http://localhost:4000'));
  app.use(exportRoutes(db, opts.publicBaseUrl ?? 'http://localhost:4000'));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(db, { authorization: req.headers.authorization }),
    }),
  );
  return { httpServer, apollo };
}

export function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

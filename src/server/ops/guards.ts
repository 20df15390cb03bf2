import { createHash, randomUUID } from 'node:crypto';
import cors from 'cors';
import type { Express, NextFunction, Request, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { ServiceConfig } from '../../config';
import { requestScope } from '../../db/request-scope';
import { contentSecurityPolicy } from './csp';
import type { Metrics } from './metrics';

/** A client is its bearer token when it sends one (hashed: tokens never sit in memory maps), else its address. */
export function clientKey(req: Request): string {
  const auth = req.headers.authorization;
  if (auth) return `t:${createHash('sha256').update(auth).digest('hex').slice(0, 32)}`;
  return `a:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}

/** Mounted first: request ids and per-request tallies, security headers, CORS, the rate limit. */
export function mountGuards(app: Express, service: ServiceConfig, metrics: Metrics): void {
  app.disable('x-powered-by');
  // Behind a load balancer the client's address is in X-Forwarded-For; trust only the configured hops.
  app.set('trust proxy', service.trustProxy);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    requestScope.run({ requestId, started: performance.now(), roundTrips: 0 }, next);
  });
  // The explorer and GraphiQL load only this origin's bundled files (see csp.ts). COEP stays off: it
  // would only matter to pages embedding other origins' resources, and these embed none.
  app.use(helmet({ contentSecurityPolicy, crossOriginEmbedderPolicy: false }));
  const anyOrigin = service.corsOrigins.includes('*');
  app.use(
    cors({
      origin: anyOrigin ? true : service.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id'],
      maxAge: 600,
    }),
  );
  if (service.rateLimitPerMinute > 0) {
    app.use(
      rateLimit({
        windowMs: 60_000,
        limit: service.rateLimitPerMinute,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        keyGenerator: clientKey,
        // Load balancers' health checks and metric scrapers poll often and must never be refused.
        skip: (req) => req.path === '/healthz' || req.path === '/metrics',
        // Our key is the address only as a fallback; the library's IPv6 subnet check does not apply to tokens.
        validate: { keyGeneratorIpFallback: false },
        handler: (_req, res) => {
          metrics.rateLimited.inc();
          res.status(429).json({
            errors: [
              { message: 'Too many requests; slow down and retry later.', extensions: { code: 'RATE_LIMITED' } },
            ],
          });
        },
      }),
    );
  }
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/database';
import { requestScope } from '../db/request-scope';
import { graphState } from '../graph/derived/graph-version';
import type { Logger } from './ops/logger';
import { recordOperation } from './ops/observe-plugin';
import type { Metrics } from './ops/metrics';

interface Entry {
  body: Buffer;
  contentType: string;
}

/**
 * Whole answers to anonymous queries (RESPONSE_CACHE, on by default), keyed on the graph version
 * in the database, the UTC day (`overdue` changes at midnight) and the exact request. Every write
 * bumps the version (src/graph/derived/), so an answer is replayed only while the graph it came
 * from is unchanged, on every replica. A hit is served before Apollo: one coalesced version read
 * and the stored bytes, no parsing, validation or resolver. Requests with an Authorization header
 * are never served from or stored in it: they may see drafts the public cannot.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;

  private readonly now: () => Date;

  constructor(
    private readonly db: Database,
    opts: { maxBytes?: number; now?: () => Date } = {},
  ) {
    this.now = opts.now ?? (() => new Date());
    this.entries = new LRUCache<string, Entry>({
      maxSize: opts.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (e) => e.body.byteLength + 64,
    });
  }

  /** Express handler between the JSON body parser and Apollo: answers hits, marks misses for storing. */
  middleware(metrics: Metrics, logger: Logger) {
    return async (req: Request, res: Response, next: NextFunction) => {
      const scope = requestScope.getStore();
      const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown };
      if (req.method !== 'POST' || req.headers.authorization || !scope || typeof body?.query !== 'string') {
        return next();
      }
      if (body.extensions !== undefined) return next();
      let key: string;
      try {
        const { version } = await graphState(this.db);
        key = JSON.stringify([
          version,
          this.now().toISOString().slice(0, 10),
          req.headers.accept ?? '',
          body.query,
          body.operationName ?? null,
          body.variables ?? null,
        ]);
      } catch {
        return next(); // the database is away: let Apollo answer with its usual error
      }
      const hit = this.entries.get(key);
      if (!hit) {
        metrics.responseCache.inc({ result: 'miss' });
        scope.cacheKey = key;
        this.captureOnSend(res, key);
        return next();
      }
      metrics.responseCache.inc({ result: 'hit' });
      const operation = typeof body.operationName === 'string' ? body.operationName : 'anonymous';
      recordOperation(logger, metrics, operation, [], { cached: true });
      res.status(200).type(hit.contentType).send(hit.body);
    };
  }

  /** Apollo plugin: marks a miss storable once it is known to be a query answered without errors. */
  plugin(): ApolloServerPlugin {
    return {
      async requestDidStart() {
        return {
          async willSendResponse({ response, operation }) {
            const scope = requestScope.getStore();
            if (!scope?.cacheKey) return;
            const ok =
              operation?.operation === 'query' && response.body.kind === 'single' && !response.body.singleResult.errors;
            if (ok && (response.http.status ?? 200) === 200) scope.cacheStore = true;
          },
        };
      },
    };
  }

  private captureOnSend(res: Response, key: string) {
    const send = res.send.bind(res);
    res.send = (chunk?: unknown) => {
      const scope = requestScope.getStore();
      if (scope?.cacheStore && res.statusCode === 200 && typeof chunk === 'string') {
        this.entries.set(key, {
          body: Buffer.from(chunk),
          contentType: String(res.getHeader('content-type') ?? 'application/json'),
        });
      }
      return send(chunk);
    };
  }
}

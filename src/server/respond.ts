import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Neo4jError } from 'neo4j-driver';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** A JSON error body with the same codes as the GraphQL API, so clients handle both alike. */
export function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').json({ error: { code, message } });
}

/**
 * Wraps a download or linked-data handler: a database failure becomes a masked 503/500 with a code,
 * never a stack trace, and a response already streaming is cut rather than left hanging.
 */
export function handle(fn: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    fn(req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy(e instanceof Error ? e : undefined);
        return;
      }
      const neo = e instanceof Neo4jError || (e as { name?: string })?.name === 'Neo4jError';
      if (neo && UNAVAILABLE.has((e as Neo4jError).code)) {
        fail(res, 503, 'DATABASE_UNAVAILABLE', 'The graph database is not reachable right now; try again shortly.');
      } else if (neo) fail(res, 500, 'DATABASE_ERROR', 'The graph database could not answer this request.');
      else next(e);
    });
  };
}

import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { projectRoot } from '../config';

/** Where `npm run build` puts the explorer and the query editor (web/, built by Vite). */
export const WEB_DIR = path.join(projectRoot(), 'dist', 'web');
const PAGES = ['/', '/items/:id', '/cities/:id', '/pledges/:id', '/coverage', '/crosswalk'];

/**
 * The explorer's pages and assets, and GraphiQL for browsers at GET /graphql. Clients that ask for
 * JSON (or POST) fall through to Apollo unchanged. Without a build, the pages say how to make one.
 */
export function explorerRoutes(dir = WEB_DIR): Router {
  const router = Router();
  const page = (file: string) => (req: express.Request, res: express.Response, next: express.NextFunction) => {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) {
      res.status(503).type('text/plain').send('The explorer is not built: run `npm run build`.');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(full);
  };
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.get('/graphql', (req, res, next) => {
    // A browser navigating here wants the editor; anything else is a GraphQL request over GET.
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html')
      return next();
    if (typeof req.query.query === 'string') return next();
    page('graphiql.html')(req, res, next);
  });
  router.get(PAGES, page('index.html'));
  return router;
}

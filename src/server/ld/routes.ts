import { Router, type Request, type Response } from 'express';
import type { Database } from '../../db/database';
import { LinkedDataRepository } from '../../graph/opendata/linked-data.repo';
import { fail, handle } from '../respond';
import { ldDocument } from './document';

export const LD_TYPE = 'application/ld+json';
/** The page URLs whose JSON-LD a client may ask for with `Accept: application/ld+json`. */
const PAGES = ['/items/:id', '/action-areas/:id', '/frameworks/:id', '/cities/:id', '/pledges/:id'];

/**
 * `GET /ld/{id}` always answers JSON-LD; the page URLs answer it only when the client asks for it
 * and prefers it to HTML, and otherwise pass the request on (the explorer serves HTML there).
 */
export function linkedDataRoutes(db: Database, base: string): Router {
  const repo = new LinkedDataRepository(db);
  const router = Router();
  const send = handle(async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const found = id.length <= 200 ? await repo.describe(id) : null;
    if (!found) return fail(res, 404, 'NOT_FOUND', `No framework item, action area, city or pledge has id "${id}".`);
    res
      .type(LD_TYPE)
      .vary('Accept')
      .send(JSON.stringify(ldDocument(base, found)));
  });
  router.get('/ld/:id', send);
  router.get(PAGES, (req, res, next) => {
    if (req.accepts(['text/html', LD_TYPE]) !== LD_TYPE) return next();
    return send(req, res, next);
  });
  return router;
}

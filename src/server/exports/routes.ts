import { Router, type Request, type Response } from 'express';
import type { Database } from '../../db/database';
import { ExportRepository } from '../../graph/opendata/exports.repo';
import { createRepositories } from '../../graph/repositories';
import { fail, handle } from '../respond';
import { sendCsv } from './csv';
import { zipReadme } from './readme';
import { reviewPackRoute } from './review-pack';
import { allTables, crosswalkTable, pledgesTable } from './tables';
import { sendZip } from './zip';

export const FRAMEWORKS = ['GCM', 'GCR', 'NUA', 'SDG'];

/** Downloads under /export: the crosswalk, a city's commitments, pledges, review packs and everything zipped. */
export function exportRoutes(db: Database, base: string): Router {
  const exportsRepo = new ExportRepository(db);
  const repos = createRepositories(db);
  const router = Router();

  router.get(
    '/export/crosswalk.csv',
    handle(async (_req, res) => sendCsv(res, await crosswalkTable(exportsRepo))),
  );
  router.get(
    '/export/pledges.csv',
    handle(async (_req, res) => sendCsv(res, await pledgesTable(exportsRepo))),
  );
  router.get(
    '/export/cities/:id/commitments.csv',
    handle(async (req: Request, res: Response) => {
      const cityId = String(req.params.id);
      const raw = req.query.framework;
      const framework = raw === undefined || raw === '' ? null : String(raw).toUpperCase();
      if (framework !== null && !FRAMEWORKS.includes(framework)) {
        return fail(res, 400, 'BAD_USER_INPUT', `framework must be one of ${FRAMEWORKS.join(', ')} (got "${raw}")`);
      }
      const city = (await repos.cities.byIds([cityId])).get(cityId);
      if (!city) return fail(res, 404, 'NOT_FOUND', `No city has id "${cityId}".`);
      // The same statement as the API's City.commitments, so the rows are the API's rows.
      const key = `${cityId}|${framework ?? ''}`;
      const found = (await repos.analysis.commitments([{ key, city: cityId, framework }])).get(key) ?? [];
      const rows = found.map((c) => ({
        city: cityId,
        framework: c.item.framework,
        item: c.item.id,
        code: c.item.code,
        title: (c.item.title_en as string | undefined) ?? (c.item.label as string | undefined) ?? c.item.id,
        basis: c.basis,
        path: c.path,
        pledges: c.pledges.map((p) => p.id),
      }));
      const columns = ['city', 'framework', 'item', 'code', 'title', 'basis', 'path', 'pledges'];
      const suffix = framework ? `-${framework.toLowerCase()}` : '';
      sendCsv(res, { file: `${cityId}-commitments${suffix}.csv`, columns, rows });
    }),
  );
  router.get('/export/review-pack/:cityId', reviewPackRoute(db));
  router.get(
    '/export/all.zip',
    handle(async (_req, res) => {
      const tables = await allTables(exportsRepo);
      const now = new Date();
      await sendZip(res, 'commitments-graph.zip', tables, zipReadme(tables, base, now.toISOString()), now);
    }),
  );
  return router;
}

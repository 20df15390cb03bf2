import type { Request, Response } from 'express';
import type { Database } from '../../db/database';
import { FORUMS, type Forum, GRF_STATUS, type PackPledge, readReviewPack } from '../../graph/opendata/review-pack';
import { fail, handle } from '../respond';
import { type CsvRow, sendCsv } from './csv';

/** What the graph does not hold and the city adds itself before submitting. */
const TO_COMPLETE: Record<Forum, string> = {
  IMRF: 'The GCM guiding principles each pledge serves are not recorded in this graph; add them before submitting.',
  GRF: 'The GRF contribution type (financial, material, technical, policy…) is not recorded in this graph; add it before submitting.',
};

function imrfEntry(p: PackPledge): Record<string, unknown> {
  return {
    pledgeId: p.pledge.id,
    title: p.pledge.title,
    description: p.pledge.description ?? null,
    pledgeType: 'Local authority pledge (Call to Local Action on Migration)',
    gcmObjectives: p.items,
    guidingPrinciples: [] as string[],
    actionAreas: p.areas,
    partners: p.partners,
    status: p.pledge.status,
    pledgedOn: p.pledge.pledgedOn ?? null,
    targetDate: p.pledge.targetDate ?? null,
    updates: p.reports,
    illustrative: Boolean(p.pledge.illustrative),
  };
}

function grfEntry(p: PackPledge): Record<string, unknown> {
  return {
    pledgeId: p.pledge.id,
    title: p.pledge.title,
    description: p.pledge.description ?? null,
    gcrAreas: p.items,
    contributionType: null,
    grfStatus: GRF_STATUS[String(p.pledge.status)] ?? null,
    status: p.pledge.status,
    coSponsors: p.coSponsors,
    actionAreas: p.areas,
    partners: p.partners,
    pledgedOn: p.pledge.pledgedOn ?? null,
    updates: p.reports,
    illustrative: Boolean(p.pledge.illustrative),
  };
}

const updatesCell = (u: PackPledge['reports']) =>
  u.map((r) => `${r.date} ${r.forum} ${r.status}: ${r.summary}`).join('\n');

/** GET /export/review-pack/{cityId}?forum=IMRF|GRF[&format=json|csv]: one submission, each forum's shape. */
export function reviewPackRoute(db: Database) {
  return handle(async (req: Request, res: Response) => {
    const forum = String(req.query.forum ?? '').toUpperCase() as Forum;
    if (!FORUMS.includes(forum))
      return fail(res, 400, 'BAD_USER_INPUT', `forum must be IMRF or GRF (got "${req.query.forum ?? ''}")`);
    const format = String(req.query.format ?? 'json').toLowerCase();
    if (format !== 'json' && format !== 'csv')
      return fail(res, 400, 'BAD_USER_INPUT', `format must be json or csv (got "${format}")`);
    const cityId = String(req.params.cityId);
    const pack = await readReviewPack(db, cityId, forum);
    if (!pack) return fail(res, 404, 'NOT_FOUND', `No city has id "${cityId}".`);
    const entries = pack.pledges.map(forum === 'IMRF' ? imrfEntry : grfEntry);
    const file = `${cityId}-${forum.toLowerCase()}-review-pack`;
    if (format === 'json') {
      res.set('content-disposition', `attachment; filename="${file}.json"`);
      res.status(200).json({
        forum,
        framework: forum === 'IMRF' ? 'GCM' : 'GCR',
        city: { id: pack.city.id, name: pack.city.name, country: pack.city.countryCode },
        illustrative: Boolean(pack.city.illustrative),
        toComplete: TO_COMPLETE[forum],
        pledges: entries,
      });
      return;
    }
    const itemsKey = forum === 'IMRF' ? 'gcmObjectives' : 'gcrAreas';
    const rows = entries.map((e, i) => {
      const items = pack.pledges[i].items;
      return {
        ...(e as CsvRow),
        city: pack.city.name,
        [itemsKey]: items.map((it) => it.id),
        itemBases: items.map((it) => `${it.id} ${it.basis}`),
        updates: updatesCell(pack.pledges[i].reports),
      };
    });
    const columns =
      forum === 'IMRF'
        ? [
            'pledgeId',
            'city',
            'title',
            'description',
            'pledgeType',
            'gcmObjectives',
            'itemBases',
            'guidingPrinciples',
            'actionAreas',
            'partners',
            'status',
            'pledgedOn',
            'targetDate',
            'updates',
            'illustrative',
          ]
        : [
            'pledgeId',
            'city',
            'title',
            'description',
            'gcrAreas',
            'itemBases',
            'contributionType',
            'grfStatus',
            'status',
            'coSponsors',
            'actionAreas',
            'partners',
            'pledgedOn',
            'updates',
            'illustrative',
          ];
    sendCsv(res, { file: `${file}.csv`, columns, rows });
  });
}

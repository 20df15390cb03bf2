import type { Database } from '../src/db/database';
import { PledgeRepository } from '../src/graph/pledges.repo';
import type { PledgeFilter } from '../src/graph/pledges.types';
import { closeTestDb, openTestDb } from './support/db';

/**
 * `pledges(filter:)` without search, overdue or drafts is answered from the coverage index
 * (graph/derived/pledge-match.ts); pledges-matching.cypher, the graph walk it replaces there, is
 * the reference: same totals and same pages for a spread of filters, first pages and later ones.
 */
let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(() => closeTestDb(db));

const NONE: PledgeFilter = {
  actionArea: null,
  item: null,
  country: null,
  region: null,
  status: null,
  search: null,
  illustrative: null,
  overdue: null,
  lastForum: null,
  prevForum: null,
};
const FILTERS: Array<Partial<PledgeFilter>> = [
  {},
  { item: 'SDG-10.7' },
  { item: 'GCM-15', region: 'Europe' },
  { item: 'NUA-28' },
  { item: 'GCR-III.B.2.3' },
  { region: 'M49-150' },
  { country: 'CAN' },
  { actionArea: 'AA-4', status: 'IN_PROGRESS' },
  { illustrative: true, actionArea: 'AA-1' },
  { item: 'NUA-101' }, // named by pledges, reached by no action area's link
  { item: 'SDG-99.99' },
];

test.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('%s', async (_name, f) => {
  const filter = { ...NONE, ...f };
  const repo = new PledgeRepository(db);
  for (const [after, limit] of [
    [null, 0],
    [null, 5],
    [null, 101],
    ['madrid', 3],
  ] as const) {
    const [walked] = await db.read('pledges-matching', { ...filter, after, limit: limit + 1, draftIds: [] });
    const found = await repo.matching(filter, after, limit);
    const ids = (walked.pledges as Array<{ id: string }>).map((p) => p.id);
    expect([found.total, found.pledges.map((p) => p.id), found.more]).toEqual([
      Number(walked.total),
      ids.slice(0, limit),
      ids.length > limit,
    ]);
  }
});

test('the filters used find something on the seeded graph (the comparison is not of empty lists)', async () => {
  const repo = new PledgeRepository(db);
  for (const f of FILTERS.slice(0, -1))
    expect((await repo.matching({ ...NONE, ...f }, null, 5)).total).toBeGreaterThan(0);
});

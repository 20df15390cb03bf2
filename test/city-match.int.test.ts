import type { Database } from '../src/db/database';
import { type CityFilter, CityRepository } from '../src/graph/cities.repo';
import { closeTestDb, openTestDb } from './support/db';
import { NO_CITY_FILTER } from './support/filters';

/**
 * `cities(filter: {item})` (with a country or region or not) is answered from the coverage index
 * (graph/derived/city-match.ts); cities-matching.cypher, the walk it replaces there, is the reference.
 */
let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(() => closeTestDb(db));

const NONE: CityFilter = NO_CITY_FILTER;
const FILTERS: Array<Partial<CityFilter>> = [
  { item: 'SDG-10.7' },
  { item: 'GCM-15', region: 'Europe' },
  { item: 'GCM-15', region: 'M49-150' },
  { item: 'NUA-101' }, // named by pledges, reached by no action area's link
  { item: 'GCR-III.B.2.3', country: 'CAN' },
  { item: 'SDG-99.99' },
];

test.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('%s', async (_name, f) => {
  const filter = { ...NONE, ...f };
  const repo = new CityRepository(db);
  for (const [after, limit] of [
    [null, 3],
    [null, 101],
    ['madrid', 2],
  ] as const) {
    const [walked] = await db.read('cities-matching', { ...filter, searchSlug: null, after, limit, draftIds: [] });
    const found = await repo.matching(filter, after, limit);
    expect([found.total, found.cities.map((c) => c.id)]).toEqual([
      Number(walked.total),
      (walked.cities as Array<{ id: string }>).map((c) => c.id),
    ]);
  }
});

test('with no filter, cities-page.cypher answers as the walk does (count, pages, records)', async () => {
  const repo = new CityRepository(db);
  for (const [after, limit] of [
    [null, 0],
    [null, 7],
    [null, 101],
    ['madrid', 5],
    ['zzz', 5],
  ] as const) {
    const [walked] = await db.read('cities-matching', { ...NONE, searchSlug: null, after, limit, draftIds: [] });
    const found = await repo.matching(NONE, after, limit);
    const records = (walked.cities as Array<Record<string, unknown>>).map((c) => ({ ...c, typename: 'City' }));
    expect([found.total, found.cities]).toEqual([Number(walked.total), records]);
  }
  expect((await repo.matching(NONE, null, 7)).cities).toHaveLength(7);
});

test('the filters used find cities on the seeded graph (the comparison is not of empty lists)', async () => {
  const repo = new CityRepository(db);
  for (const f of FILTERS.slice(0, -1))
    expect((await repo.matching({ ...NONE, ...f }, null, 5)).total).toBeGreaterThan(0);
});

import { cypher } from '../src/db/cypher';
import type { Database } from '../src/db/database';
import { type CityFilter, CityRepository } from '../src/graph/cities.repo';
import { importPledges } from '../src/graph/pledges/import';
import { slug } from '../src/graph/pledges/slug';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';
import { NO_CITY_FILTER } from './support/filters';

/**
 * `cities(filter: {search})` finds names (case ignored) and ids (as slugs) through TEXT indexes on
 * the cities' nameKey and id (cities-matching.cypher). The reference is every city read back and
 * matched here, so a key that is missing or stale shows up as a city not found.
 */
let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(async () => {
  await removeTestData(db);
  await closeTestDb(db);
});

const NONE: CityFilter = NO_CITY_FILTER;

async function allCities(): Promise<Array<{ id: string; name: string; country: string }>> {
  const rows = await db.runText('MATCH (c:City) RETURN c.id AS id, c.name AS name, c.countryCode AS country');
  return rows.map((r) => ({ id: String(r.id), name: String(r.name), country: String(r.country) }));
}

test.each([
  ['mont', null],
  ['MONTRÉAL', null],
  ['bogota', null], // no accent: found by its id's slug
  ['São', null],
  ['ZÜRICH', null],
  ['an', null],
  ['an', 'CAN'],
  ['-ca', null],
  ['no such city', null],
])('search %j (country %s) finds what matching every city finds', async (search, country) => {
  const everyCity = await allCities();
  const expected = everyCity
    .filter((c) => c.name.toLowerCase().includes(search.toLowerCase()) || c.id.includes(slug(search)))
    .filter((c) => country === null || c.country === country)
    .map((c) => c.id)
    .sort();
  const repo = new CityRepository(db);
  const found = await repo.matching({ ...NONE, search, country }, null, 500);
  expect(found.total).toBe(expected.length);
  expect(found.cities.map((c) => c.id)).toEqual(expected);
  const page = await repo.matching({ ...NONE, search, country }, expected[0] ?? null, 2);
  expect(page.cities.map((c) => c.id)).toEqual(expected.slice(1, 3));
});

test('an imported city is found by its name at once; a city written by hand once its key is filled in', async () => {
  const repo = new CityRepository(db);
  const result = await importPledges(db, [
    {
      line: 2,
      fields: {
        id: 'test-search-2024-1',
        city: 'Test Ĉitysearch Town',
        country: 'CAN',
        title: 'A pledge whose city is new',
        actionAreas: 'AA-1',
        status: 'PLEDGED',
        pledgedOn: '2024-01-01',
        illustrative: 'true',
      },
    },
  ]);
  expect(result.rejected).toBe(false);
  const imported = await repo.matching({ ...NONE, search: 'ĈITYSEARCH TOWN' }, null, 10);
  expect(imported.cities.map((c) => c.name)).toEqual(['Test Ĉitysearch Town']);
  // Its id alone would match that search too: the key itself is what the importer must write.
  const [keyed] = await db.runText("MATCH (c:City {name: 'Test Ĉitysearch Town'}) RETURN c.nameKey AS key");
  expect(keyed.key).toBe('test ĉitysearch town');

  await db.runText(
    `MATCH (co:Country {id: 'CAN'})
     CREATE (:City {id: 'test-byhand-ca', name: 'Test Hàndmade', countryCode: 'CAN', illustrative: true})-[:IN_COUNTRY]->(co)`,
  );
  const search = { ...NONE, search: 'HÀNDMADE' };
  expect((await repo.matching(search, null, 10)).total).toBe(0);
  await db.runText(cypher('city-name-keys'));
  expect((await repo.matching(search, null, 10)).cities.map((c) => c.id)).toEqual(['test-byhand-ca']);
});

test('with a search, no city is visited outside the index seeks (the plan scans no City label)', async () => {
  const session = db.driver.session({ database: db.name });
  try {
    const params = { ...NONE, search: 'mont', searchSlug: 'mont', after: null, limit: 10, draftIds: [] };
    const res = await session.run(`PROFILE ${cypher('cities-matching')}`, params);
    const ops: Array<{ type: string; rows: number }> = [];
    const walk = (p: { operatorType: string; rows: number; children: unknown[] }) => {
      ops.push({ type: p.operatorType.replace(/@.*/, ''), rows: Number(p.rows) });
      for (const c of p.children) walk(c as typeof p);
    };
    walk(res.summary.profile as unknown as { operatorType: string; rows: number; children: unknown[] });
    expect(ops.filter((o) => o.type === 'NodeIndexContainsScan')).toHaveLength(2);
    expect(ops.filter((o) => o.type === 'NodeByLabelScan' || o.type === 'AllNodesScan').map((o) => o.rows)).toEqual([
      0,
    ]);
  } finally {
    await session.close();
  }
});

import type { Database } from '../src/db/database';
import { type App, createApp } from '../src/server/app';
import { closeTestDb, openTestDb } from './support/db';
import { run } from './support/gql';

/**
 * `pledge(id)` asking for partners or reports reads them with the pledge (pledges-by-ids.cypher)
 * and primes their loaders; a list of pledges reads them through the loaders' own statements. Both
 * must give the same answer, for every seeded pledge that has partners or reports.
 */
let db: Database;
let app: App;
beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
});
afterAll(async () => {
  await app.apollo.stop();
  await closeTestDb(db);
});

const FIELDS = 'id title city { id } partners { id name kind } reports { date forum status summary illustrative }';

test('partners and reports read with a pledge equal those its loaders read', async () => {
  const rows = await db.runText(
    `MATCH (p:Pledge) WHERE EXISTS { (p)-[:WITH_PARTNER]->() } OR EXISTS { (p)-[:HAS_REPORT]->() }
     RETURN p.id AS id ORDER BY id`,
  );
  const ids = rows.map((r) => String(r.id));
  expect(ids.length).toBeGreaterThan(5);
  const listed = await run(app, db, `{ pledges(first: 100) { edges { node { ${FIELDS} } } } }`);
  expect(listed.errors).toBeUndefined();
  const byLoaders = new Map(
    ((listed.data as any).pledges.edges as Array<{ node: { id: string } }>).map((e) => [e.node.id, e.node]),
  );
  let withBoth = 0;
  for (const id of ids) {
    const alone = await run(app, db, `query($id: ID!) { pledge(id: $id) { ${FIELDS} } }`, { id });
    expect(alone.errors).toBeUndefined();
    const page = (alone.data as any).pledge;
    // The seeded pledges (95) all fit on the list's one page.
    expect(byLoaders.has(id)).toBe(true);
    expect(page).toEqual(byLoaders.get(id));
    if (page.partners.length > 0 && page.reports.length > 0) withBoth += 1;
  }
  expect(withBoth).toBeGreaterThan(0);
});

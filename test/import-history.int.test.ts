import type { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import { parseCsv } from '../src/graph/pledges/records';
import { createApp, type App } from '../src/server/app';
import { closeTestDb, openTestDb } from './support/db';
import { addTestCities, CITIES, removeRegistryTestData, runAs } from './support/registry';

let db: Database;
let app: App;
beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
  await removeRegistryTestData(db);
  await addTestCities(db);
});
afterAll(async () => {
  await removeRegistryTestData(db);
  await app.apollo.stop();
  await closeTestDb(db);
});

const HEADER = 'id,city,country,cities,title,actionAreas,status,pledgedOn';
const file = (title: string, cities: string) =>
  parseCsv(`${HEADER}\ntest-histville-ca-2024-1,Test Histville,CAN,${cities},${title},AA-2,PLEDGED,2024-04-01\n`);
const Q = `{ pledge(id: "test-histville-ca-2024-1") {
  version city { id } cities { id } history { actor action changes { field from to } } } }`;

describe('imports and seeding keep history and versions', () => {
  it('records the import as the actor, bumps versions only on change, and links joint cities', async () => {
    const first = await importPledges(db, file('Test shared jobs desk', `${CITIES[0]};${CITIES[1]}`));
    expect(first).toMatchObject({ written: 1, rejected: false });
    let p = (await runAs(app, db, null, Q)).data.pledge;
    expect(p.version).toBe(1);
    expect(p.city.id).toBe('test-histville-ca');
    expect(p.cities.map((c: any) => c.id)).toEqual(['test-histville-ca', CITIES[0], CITIES[1]]);
    expect(p.history).toHaveLength(1);
    expect(p.history[0]).toMatchObject({ actor: 'import', action: 'SUBMITTED' });
    expect(p.history[0].changes).toContainEqual({
      field: 'cities',
      from: null,
      to: `test-histville-ca;${CITIES[0]};${CITIES[1]}`,
    });

    await importPledges(db, file('Test shared jobs desk', `${CITIES[0]};${CITIES[1]}`));
    expect((await runAs(app, db, null, Q)).data.pledge.version).toBe(1);

    await importPledges(db, file('Test shared jobs desks', CITIES[0]));
    p = (await runAs(app, db, null, Q)).data.pledge;
    expect(p.version).toBe(2);
    expect(p.cities.map((c: any) => c.id)).toEqual(['test-histville-ca', CITIES[0]]);
    expect(p.history[1]).toEqual({
      actor: 'import',
      action: 'UPDATED',
      changes: [
        { field: 'title', from: 'Test shared jobs desk', to: 'Test shared jobs desks' },
        { field: 'cities', from: `test-histville-ca;${CITIES[0]};${CITIES[1]}`, to: `test-histville-ca;${CITIES[0]}` },
      ],
    });
    const beta = await runAs(app, db, null, `{ city(id: "${CITIES[1]}") { pledges { totalCount } } }`);
    expect(beta.data.city.pledges.totalCount).toBe(0);
  });

  it('rejects a joint city that does not exist, writing nothing', async () => {
    const r = await importPledges(db, file('Test nowhere', 'test-nowhere-xx'));
    expect(r.rejected).toBe(true);
    expect(r.errors).toEqual([{ line: 2, field: 'cities', message: 'unknown city id "test-nowhere-xx"' }]);
  });

  it('gives seeded pledges a history with the actor "seed"', async () => {
    const r = await runAs(app, db, null, '{ pledge(id: "montreal-ca-2019-1") { version history { actor action } } }');
    expect(r.data.pledge.history[0]).toEqual({ actor: 'seed', action: 'SUBMITTED' });
  });
});

import type { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import { createApp, type App } from '../src/server/app';
import { UncoveredGcmObjectivesDocument } from './generated/operations';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';
import { run } from './support/gql';

let db: Database;
let app: App;
beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false, responseCache: true });
});
afterAll(async () => {
  await removeTestData(db);
  await app.apollo.stop();
  await closeTestDb(db);
});

const COVERAGE = 'query { coverage(framework: GCM) { item { id } pledgeCount } }';
const gcm23 = (data: unknown) =>
  (data as { coverage: Array<{ item: { id: string }; pledgeCount: number }> }).coverage.find(
    (r) => r.item.id === 'GCM-23',
  )?.pledgeCount;

describe('response cache keyed on the graph version', () => {
  it('answers a repeated query with one version read, and a write makes the next answer fresh', async () => {
    const first = await run(app, db, COVERAGE);
    const before = db.roundTrips;
    const again = await run(app, db, COVERAGE);
    expect(db.roundTrips - before).toBe(1);
    expect(again).toEqual(first);

    await importPledges(db, [
      {
        line: 1,
        fields: {
          city: 'Test Cacheville',
          country: 'CAN',
          title: 'Test Cacheville pledge',
          actionAreas: ['AA-1'],
          frameworkItems: ['GCM-23'],
          status: 'PLEDGED',
          pledgedOn: '2022-05-01',
          illustrative: true,
        },
      },
    ]);
    const after = await run(app, db, COVERAGE);
    expect(gcm23(after.data)).toBe((gcm23(first.data) ?? 0) + 1);
  });

  it('never caches an answer with errors', async () => {
    const bad = '{ peers(cityId: "test-nowhere", first: 1) { score } }';
    const before = db.roundTrips;
    expect((await run(app, db, bad)).errors).toBeDefined();
    const firstCost = db.roundTrips - before;
    const mid = db.roundTrips;
    expect((await run(app, db, bad)).errors).toBeDefined();
    expect(db.roundTrips - mid).toBe(firstCost);
    expect((await run(app, db, UncoveredGcmObjectivesDocument, {})).errors).toBeUndefined();
  });
});

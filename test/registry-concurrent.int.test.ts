import { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import { RegistryWriter } from '../src/graph/registry/write';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';
import { staleCities, staleItems } from './support/derived-check';

// Every registry write takes its cities (in id order) and then the graph version before it writes
// (src/graph/registry/write-steps.ts). Officers of neighbouring cities writing joint pledges at once
// then wait their turn instead of deadlocking: before, six of them met 6-9 deadlocks in 48
// transactions, each retried by the driver after about a second.
let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(async () => {
  await removeTestData(db);
  await closeTestDb(db);
});

const OFFICERS = 6;
const ROUNDS = 3;
const cityId = (c: number) => `test-crowdville-${c}-ca`;
const AREAS = ['AA-1', 'AA-2', 'AA-4', 'AA-6'];
const ITEMS = ['GCM-15', 'GCM-16', 'SDG-10.7', 'NUA-28', 'GCR-III.B.2.1'];

describe('registry writes of neighbouring cities at once', () => {
  it('wait their turn: no transaction is retried, and every write is kept', async () => {
    const cities = Array.from({ length: OFFICERS }, (_, c) => ({
      line: c + 2,
      fields: {
        id: `test-crowd-${c}`,
        city: `Test Crowdville ${c}`,
        country: 'CAN',
        title: `Crowd pledge ${c}`,
        actionAreas: 'AA-1',
        status: 'PLEDGED',
        pledgedOn: '2022-01-01',
        illustrative: 'true',
      },
    }));
    expect(await importPledges(db, cities)).toMatchObject({ written: OFFICERS, rejected: false });
    const writer = new RegistryWriter(db);
    const curator = { name: 'test-curator', role: 'CURATOR' as const, cities: [] };
    const retriedBefore = db.retriedTransactions;
    // Each officer's pledges name its city and the next (the last wraps to the first): a ring, where
    // cities locked in the order given would wait on each other all the way round.
    const written = await Promise.all(
      Array.from({ length: OFFICERS }, async (_, c) => {
        const ids: string[] = [];
        for (let k = 0; k < ROUNDS; k++) {
          const p = await writer.submit(curator, {
            cityIds: [cityId(c), cityId((c + 1) % OFFICERS)],
            title: `Test crowd joint pledge ${c}-${k}`,
            actionAreas: [AREAS[k % AREAS.length]],
            frameworkItems: [ITEMS[(c + k) % ITEMS.length]],
            pledgedOn: '2024-01-10',
          });
          const q = await writer.update(curator, p.id, Number(p.version), {
            frameworkItems: [ITEMS[(c + k + 1) % ITEMS.length]],
          });
          await writer.addReport(curator, q.id, {
            date: '2026-05-01',
            forum: 'IMRF',
            status: 'IN_PROGRESS',
            summary: 'Under way.',
          });
          ids.push(p.id);
        }
        return ids;
      }),
    );
    expect(db.retriedTransactions - retriedBefore).toBe(0);
    const ids = written.flat();
    const [kept] = await db.runText(
      `MATCH (p:Pledge)-[:HAS_EVENT]->(e:PledgeEvent) WHERE p.id IN $ids
       WITH p, collect(e.action) AS actions WHERE size(actions) = 3 AND p.version = 3
         AND size([(p)<-[:MADE]-(:City) | 1]) = 2
       RETURN count(p) AS n`,
      { ids },
    );
    expect(Number(kept.n)).toBe(OFFICERS * ROUNDS);
    expect(await staleItems(db)).toEqual([]);
    expect(await staleCities(db)).toEqual([]);
  });
});

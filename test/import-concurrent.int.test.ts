import { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import type { SourceRecord } from '../src/graph/pledges/records';
import { RegistryWriter } from '../src/graph/registry/write';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';
import { staleCities, staleItems } from './support/derived-check';

// The importer holds two write transactions at once (src/graph/registry/batch-order.ts). Registry
// writes through the API may meet both: any wait between them must be a Neo4j lock wait, never a
// wait in Node that Neo4j cannot see, and both take their locks in one order (no deadlock).
let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(async () => {
  await removeTestData(db);
  await closeTestDb(db);
});

// Batches hold a few cities each (as in a real import, where a city's rows share a batch); six
// officers write for the first six cities meanwhile.
const CITIES = 60;
const WRITERS = 6;
const ROWS = 600;
const cityName = (c: number) => `Test Busyville ${c}`;
const cityId = (c: number) => `test-busyville-${c}-ca`;
const AREAS = ['AA-1', 'AA-2', 'AA-4', 'AA-6'];
const ITEMS = ['GCM-15', 'GCM-16', 'SDG-10.7', 'NUA-28', 'GCR-III.B.2.1'];

const record = (n: number, city: number, round: number): SourceRecord => ({
  line: n + 2,
  fields: {
    id: `test-busy-${n}`,
    city: cityName(city),
    country: 'CAN',
    title: `Busy pledge ${n}, round ${round}`,
    actionAreas: AREAS[(n + round) % AREAS.length],
    frameworkItems: ITEMS[(n + round) % ITEMS.length],
    status: 'PLEDGED',
    pledgedOn: '2022-01-01',
    illustrative: 'true',
  },
});

describe('registry writes while an import runs', () => {
  it('both finish, every write is kept, and the derived counts stay exact', async () => {
    // Registry writes name existing cities: the first import creates them and pledges to change later.
    const first = Array.from({ length: CITIES }, (_, n) => record(n, n, 0));
    expect(await importPledges(db, first)).toMatchObject({ written: CITIES, rejected: false });

    // The import changes the first pledges' links and adds new ones, for the cities written below.
    const rows = Array.from({ length: ROWS }, (_, n) => record(n, n % CITIES, 1));
    // When each batch committed, and when each registry write began and ended.
    const commits: number[] = [];
    const spans: Array<[number, number]> = [];
    const retriedBefore = db.retriedTransactions;
    let importing = true;
    const imported = importPledges(db, rows, { batchSize: 20, progress: () => commits.push(performance.now()) });
    const ended = () => {
      importing = false;
    };
    imported.then(ended, ended);
    const writer = new RegistryWriter(db);
    const curator = { name: 'test-curator', role: 'CURATOR' as const, cities: [] };
    // Each officer submits joint pledges with the next city and edits them until the import ends.
    const edits = Array.from({ length: WRITERS }, async (_, c) => {
      const ids: string[] = [];
      for (let k = 0; k < 3 || (importing && k < 40); k++) {
        const start = performance.now();
        const p = await writer.submit(curator, {
          cityIds: [cityId(c), cityId((c + 1) % WRITERS)],
          title: `Test joint pledge ${c}-${k}`,
          actionAreas: [AREAS[k % AREAS.length]],
          frameworkItems: [ITEMS[(c + k) % ITEMS.length]],
          pledgedOn: '2024-01-10',
        });
        await writer.update(curator, p.id, Number(p.version), { frameworkItems: [ITEMS[(c + k + 1) % ITEMS.length]] });
        spans.push([start, performance.now()]);
        ids.push(p.id);
      }
      return ids;
    });
    const [result, ...submitted] = await Promise.all([imported, ...edits]);

    expect(result).toMatchObject({ written: ROWS, rejected: false });
    // Batches and registry writes lock cities, then the graph version, then items, in that order:
    // neither ever waits for what the other holds, so Neo4j never refused one as a deadlock.
    expect(db.retriedTransactions - retriedBefore).toBe(0);
    // Some registry write was under way while batches committed (else this test proves nothing).
    expect(commits.length).toBeGreaterThan(1);
    expect(spans.some(([start, end]) => start < (commits.at(-1) ?? 0) && end > commits[0])).toBe(true);
    const ids = submitted.flat();
    const [edited] = await db.runText(
      `MATCH (p:Pledge)-[:HAS_EVENT]->(e:PledgeEvent {action: 'UPDATED'}) WHERE p.id IN $ids
       RETURN count(DISTINCT p) AS n, collect(DISTINCT toString(p.version)) AS versions`,
      { ids },
    );
    expect(Number(edited.n)).toBe(ids.length);
    expect(edited.versions).toEqual(['2']);
    // Every imported row is stored as its last round wrote it, with its links.
    const [stored] = await db.runText(
      `MATCH (c:City)-[:MADE]->(p:Pledge)-[:IN_AREA]->(:ActionArea) WHERE p.id STARTS WITH 'test-busy-'
       AND p.title ENDS WITH 'round 1' AND (p)-[:DECLARES]->() RETURN count(DISTINCT p) AS n`,
    );
    expect(Number(stored.n)).toBe(ROWS);
    expect(await staleItems(db)).toEqual([]);
    expect(await staleCities(db)).toEqual([]);
  });
});

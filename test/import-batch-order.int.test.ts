import { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import type { SourceRecord } from '../src/graph/pledges/records';
import { cityId } from '../src/graph/pledges/slug';
import { bucketOf } from '../src/graph/pledges/spill';
import { writeImportBatch } from '../src/graph/registry/write-import';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';
import { pledgeRow } from './support/rows';

// The importer overlaps each batch's transaction with the previous one's commit
// (src/graph/pledges/write-spilled.ts, src/graph/registry/batch-order.ts).
let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(async () => {
  await db.runText("MATCH (e:PledgeEvent) WHERE e.id STARTS WITH 'test-order-' DETACH DELETE e");
  await removeTestData(db);
  await closeTestDb(db);
});

const CITIES = 8;
const record = (n: number, city: number): SourceRecord => ({
  line: n + 2,
  fields: {
    id: `test-order-${n}`,
    city: `Test Orderville ${city}`,
    country: 'CAN',
    title: `Ordered pledge ${n}`,
    actionAreas: 'AA-2',
    frameworkItems: 'GCM-16',
    status: 'PLEDGED',
    pledgedOn: '2022-01-01',
    illustrative: 'true',
  },
});

const stored = async (prefix: string) => {
  const [{ n }] = await db.runText('MATCH (p:Pledge) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n', { prefix });
  return Number(n);
};

describe('import batches overlapping each other', () => {
  it('writes every batch whole: links, history event and version stamp, as one batch at a time would', async () => {
    const rows = Array.from({ length: 24 }, (_, n) => record(100 + n, n % CITIES));
    const result = await importPledges(db, rows, { batchSize: 3 });
    expect(result).toMatchObject({ written: 24, rejected: false });
    const [{ linked }] = await db.runText(
      `MATCH (c:City)-[:MADE]->(p:Pledge)-[:IN_AREA]->(:ActionArea {id: 'AA-2'}), (p)-[:DECLARES]->(:FrameworkItem {id: 'GCM-16'}),
             (p)-[:HAS_EVENT]->(:PledgeEvent {action: 'SUBMITTED'}), (c)-[:IN_COUNTRY]->(:Country {id: 'CAN'})
       WHERE p.id STARTS WITH 'test-order-1' AND p.reachVersion IS NOT NULL RETURN count(DISTINCT p) AS linked`,
    );
    expect(Number(linked)).toBe(24);
  });

  it('stops at a batch that fails: the batches before it stay, none after it is written', async () => {
    const rows = Array.from({ length: 24 }, (_, n) => record(200 + n, n % CITIES));
    // Batches follow the spill's buckets in order: the city in the last bucket is written last.
    const buckets = Math.ceil((rows.length * 1.25) / 3);
    const bucket = (c: number) => bucketOf(cityId(`Test Orderville ${c}`, 'ca'), buckets);
    const last = [...Array(CITIES).keys()].reduce((a, c) => (bucket(c) > bucket(a) ? c : a), 0);
    // An event already holding the id that city's first new pledge's event takes: that CREATE fails.
    await db.runText('CREATE (:PledgeEvent {id: $id})', { id: `test-order-${200 + last}-v1` });
    const progress: number[] = [];
    await expect(importPledges(db, rows, { batchSize: 3, progress: (done) => progress.push(done) })).rejects.toThrow(
      /already exists/,
    );
    const written = await stored('test-order-2');
    expect(written).toBe(progress.at(-1));
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(rows.length - 2);
    expect(await stored(`test-order-${200 + last}`)).toBe(0);
  });

  it('rolls a batch back when the batch before it failed', async () => {
    const row = pledgeRow('test-order-300', 'test-orderville-0-ca', {
      cityName: 'Test Orderville 0',
      title: 'After a failed batch',
      actionAreas: ['AA-2'],
    });
    const [{ v: before }] = await db.runText("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS v");
    const after = Promise.reject(new Error('the batch before'));
    after.catch(() => undefined);
    await expect(writeImportBatch(db, [row], 'import', undefined, undefined, { after })).rejects.toThrow(
      /an earlier batch of this import failed/,
    );
    expect(await stored('test-order-300')).toBe(0);
    const [{ v }] = await db.runText("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS v");
    expect(v).toEqual(before);
  });
});

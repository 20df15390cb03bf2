import { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import type { SourceRecord } from '../src/graph/pledges/records';
import { RegistryWriter } from '../src/graph/registry/write';
import { graphCounts } from '../src/graph/seed/load';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';

let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(async () => {
  await removeTestData(db);
  await closeTestDb(db);
});

const record = (n: number, fields: Record<string, unknown> = {}): SourceRecord => ({
  line: n + 1,
  fields: {
    id: `test-stream-${n}`,
    city: `Test Streamville ${n % 7}`,
    country: 'CAN',
    title: `Streamed pledge ${n}`,
    actionAreas: 'AA-1',
    frameworkItems: n % 2 === 0 ? 'GCM-16' : '',
    status: 'PLEDGED',
    pledgedOn: '2022-01-01',
    illustrative: 'true',
    ...fields,
  },
});

/** A source read lazily, as a file is: counts the passes and how many records each has handed out. */
function countingSource(n: number, bad?: number) {
  const yielded: number[] = [];
  const open = async function* () {
    const pass = yielded.push(0) - 1;
    for (let i = 1; i <= n; i++) {
      yielded[pass] += 1;
      yield i === bad ? record(i, { actionAreas: 'AA-9' }) : record(i);
    }
  };
  return { open, yielded };
}

describe('streaming pledge import', () => {
  it('reads the source once, lazily, batch by batch, and writes batches no larger than asked', async () => {
    const batchSize = 40;
    const { open, yielded } = countingSource(300);
    const readAhead: number[] = [];
    const written: number[] = [];
    const result = await importPledges(db, open, {
      batchSize,
      validated: (n) => readAhead.push(yielded[0] - n),
      progress: (done) => written.push(done),
    });
    expect(result).toMatchObject({ records: 300, written: 300, errorCount: 0, rejected: false });
    expect(yielded).toEqual([300]);
    // Validation keeps pace with reading: the source is never read ahead of the batch being checked.
    expect(readAhead).toEqual(Array(Math.ceil(300 / batchSize)).fill(0));
    expect(written.at(-1)).toBe(300);
    expect(written.every((w, k) => w - (written[k - 1] ?? 0) <= batchSize)).toBe(true);
    const [{ n }] = await db.runText("MATCH (p:Pledge) WHERE p.id STARTS WITH 'test-stream-' RETURN count(p) AS n");
    expect(Number(n)).toBe(300);
  });

  it('rejects the file for a bad row in its last batch and leaves the graph unchanged', async () => {
    const before = await graphCounts(db);
    const { open, yielded } = countingSource(130, 125);
    const result = await importPledges(
      db,
      async function* () {
        for await (const r of open()) yield { ...r, fields: { ...r.fields, id: `test-stream-bad-${r.line}` } };
      },
      { batchSize: 40 },
    );
    expect(result).toMatchObject({ rejected: true, written: 0, errorCount: 1, invalidRows: 1 });
    expect(result.errors).toEqual([expect.objectContaining({ line: 126, field: 'actionAreas' })]);
    expect(yielded).toEqual([130]);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('finds a duplicate id in another batch than its first row', async () => {
    const records = [record(1001), record(1002), record(1003), { ...record(1004), fields: record(1001).fields }];
    const result = await importPledges(db, records, { batchSize: 2 });
    expect(result.rejected).toBe(true);
    expect(result.errors).toEqual([
      { line: 1005, field: 'id', message: 'duplicate pledge id "test-stream-1001" (first on line 1002)' },
    ]);
  });

  it("refuses a row with a registry draft's id, naming line and id, and creates no second node", async () => {
    await db.runText(
      `MERGE (c:City {id: 'test-draftville-ca'}) SET c.name = 'Test Draftville', c.countryCode = 'CAN'
       CREATE (c)-[:MADE]->(:DraftPledge {id: 'test-stream-draft', status: 'DRAFT', title: 'A draft', version: 1})`,
    );
    const rows = [record(2001), { ...record(2002), fields: { ...record(2002).fields, id: 'test-stream-draft' } }];
    const rejected = await importPledges(db, rows);
    expect(rejected.rejected).toBe(true);
    expect(rejected.errors).toEqual([
      expect.objectContaining({ line: 2003, field: 'id', message: expect.stringMatching(/draft pledge/) }),
    ]);
    const skipped = await importPledges(db, rows, { skipInvalid: true });
    expect(skipped).toMatchObject({ written: 1, invalidRows: 1 });
    const nodes = await db.runText("MATCH (n {id: 'test-stream-draft'}) RETURN labels(n) AS labels");
    expect(nodes).toEqual([{ labels: ['DraftPledge'] }]);
  });

  it('skips an unchanged row on its stored hash, but not once the API changed the pledge', async () => {
    const rows = [record(3001)];
    await importPledges(db, rows);
    const id = 'test-stream-3001';
    const state = async () =>
      (
        await db.runText(
          `MATCH (p:Pledge {id: $id}) RETURN p.status AS status, p.version AS version,
             COLLECT { MATCH (p)-[:HAS_EVENT]->(e) RETURN e.actor + ' ' + e.action ORDER BY e.version } AS events`,
          { id },
        )
      )[0];
    await importPledges(db, rows);
    expect(await state()).toEqual({ status: 'PLEDGED', version: 1, events: ['import SUBMITTED'] });
    const admin = { name: 'test admin', role: 'ADMIN' as const, cities: [] };
    await new RegistryWriter(db).setStatus(admin, id, 1, 'IN_PROGRESS');
    // The file still says PLEDGED: re-importing it must undo the API's change, as it did before hashes.
    await importPledges(db, rows);
    expect(await state()).toEqual({
      status: 'PLEDGED',
      version: 3,
      events: ['import SUBMITTED', 'test admin STATUS_CHANGED', 'import UPDATED'],
    });
  });
});

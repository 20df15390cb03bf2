import type { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import type { Phases } from '../src/graph/pledges/phases';
import type { SourceRecord } from '../src/graph/pledges/records';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';

let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterEach(async () => {
  await removeTestData(db);
});
afterAll(async () => {
  await closeTestDb(db);
});

// Small batches, so a file spans several and a batch's stored-state read overlaps the next batch.
const batchSize = 4;

const record = (n: number, fields: Record<string, unknown> = {}): SourceRecord => ({
  line: n + 1,
  fields: {
    id: `test-reimport-${n}`,
    city: `Test Reimportville ${n % 3}`,
    country: 'CAN',
    title: `Re-imported pledge ${n}`,
    actionAreas: 'AA-2',
    frameworkItems: n % 2 === 0 ? 'GCM-16' : '',
    status: 'PLEDGED',
    pledgedOn: '2023-05-01',
    illustrative: 'true',
    ...fields,
  },
});
const file = (n: number) => Array.from({ length: n }, (_, k) => record(k + 1));

/** Each test pledge's version, its events (actor, action, changed fields) and its flag, by id. */
async function pledges(): Promise<Record<string, unknown>> {
  const rows = await db.runText(
    `MATCH (p:Pledge) WHERE p.id STARTS WITH 'test-reimport-'
     RETURN p.id AS id, p.version AS version, p.illustrative AS illustrative,
       COLLECT { MATCH (p)-[:HAS_EVENT]->(e) RETURN e.actor + ' ' + e.action + ' ' + coalesce(e.changes, '')
                 ORDER BY e.version } AS events`,
  );
  return Object.fromEntries(
    rows.map((r) => [r.id, { version: r.version, illustrative: r.illustrative, events: r.events }]),
  );
}

async function graphVersion(): Promise<number> {
  const [row] = await db.runText("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version");
  return Number(row.version);
}

describe('re-import', () => {
  it('of an unchanged file hands nothing to the writer: no version, no event, graph version unchanged', async () => {
    expect(await importPledges(db, file(10), { batchSize })).toMatchObject({ written: 10, unchanged: 0 });
    const before = { pledges: await pledges(), version: await graphVersion() };
    const phases: Phases = {};
    const progress: number[] = [];
    const trips = db.roundTrips;
    const again = await importPledges(db, file(10), { batchSize, phases, progress: (done) => progress.push(done) });
    // The catalogue, then one read per batch of 4 (joint cities: none): nothing grows with the rows.
    expect(db.roundTrips - trips).toBe(1 + 3);
    expect(again).toMatchObject({ records: 10, written: 10, unchanged: 10, errorCount: 0, rejected: false });
    // Decided while validating: no write transaction was opened, not even to read the hashes again.
    expect(Object.keys(phases).filter((p) => p.startsWith('write') || p.startsWith('cypher'))).toEqual([]);
    expect(progress).toEqual([]);
    expect({ pledges: await pledges(), version: await graphVersion() }).toEqual(before);
  });

  it('of a file where a few rows changed writes exactly those, with their events and versions', async () => {
    await importPledges(db, file(12), { batchSize });
    const before = await pledges();
    const version = await graphVersion();
    const edited = file(13);
    edited[2] = record(3, { title: 'Re-imported pledge 3, retitled' });
    edited[9] = record(10, { illustrative: 'false' });
    const result = await importPledges(db, edited, { batchSize });
    expect(result).toMatchObject({ records: 13, written: 13, unchanged: 10, errorCount: 0 });
    const after = await pledges();
    const changes = JSON.stringify([
      { field: 'title', from: 'Re-imported pledge 3', to: 'Re-imported pledge 3, retitled' },
    ]);
    expect(after['test-reimport-3']).toEqual({
      version: 2,
      illustrative: true,
      events: [expect.stringMatching(/^import SUBMITTED /), `import UPDATED ${changes}`],
    });
    // The flag is not a tracked field: written, without a history event.
    expect(after['test-reimport-10']).toMatchObject({ illustrative: false, events: [expect.any(String)] });
    expect(after['test-reimport-13']).toMatchObject({
      version: 1,
      events: [expect.stringMatching(/^import SUBMITTED/)],
    });
    for (const n of [1, 2, 4, 5, 6, 7, 8, 9, 11, 12])
      expect(after[`test-reimport-${n}`]).toEqual(before[`test-reimport-${n}`]);
    expect(await graphVersion()).toBeGreaterThan(version);
  });

  it("still refuses a registry draft's id among unchanged rows, naming its line, and writes nothing", async () => {
    await importPledges(db, file(9), { batchSize });
    await db.runText(
      `MATCH (c:City {id: 'test-reimportville-0-ca'})
       CREATE (c)-[:MADE]->(:DraftPledge {id: 'test-reimport-draft', status: 'DRAFT', title: 'A draft', version: 1})`,
    );
    const before = { pledges: await pledges(), version: await graphVersion() };
    const rows = file(9);
    rows[1] = record(2, { title: 'Changed, but the file is refused' });
    rows[7] = record(8, { id: 'test-reimport-draft' });
    const rejected = await importPledges(db, rows, { batchSize });
    expect(rejected).toMatchObject({ rejected: true, errorCount: 1, written: 0, unchanged: 0 });
    expect(rejected.errors).toEqual([
      expect.objectContaining({ line: 9, field: 'id', message: expect.stringMatching(/draft pledge/) }),
    ]);
    expect({ pledges: await pledges(), version: await graphVersion() }).toEqual(before);
    const nodes = await db.runText("MATCH (n {id: 'test-reimport-draft'}) RETURN labels(n) AS labels");
    expect(nodes).toEqual([{ labels: ['DraftPledge'] }]);
  });

  it('with skipInvalid skips bad rows and drafts, writes the changed row and counts the unchanged ones', async () => {
    await importPledges(db, file(9), { batchSize });
    await db.runText(
      `MATCH (c:City {id: 'test-reimportville-0-ca'})
       CREATE (c)-[:MADE]->(:DraftPledge {id: 'test-reimport-draft', status: 'DRAFT', title: 'A draft', version: 1})`,
    );
    const rows = file(9);
    rows[1] = record(2, { status: 'COMPLETED' });
    rows[4] = record(5, { actionAreas: 'AA-9' });
    rows[7] = record(8, { id: 'test-reimport-draft' });
    const result = await importPledges(db, rows, { batchSize, skipInvalid: true });
    expect(result).toMatchObject({ rejected: false, records: 9, written: 7, unchanged: 6, invalidRows: 2 });
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([
      [6, 'actionAreas'],
      [9, 'id'],
    ]);
    const after = await pledges();
    expect(after['test-reimport-2']).toMatchObject({
      version: 2,
      events: [expect.any(String), expect.stringMatching(/^import UPDATED .*COMPLETED/)],
    });
    expect(after['test-reimport-5']).toMatchObject({ version: 1 });
  });

  it('gives up when the file fails midway, with the last batch still being checked, writing nothing', async () => {
    const before = await graphVersion();
    const failing = async function* () {
      yield* file(10);
      throw new Error('test: the disk went away');
    };
    await expect(importPledges(db, failing, { batchSize })).rejects.toThrow('the disk went away');
    expect(await pledges()).toEqual({});
    expect(await graphVersion()).toBe(before);
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import { parseCsv } from '../src/graph/pledges/records';
import { graphCounts } from '../src/graph/seed/load';
import { closeTestDb, openTestDb } from './support/db';
import { removeTestData } from './support/cleanup';

let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(async () => {
  await removeTestData(db);
  await closeTestDb(db);
});

const HEADER =
  'city,country,title,description,actionAreas,frameworkItems,status,pledgedOn,targetDate,partners,illustrative';
const good = [
  'Test Importville,CAN,Language classes,"Free classes, evenings",AA-2;AA-5,GCM-16;SDG-4.4,PLEDGED,2021-03-01,2023-12-31,iom,true',
  'Test Importville,CAN,Clinic access,,AA-4,,IN_PROGRESS,2021-03-02,,,true',
];
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('pledge import', () => {
  it.each([
    [
      'an unknown action area',
      'Test Badville,CAN,T,,AA-9,,PLEDGED,2021-01-01,,,true',
      'actionAreas',
      /unknown action area "AA-9"/,
    ],
    [
      'an unknown framework item',
      'Test Badville,CAN,T,,AA-1,GCM-99,PLEDGED,2021-01-01,,,true',
      'frameworkItems',
      /unknown framework item "GCM-99"/,
    ],
    ['a missing city', ',CAN,T,,AA-1,,PLEDGED,2021-01-01,,,true', 'city', /required/],
    ['a wrong type', 'Test Badville,CAN,T,,AA-1,,PLEDGED,first of May,,,true', 'pledgedOn', /must be a date/],
  ])(
    'rejects a file with %s, names line and field, and leaves the graph unchanged',
    async (_what, bad, field, message) => {
      const before = await graphCounts(db);
      const result = await importPledges(db, parseCsv(csv(good[0], bad, good[1])));
      expect(result.rejected).toBe(true);
      expect(result.written).toBe(0);
      expect(result.errors).toEqual([
        expect.objectContaining({ line: 3, field, message: expect.stringMatching(message) }),
      ]);
      expect(await graphCounts(db)).toEqual(before);
    },
  );

  it('with skipInvalid writes the valid rows and lists the rest', async () => {
    const result = await importPledges(
      db,
      parseCsv(csv(good[0], 'Test Badville,CAN,T,,AA-9,,PLEDGED,2021-01-01,,,true', good[1])),
      { skipInvalid: true },
    );
    expect(result.rejected).toBe(false);
    expect(result.written).toBe(2);
    expect(result.errors.map((e) => e.line)).toEqual([3]);
    const rows = await db.runText(`
      MATCH (c:City {id: 'test-importville-ca'})-[:MADE]->(p:Pledge)
      OPTIONAL MATCH (p)-[:DECLARES]->(i)
      RETURN p.title AS title, collect(i.id) AS items ORDER BY title`);
    expect(rows).toEqual([
      { title: 'Clinic access', items: [] },
      { title: 'Language classes', items: expect.arrayContaining(['GCM-16', 'SDG-4.4']) },
    ]);
    expect(await db.runText("MATCH (c:City {id: 'test-badville-ca'}) RETURN c")).toEqual([]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const records = parseCsv(csv(...good));
    await importPledges(db, records);
    const before = await graphCounts(db);
    const again = await importPledges(db, records);
    expect(again.written).toBe(2);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('the CLI prints file:line: field: message and exits 1, writing nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledges-'));
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, csv(good[0], 'Test Badville,CAN,T,,AA-1,,DONE,2021-01-01,,,true'));
    const run = spawnSync(process.execPath, [path.join(projectRoot(), 'dist', 'cli', 'import-pledges.js'), file], {
      env: process.env,
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(run.stderr).toContain(
      'bad.csv:3: status: must be one of PLEDGED, IN_PROGRESS, COMPLETED, SUSPENDED, WITHDRAWN (got "DONE")',
    );
    expect(run.stderr).toMatch(/rejected, nothing written: 1 error/);
    expect(run.status).toBe(1);
  });
});

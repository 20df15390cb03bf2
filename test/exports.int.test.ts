import { parseCsv } from '../src/graph/pledges/records';
import { importPledges } from '../src/graph/pledges/import';
import { validateRecords } from '../src/graph/pledges/validate';
import { readCatalogue } from '../src/graph/pledges/writer';
import type { App } from '../src/server/app';
import type { Database } from '../src/db/database';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';
import { run } from './support/gql';
import { download, listenApp, readCsv, unzip } from './support/http';

let db: Database;
let app: App;
let url: string;

const TEST_CSV = `id,city,country,title,description,actionAreas,frameworkItems,status,pledgedOn,targetDate,partners,illustrative
test-export-ville-fr-2024-1,Test Export Ville,FRA,"Guichet, accueil ""unique""","Logement; santé
et écoles",AA-4;AA-1,GCM-15;NUA-34,IN_PROGRESS,2024-06-03,2026-12-31,iom;unhcr,true
test-export-ville-fr-2024-2,Test Export Ville,FRA,Cours de langue,,AA-5,,PLEDGED,2024-07-01,,,false
`;

beforeAll(async () => {
  db = openTestDb();
  ({ app, url } = await listenApp(db));
  await removeTestData(db);
  const result = await importPledges(db, parseCsv(TEST_CSV));
  expect(result.errors).toEqual([]);
  // A draft, as the registry will write them: it must never leave the graph through a download.
  await db.runText(
    "MATCH (c:City {id: 'test-export-ville-fr'}) CREATE (c)-[:MADE]->(d:Pledge {id: 'test-export-ville-fr-draft', title: 'Secret draft', status: 'DRAFT', pledgedOn: '2024-08-01', cityId: c.id, illustrative: true}) WITH d MATCH (i:FrameworkItem {id: 'SDG-14.1'}) CREATE (d)-[:DECLARES]->(i)",
  );
});

afterAll(async () => {
  await removeTestData(db);
  await app.apollo.stop();
  await closeTestDb(db);
});

const relCount = async () =>
  Number((await db.runText('MATCH ()-[r]->() RETURN count(r) AS n'))[0].n) +
  Number((await db.runText('MATCH (n) RETURN count(n) AS n'))[0].n);

describe('CSV downloads', () => {
  it('crosswalk.csv holds every curated link with basis, rationale and verified', async () => {
    const { type, body } = await download(`${url}/export/crosswalk.csv`);
    expect(type).toMatch(/^text\/csv; charset=utf-8/);
    const rows = readCsv(body);
    const stored = await db.runText(
      'MATCH (a)-[l:ALIGNS_WITH]->(b) RETURN a.id AS from, b.id AS to, l.rationale AS rationale, l.verified AS verified',
    );
    expect(rows).toHaveLength(stored.length);
    const byPair = new Map(rows.map((r) => [`${r.from}|${r.to}`, r]));
    for (const s of stored) {
      const row = byPair.get(`${s.from}|${s.to}`);
      expect(row).toMatchObject({ basis: 'CURATED', rationale: s.rationale, verified: String(Boolean(s.verified)) });
    }
  });

  it('a city’s commitments.csv has the same rows as City.commitments in the API', async () => {
    for (const framework of ['SDG', 'GCM']) {
      const { type, body } = await download(`${url}/export/cities/montreal-ca/commitments.csv?framework=${framework}`);
      expect(type).toMatch(/^text\/csv/);
      const rows = readCsv(body);
      const api = await run<
        {
          city: {
            commitments: Array<{ item: { id: string }; basis: string; path: string[]; pledges: Array<{ id: string }> }>;
          };
        },
        { f: string }
      >(
        app,
        db,
        'query($f: FrameworkCode!) { city(id: "montreal-ca") { commitments(framework: $f) { item { id } basis path pledges { id } } } }',
        { f: framework },
      );
      const expected = api.data?.city.commitments ?? [];
      expect(expected.length).toBeGreaterThan(0);
      expect(rows.map((r) => [r.item, r.basis, r.path.split(';'), r.pledges.split(';')])).toEqual(
        expected.map((c) => [c.item.id, c.basis, c.path, c.pledges.map((p) => p.id)]),
      );
      expect(new Set(rows.map((r) => r.framework))).toEqual(new Set([framework]));
    }
  });

  it('rejects an unknown framework naming the field, and an unknown city with 404', async () => {
    const bad = await fetch(`${url}/export/cities/montreal-ca/commitments.csv?framework=XYZ`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', message: expect.stringMatching(/framework/) },
    });
    expect((await fetch(`${url}/export/cities/nowhere-xx/commitments.csv`)).status).toBe(404);
  });

  it('pledges.csv uses the import template, leaves drafts out, and re-imports without changing the graph', async () => {
    const first = await download(`${url}/export/pledges.csv`);
    expect(first.type).toMatch(/^text\/csv/);
    const text = first.body.toString('utf8');
    // The import template's columns (docs/pledge-import.md), in its order.
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFid,city,country,cities,lang,title,description,actionAreas,frameworkItems,status,pledgedOn,targetDate,partners,illustrative',
    );
    expect(text).not.toContain('Secret draft');
    const records = parseCsv(text);
    const publicCount = await db.runText(
      "MATCH (:City)-[:MADE]->(p:Pledge) WHERE p.status <> 'DRAFT' RETURN count(p) AS n",
    );
    expect(records).toHaveLength(Number(publicCount[0].n));
    // Every exported row passes the importer's own validation.
    expect(validateRecords(records, await readCatalogue(db)).errors).toEqual([]);
    // Our test rows survive the trip exactly: import what was exported, then export again.
    const ours = records.filter((r) => String(r.fields.id).startsWith('test-export-'));
    expect(ours.map((r) => r.fields.title)).toEqual(['Guichet, accueil "unique"', 'Cours de langue']);
    expect(ours[0].fields.description).toBe('Logement; santé\net écoles');
    const before = await relCount();
    expect((await importPledges(db, ours)).errors).toEqual([]);
    expect(await relCount()).toBe(before);
    const second = await download(`${url}/export/pledges.csv`);
    expect(second.body.equals(first.body)).toBe(true);
  });
});

describe('drafts', () => {
  it('never appear in linked data, review packs or a city’s description', async () => {
    expect((await fetch(`${url}/ld/test-export-ville-fr-draft`)).status).toBe(404);
    const city = (await (await fetch(`${url}/ld/test-export-ville-fr`)).json()) as { made: string[] };
    expect(city.made).toHaveLength(2);
    expect(city.made.join(' ')).not.toContain('draft');
    const pack = (await (await fetch(`${url}/export/review-pack/test-export-ville-fr?forum=IMRF`)).json()) as {
      pledges: Array<{ pledgeId: string }>;
    };
    expect(pack.pledges.map((p) => p.pledgeId)).toEqual(['test-export-ville-fr-2024-1', 'test-export-ville-fr-2024-2']);
    // The draft names SDG-14.1, which no public pledge of the city reaches.
    const commitments = readCsv((await download(`${url}/export/cities/test-export-ville-fr/commitments.csv`)).body);
    expect(commitments.length).toBeGreaterThan(0);
    expect(commitments.map((r) => r.item)).not.toContain('SDG-14.1');
    expect(commitments.some((r) => r.pledges.includes('draft'))).toBe(false);
  });
});

describe('all.zip', () => {
  it('holds every framework, the crosswalk, cities, pledges and reports as CSV, and a README', async () => {
    const { type, body } = await download(`${url}/export/all.zip`);
    expect(type).toBe('application/zip');
    const files = await unzip(body);
    expect([...files.keys()].sort()).toEqual(
      [
        'README.md',
        'frameworks.csv',
        'items-gcm.csv',
        'items-gcr.csv',
        'items-nua.csv',
        'items-sdg.csv',
        'action-areas.csv',
        'crosswalk.csv',
        'cities.csv',
        'pledges.csv',
        'progress-reports.csv',
      ].sort(),
    );
    const readme = files.get('README.md')?.toString('utf8') ?? '';
    expect(readme).toMatch(/Licence/);
    expect(readme).toMatch(/illustrative/);
    expect(readCsv(files.get('items-gcm.csv') as Buffer)).toHaveLength(23);
    expect(readCsv(files.get('items-sdg.csv') as Buffer)).toHaveLength(17 + 169);
    expect(readCsv(files.get('items-nua.csv') as Buffer)).toHaveLength(175);
    const sdg107 = readCsv(files.get('items-sdg.csv') as Buffer).find((r) => r.id === 'SDG-10.7');
    expect(sdg107).toMatchObject({ parent: 'SDG-10', uri: 'http://metadata.un.org/sdg/10.7' });
    expect(sdg107?.title_ar).not.toMatch(/\u0640/);
    const crosswalk = await download(`${url}/export/crosswalk.csv`);
    expect(files.get('crosswalk.csv')?.equals(crosswalk.body)).toBe(true);
    const pledges = readCsv(files.get('pledges.csv') as Buffer);
    expect(pledges.some((p) => p.id === 'test-export-ville-fr-draft')).toBe(false);
    const cities = readCsv(files.get('cities.csv') as Buffer);
    expect(cities.find((c) => c.id === 'test-export-ville-fr')).toMatchObject({ pledges: '2', country: 'FRA' });
    const reports = readCsv(files.get('progress-reports.csv') as Buffer);
    const stored = await db.runText('MATCH (:Pledge)-[:HAS_REPORT]->(r:ProgressReport) RETURN count(r) AS n');
    expect(reports).toHaveLength(Number(stored[0].n));
  });

  it('costs a fixed number of round trips whatever the data', async () => {
    const before = db.roundTrips;
    await download(`${url}/export/all.zip`);
    expect(db.roundTrips - before).toBeLessThanOrEqual(8);
  });
});

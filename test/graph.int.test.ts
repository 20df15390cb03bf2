import { Database } from '../src/db/database';
import { readSeeds } from '../src/graph/seed/files';
import { graphCounts, loadSeeds } from '../src/graph/seed/load';
import { importPledges } from '../src/graph/pledges/import';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';

let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(() => closeTestDb(db));

const count = async (cypher: string, params = {}) => Number((await db.runText(cypher, params))[0].n);

describe('the seeded knowledge graph', () => {
  it('holds the four frameworks whole', async () => {
    expect(await count('MATCH (i:GcmObjective) RETURN count(i) AS n')).toBe(23);
    expect(await count('MATCH (i:NuaParagraph) RETURN count(i) AS n')).toBe(175);
    expect(await count('MATCH (i:SdgGoal) RETURN count(i) AS n')).toBe(17);
    expect(await count('MATCH (i:SdgTarget) RETURN count(i) AS n')).toBe(169);
    expect(await count("MATCH (i:GcrSection) WHERE i.kind <> 'objective' RETURN count(i) AS n")).toBe(43);
    expect(await count("MATCH (i:GcrSection {kind: 'objective'}) RETURN count(i) AS n")).toBe(4);
    expect(await count('MATCH (a:ActionArea) RETURN count(a) AS n')).toBe(6);
    expect(await count('MATCH (s:RoadmapStep) RETURN count(s) AS n')).toBe(8);
  });

  it('numbers NUA paragraphs 1..175 and GCM objectives 1..23 without gaps', async () => {
    const nua = await db.runText('MATCH (i:NuaParagraph) RETURN collect(toInteger(i.code)) AS codes');
    expect([...(nua[0].codes as number[])].sort((a, b) => a - b)).toEqual(Array.from({ length: 175 }, (_, i) => i + 1));
    const gcm = await db.runText('MATCH (i:GcmObjective) RETURN collect(toInteger(i.code)) AS codes');
    expect([...(gcm[0].codes as number[])].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('links every SDG target to its goal and every GCR subsection to its parent', async () => {
    expect(await count('MATCH (t:SdgTarget) WHERE NOT (t)-[:PART_OF]->(:SdgGoal) RETURN count(t) AS n')).toBe(0);
    expect(
      await count(
        "MATCH (t:SdgTarget)-[:PART_OF]->(g:SdgGoal) WHERE NOT t.code STARTS WITH g.code + '.' RETURN count(t) AS n",
      ),
    ).toBe(0);
    expect(
      await count(
        "MATCH (s:GcrSection) WHERE s.code CONTAINS '.' AND NOT (s)-[:PART_OF]->(:GcrSection) RETURN count(s) AS n",
      ),
    ).toBe(0);
    expect(
      await count("MATCH (s:GcrSection {code: 'III.B.2.1'})-[:PART_OF]->(p {code: 'III.B.2'}) RETURN count(s) AS n"),
    ).toBe(1);
  });

  it('gives every SDG item the UN metadata URI', async () => {
    expect(
      await count(
        "MATCH (i:FrameworkItem {framework: 'SDG'}) WHERE i.uri <> 'http://metadata.un.org/sdg/' + i.code RETURN count(i) AS n",
      ),
    ).toBe(0);
  });

  it('gives every crosswalk link two ends, a basis and a rationale', async () => {
    const bad = await db.runText(`
      MATCH (a)-[l:ALIGNS_WITH]->(b)
      WHERE NOT (a:FrameworkItem OR a:ActionArea) OR NOT b:FrameworkItem
         OR l.basis IS NULL OR l.rationale IS NULL OR size(trim(l.rationale)) < 10
      RETURN a.id AS a, b.id AS b`);
    expect(bad).toEqual([]);
    expect(await count('MATCH ()-[l:ALIGNS_WITH]->() RETURN count(l) AS n')).toBe(readSeeds().links.length);
  });

  it('lets every GCM objective reach an SDG target and every action area all four frameworks', async () => {
    expect(await count('MATCH (g:GcmObjective) WHERE NOT (g)-[:ALIGNS_WITH]-(:SdgTarget) RETURN count(g) AS n')).toBe(
      0,
    );
    const rows = await db.runText(`
      MATCH (a:ActionArea)-[:ALIGNS_WITH]-(i:FrameworkItem)
      WITH a, collect(DISTINCT i.framework) AS fs RETURN a.id AS id, size(fs) AS n ORDER BY id`);
    expect(rows.map((r) => [r.id, r.n])).toEqual(['AA-1', 'AA-2', 'AA-3', 'AA-4', 'AA-5', 'AA-6'].map((id) => [id, 4]));
  });

  it('marks every sample city and pledge illustrative, in at least five regions', async () => {
    expect(
      await count("MATCH (c:City) WHERE c.illustrative <> true AND NOT c.id STARTS WITH 'test-' RETURN count(c) AS n"),
    ).toBe(0);
    expect(await count('MATCH (p:Pledge) WHERE p.illustrative <> true RETURN count(p) AS n')).toBe(0);
    expect(await count('MATCH (c:City) RETURN count(c) AS n')).toBeGreaterThanOrEqual(30);
    expect(await count('MATCH (p:Pledge) RETURN count(p) AS n')).toBeGreaterThanOrEqual(80);
    expect(
      await count('MATCH (:City)-[:IN_COUNTRY]->()-[:IN_REGION]->(r:Region) RETURN count(DISTINCT r) AS n'),
    ).toBeGreaterThanOrEqual(5);
    const areas = await db.runText(
      'MATCH (a:ActionArea) OPTIONAL MATCH (p:Pledge)-[:IN_AREA]->(a) RETURN a.id AS id, count(p) AS n',
    );
    for (const a of areas) expect(Number(a.n)).toBeGreaterThan(0);
    expect(await count('MATCH (:Pledge)-[:HAS_REPORT]->(r:ProgressReport) RETURN count(r) AS n')).toBeGreaterThan(0);
    expect(await count('MATCH (:Pledge)-[:DECLARES]->(i) RETURN count(i) AS n')).toBeGreaterThan(0);
  });

  it('replaces, not adds to, a link the seeds change, and drops a region they no longer name', async () => {
    const seeds = readSeeds();
    const moved = {
      ...seeds,
      regions: [...seeds.regions, { code: '999', name: 'Test region' }],
      countries: seeds.countries.map((c) => (c.code === 'CAN' ? { ...c, region: '999' } : c)),
    };
    await loadSeeds(db, () => undefined, moved);
    const during = await db.runText("MATCH (:Country {id: 'CAN'})-[:IN_REGION]->(r) RETURN collect(r.id) AS ids");
    expect(during[0].ids).toEqual(['M49-999']);
    await loadSeeds(db, () => undefined, seeds);
    const after = await db.runText("MATCH (:Country {id: 'CAN'})-[:IN_REGION]->(r) RETURN collect(r.id) AS ids");
    expect(after[0].ids).toEqual(['M49-019']);
    expect(await count("MATCH (r:Region {id: 'M49-999'}) RETURN count(r) AS n")).toBe(0);
  });

  it('removes sample pledges the seeds drop, but never imported ones', async () => {
    const seeds = readSeeds();
    const dropped = (seeds.pledges[0] as { id: string }).id;
    const imported = await importPledges(db, [
      {
        line: 2,
        fields: {
          id: 'test-keepville-ca-2024-1',
          city: 'Test Keepville',
          country: 'CAN',
          title: 'Kept',
          actionAreas: ['AA-1'],
          status: 'PLEDGED',
          pledgedOn: '2024-01-01',
          illustrative: true,
        },
      },
    ]);
    expect(imported.written).toBe(1);
    await loadSeeds(db, () => undefined, { ...seeds, pledges: seeds.pledges.slice(1) });
    expect(await count('MATCH (p:Pledge {id: $id}) RETURN count(p) AS n', { id: dropped })).toBe(0);
    expect(await count("MATCH (:City {id: 'test-keepville-ca'})-[:MADE]->(p:Pledge) RETURN count(p) AS n")).toBe(1);
    await loadSeeds(db, () => undefined, seeds);
    expect(await count('MATCH (p:Pledge {id: $id}) RETURN count(p) AS n', { id: dropped })).toBe(1);
    await removeTestData(db);
  });

  it('changes nothing when seeded a second time', async () => {
    const before = await graphCounts(db);
    await loadSeeds(db, () => undefined);
    expect(await graphCounts(db)).toEqual(before);
  });
});

import type { Database } from '../src/db/database';
import { PledgeRepository } from '../src/graph/pledges.repo';
import { closeTestDb, openTestDb } from './support/db';
import { countItemsSent } from './support/items-sent';

/**
 * Pledge alignments are assembled in Node from their parts (pledge-alignments.cypher returns each
 * curated link once, not once per pledge). The statement that spelled out every pair is kept here
 * as the reference: for every pledge of the seeded graph both give the same items, bases,
 * rationales and order.
 */
const REFERENCE = `
UNWIND $ids AS id
MATCH (p:Pledge|DraftPledge {id: id})
CALL (p) {
  MATCH (p)-[:DECLARES]->(i:FrameworkItem)
  RETURN i, 'DECLARED' AS basis, 'Named by the city in this pledge.' AS rationale, 0 AS rank
  UNION
  MATCH (p)-[:IN_AREA]->(a:ActionArea)-[l:ALIGNS_WITH]-(i:FrameworkItem)
  RETURN i, 'INFERRED' AS basis, 'Through ' + a.id + ': ' + l.rationale AS rationale, 1 AS rank
}
WITH id, i, basis, rationale, rank ORDER BY rank, rationale
WITH id, i, head(collect(basis)) AS basis, head(collect(rationale)) AS rationale
ORDER BY id, i.framework, i.sortKey
RETURN id, collect([i.id, basis, rationale]) AS links`;

let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(() => closeTestDb(db));

test('every pledge gets the alignments the pair-by-pair statement gave', async () => {
  const ids = (await db.runText('MATCH (p:Pledge) RETURN p.id AS id ORDER BY id')).map((r) => String(r.id));
  expect(ids.length).toBeGreaterThan(50);
  const expected = new Map(
    (await db.runText(REFERENCE, { ids })).map((r) => [String(r.id), r.links as Array<[string, string, string]>]),
  );
  // Twice: the second time the item records come from those held at this graph version.
  for (const _ of [1, 2]) {
    const got = await new PledgeRepository(db).alignments(ids);
    for (const id of ids) {
      const mine = (got.get(id) ?? []).map((a) => [a.item.id, a.basis, a.rationale]);
      expect([id, mine]).toEqual([id, expected.get(id) ?? []]);
    }
  }
  // The sample must exercise the rules that matter: an item both named and reached through an
  // area (DECLARED wins), and an item reached through two areas (the first rationale wins).
  const both = await db.runText(
    `MATCH (p:Pledge)-[:DECLARES]->(i:FrameworkItem)-[:ALIGNS_WITH]-(:ActionArea)<-[:IN_AREA]-(p)
     RETURN count(DISTINCT [p, i]) AS n`,
  );
  expect(Number(both[0].n)).toBeGreaterThan(0);
  const twoAreas = await db.runText(
    `MATCH (p:Pledge)-[:IN_AREA]->(a:ActionArea)-[:ALIGNS_WITH]-(i:FrameworkItem)
     WITH p, i, count(DISTINCT a) AS areas WHERE areas > 1 RETURN count(*) AS n`,
  );
  expect(Number(twoAreas[0].n)).toBeGreaterThan(0);
});

test('item records are sent once per graph version, and again after it moves', async () => {
  const [{ id }] = await db.runText('MATCH (p:Pledge)-[:DECLARES]->(:FrameworkItem) RETURN p.id AS id LIMIT 1');
  const repo = new PledgeRepository(db);
  const { sent, restore } = countItemsSent(db, 'pledge-alignments');
  try {
    await db.write('graph-version-bump');
    await repo.alignments([String(id)]);
    const again = await repo.alignments([String(id)]);
    expect(sent[0]).toBeGreaterThan(0);
    expect(sent[1]).toBe(0);
    // An item's record changed by a write (which bumps the version) is read again.
    const item = (again.get(String(id)) ?? [])[0].item;
    await db.runText('MATCH (i:FrameworkItem {id: $id}) SET i.summary = $s', {
      id: item.id,
      s: 'changed for this test',
    });
    await db.write('graph-version-bump');
    const after = await repo.alignments([String(id)]);
    expect(sent[2]).toBeGreaterThan(0);
    expect((after.get(String(id)) ?? []).find((a) => a.item.id === item.id)?.item.summary).toBe(
      'changed for this test',
    );
    await db.runText('MATCH (i:FrameworkItem {id: $id}) SET i.summary = $s', { id: item.id, s: item.summary ?? null });
    await db.write('graph-version-bump');
  } finally {
    restore();
  }
});

test("an area's or a city's page read with its alignments gives each pledge the alignments the loader's statement gives", async () => {
  const [{ city }] = await db.runText(
    'MATCH (c:City)-[:MADE]->(p:Pledge) WITH c, count(p) AS n ORDER BY n DESC, c.id RETURN c.id AS city LIMIT 1',
  );
  const repo = new PledgeRepository(db);
  const reqs = [
    { key: 'area', kind: 'area' as const, id: 'AA-4', after: null, limit: 101, alignments: true },
    { key: 'city', kind: 'city' as const, id: String(city), after: null, limit: 101, alignments: true },
    { key: 'plain', kind: 'area' as const, id: 'AA-1', after: null, limit: 10 },
  ];
  // Twice: the second time the item records come from those held at this graph version.
  for (const _ of [1, 2]) {
    const pages = await repo.pagesOf(reqs);
    expect(pages.get('plain')?.alignments).toBeUndefined();
    for (const key of ['area', 'city']) {
      const page = pages.get(key);
      const ids = (page?.pledges ?? []).map((p) => p.id);
      expect(ids.length).toBeGreaterThan(1);
      const expected = await repo.alignments(ids);
      expect([...(page?.alignments?.keys() ?? [])]).toEqual(ids);
      for (const id of ids) expect([id, page?.alignments?.get(id)]).toEqual([id, expected.get(id)]);
    }
  }
});

import type { Database } from '../src/db/database';
import { AnalysisRepository } from '../src/graph/analysis.repo';
import { closeTestDb, openTestDb } from './support/db';
import { countItemsSent } from './support/items-sent';

let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(() => closeTestDb(db));

/**
 * A city's commitments and its peers send each framework item's record only when the process does
 * not hold it at the current graph version (graph/derived/item-records.ts); commitments send each
 * pledge's record once. The answers themselves are held to a graph walk by
 * test/bench-raw.int.test.ts (ExplorerCity, CitySdgTargets, CommunityOfPractice); here: the same
 * answer whether records are sent or held, and a changed item read again.
 */
test('commitments read item records once per graph version and give the same answer from those held', async () => {
  const [{ id: city }] = await db.runText(
    'MATCH (c:City)-[:MADE]->(:Pledge)-[:IN_AREA]->(:ActionArea) RETURN c.id AS id ORDER BY id LIMIT 1',
  );
  const repo = new AnalysisRepository(db);
  const reqs = ['GCM', 'SDG', null].map((framework, k) => ({ key: String(k), city: String(city), framework }));
  const { sent, restore } = countItemsSent(db, 'city-commitments');
  const shape = (m: Awaited<ReturnType<AnalysisRepository['commitments']>>) =>
    [...m].map(([key, list]) => [key, list.map((c) => [c.item, c.basis, c.path, c.pledges.map((p) => p.id)])]);
  try {
    await db.write('graph-version-bump');
    const first = await repo.commitments(reqs);
    const again = await repo.commitments(reqs);
    expect(sent[0]).toBeGreaterThan(0);
    expect(sent[1]).toBe(0);
    expect(shape(again)).toEqual(shape(first));
    expect((first.get('2') ?? []).length).toBeGreaterThan((first.get('0') ?? []).length);
    // Every pledge comes whole, importer-only fields left out.
    const pledge = (first.get('2') ?? [])[0].pledges[0] as unknown as Record<string, unknown>;
    expect(typeof pledge.title).toBe('string');
    expect(pledge.importHash ?? null).toBeNull();

    const item = (first.get('0') ?? [])[0].item;
    await db.runText('MATCH (i:FrameworkItem {id: $id}) SET i.summary = $s', {
      id: item.id,
      s: 'changed for this test',
    });
    await db.write('graph-version-bump');
    const after = await repo.commitments(reqs);
    expect(sent[2]).toBeGreaterThan(0);
    expect((after.get('0') ?? []).find((c) => c.item.id === item.id)?.item.summary).toBe('changed for this test');
    await db.runText('MATCH (i:FrameworkItem {id: $id}) SET i.summary = $s', { id: item.id, s: item.summary ?? null });
    await db.write('graph-version-bump');
  } finally {
    restore();
  }
});

test('peers read item records once per graph version and give the same answer from those held', async () => {
  const [{ id: city }] = await db.runText(
    'MATCH (c:City)-[:MADE]->(:Pledge)-[:IN_AREA]->(:ActionArea) RETURN c.id AS id ORDER BY id LIMIT 1',
  );
  const repo = new AnalysisRepository(db);
  const { sent, restore } = countItemsSent(db, 'peer-details');
  try {
    await db.write('graph-version-bump');
    const first = (await repo.peers(String(city), 5)) ?? [];
    const again = (await repo.peers(String(city), 5)) ?? [];
    expect(first.length).toBeGreaterThan(1);
    expect(first[0].shared.length).toBeGreaterThan(0);
    expect(sent[0]).toBeGreaterThan(0);
    expect(sent[1]).toBe(0);
    expect(again).toEqual(first);
    expect(typeof first[0].shared[0].code).toBe('string');
    // The peers' derived commitment arrays are not sent.
    expect((first[0].city as unknown as Record<string, unknown>).reachItems ?? null).toBeNull();
  } finally {
    restore();
  }
});

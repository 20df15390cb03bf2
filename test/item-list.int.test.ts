import type { Database } from '../src/db/database';
import { CoverageRepository } from '../src/graph/coverage.repo';
import { closeTestDb, openTestDb } from './support/db';

/**
 * Coverage answers keep a framework's items in memory per graph version (graph/derived/item-list.ts):
 * the state statement sends them again only when the version moved.
 */
let db: Database;
const ITEM = 'GCM-1';
let original: string;
beforeAll(async () => {
  db = openTestDb();
  const [row] = await db.runText('MATCH (i:FrameworkItem {id: $id}) RETURN i.title_en AS t', { id: ITEM });
  original = String(row.t);
});
afterAll(async () => {
  await db.runText('MATCH (i:FrameworkItem {id: $id}) SET i.title_en = $t', { id: ITEM, t: original });
  await db.transaction(async (run) => {
    await run('graph-version-bump');
  });
  await closeTestDb(db);
});

const titleOf = async () => {
  const rows = await new CoverageRepository(db).matching('GCM', null);
  return rows.find((r) => r.item.id === ITEM)?.item.title_en;
};

test('items are read again once the graph version moves, and only then', async () => {
  expect(await titleOf()).toBe(original);
  // A change behind the version's back (no write path does this) is not seen: the list is held.
  await db.runText('MATCH (i:FrameworkItem {id: $id}) SET i.title_en = $t', { id: ITEM, t: 'Changed title' });
  const before = db.roundTrips;
  expect(await titleOf()).toBe(original);
  expect(db.roundTrips - before).toBe(1);
  // Every write path bumps the version: then the new title shows, sent with the state (the second
  // round trip is the coverage index catching up with the version, as after any write).
  await db.transaction(async (run) => {
    await run('graph-version-bump');
  });
  const after = db.roundTrips;
  expect(await titleOf()).toBe('Changed title');
  expect(db.roundTrips - after).toBe(2);
  const settled = db.roundTrips;
  expect(await titleOf()).toBe('Changed title');
  expect(db.roundTrips - settled).toBe(1);
});

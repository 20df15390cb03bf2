import type { Database } from '../src/db/database';
import { CASES, graphqlArm, rawArm } from '../src/server/bench/arms';
import { sameJson } from '../src/server/bench/stats';
import { closeTestDb, openTestDb } from './support/db';
import { serve, type Served } from './support/served';

let db: Database;
let served: Served;

beforeAll(async () => {
  db = openTestDb();
  served = await serve(db, { responseCache: false });
});
afterAll(async () => {
  await served.close();
  await closeTestDb(db);
});

// The bench's raw arm is only a floor if it answers what the operation answers: each hand-written
// statement in cypher/bench/ must give the operation's JSON on the seeded graph, or it has rotted.
describe('bench raw statements answer like the named operations', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const api = await graphqlArm(`${served.base}/graphql`, c)();
    const raw = await rawArm(db, c)();
    expect(raw).toEqual(api);
    expect(sameJson(raw, api)).toBe(true);
    // An answer of nulls and empty lists would match a statement that finds nothing.
    expect(JSON.stringify(api)).toMatch(/"(id|code)":"/);
  });
});

// (Unknown ids in peers and path are BAD_USER_INPUT, so only item and pledge answer null.)
describe('bench raw statements answer null for unknown ids, like the operations', () => {
  const unknown = [
    { name: 'explorer-item', variables: { id: 'SDG-99.99' } },
    { name: 'explorer-pledge', variables: { id: 'test-nowhere-xx-2020-1' } },
  ];
  it.each(unknown.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const api = await graphqlArm(`${served.base}/graphql`, c)();
    expect(await rawArm(db, c)()).toEqual(api);
    expect(JSON.stringify(api)).toMatch(/null/);
  });
});

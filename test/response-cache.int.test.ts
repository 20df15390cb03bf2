import type { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import { TokenRepository } from '../src/graph/registry/tokens';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';
import { post, type Served, serve } from './support/served';

let db: Database;
let served: Served;
let day = new Date('2026-06-01T12:00:00Z');
beforeAll(async () => {
  db = openTestDb();
  served = await serve(db, { responseCache: true, now: () => day });
});
afterAll(async () => {
  await removeTestData(db);
  await db.runText("MATCH (t:ApiToken) WHERE t.name = 'test cache curator' DETACH DELETE t");
  await served.close();
  await closeTestDb(db);
});

const COVERAGE = { query: 'query Cov { coverage(framework: GCM) { item { id } pledgeCount } }', operationName: 'Cov' };
const gcm23 = (json: any) => json.data.coverage.find((r: any) => r.item.id === 'GCM-23')?.pledgeCount as number;

/** Answers a request and says how many Cypher round trips it cost. */
async function costed(body: object, headers: Record<string, string> = {}) {
  const before = db.roundTrips;
  const answer = await post(served.base, body, headers);
  return { ...answer, trips: db.roundTrips - before };
}

describe('response cache keyed on the graph version and the day', () => {
  it('replays a repeated anonymous query byte for byte with one version read; a write makes the next answer fresh', async () => {
    const first = await costed(COVERAGE);
    const again = await costed(COVERAGE);
    expect(again.trips).toBe(1);
    expect(again.text).toBe(first.text);
    expect(again.type).toBe(first.type);

    await importPledges(db, [
      {
        line: 1,
        fields: {
          city: 'Test Cacheville',
          country: 'CAN',
          title: 'Test Cacheville pledge',
          actionAreas: ['AA-1'],
          frameworkItems: ['GCM-23'],
          status: 'PLEDGED',
          pledgedOn: '2022-05-01',
          illustrative: true,
        },
      },
    ]);
    const after = await costed(COVERAGE);
    expect(after.trips).toBeGreaterThan(1);
    expect(gcm23(after.json)).toBe(gcm23(first.json) + 1);
  });

  it('computes afresh on a new day, since overdue flags change at midnight', async () => {
    await costed(COVERAGE);
    expect((await costed(COVERAGE)).trips).toBe(1);
    day = new Date('2026-06-02T00:00:01Z');
    expect((await costed(COVERAGE)).trips).toBeGreaterThan(1);
    expect((await costed(COVERAGE)).trips).toBe(1);
  });

  it('never serves or stores an answer for a request that carries a token', async () => {
    const { token } = await new TokenRepository(db).create('test cache curator', 'CURATOR', []);
    const auth = { authorization: `Bearer ${token}` };
    // Two root fields: two statements whenever it is computed, one version read when replayed.
    const both = { query: '{ coverage(framework: GCM) { pledgeCount } frameworks { code } }' };
    await costed(both);
    expect((await costed(both)).trips).toBe(1);
    expect((await costed(both, auth)).trips).toBeGreaterThanOrEqual(2);
    expect((await costed(both, auth)).trips).toBeGreaterThanOrEqual(2);
  });

  it('never caches an answer with errors', async () => {
    const bad = { query: '{ peers(cityId: "test-nowhere", first: 1) { score } }' };
    const hits = async () => {
      const text = await (await fetch(`${served.base}/metrics`)).text();
      return Number(/graphql_response_cache_total\{result="hit"\} (\d+)/.exec(text)?.[1] ?? 0);
    };
    await costed(bad);
    const before = await hits();
    const second = await costed(bad);
    const third = await costed(bad);
    expect(second.json.errors).toBeDefined();
    expect(third.json.errors).toBeDefined();
    // Computed again each time: no replay counted (a request reads the version once either way).
    expect(await hits()).toBe(before);
  });

  it('counts hits and misses in /metrics', async () => {
    await costed(COVERAGE);
    await costed(COVERAGE);
    const text = await (await fetch(`${served.base}/metrics`)).text();
    expect(text).toMatch(/graphql_response_cache_total\{result="hit"\} [1-9]/);
    expect(text).toMatch(/graphql_response_cache_total\{result="miss"\} [1-9]/);
  });
});

import type { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import { createApp, type App } from '../src/server/app';
import {
  ActionAreaAcrossFrameworksDocument,
  CitySdgTargetsDocument,
  CommunityOfPracticeDocument,
  CoverageMatrixDocument,
  ExplorerCrosswalkDocument,
  ExplorerPledgeDocument,
  ExplorerItemDocument,
  FilteredCoverageDocument,
  PledgeToNua28Document,
  PledgesInAreaDocument,
  UncoveredGcmObjectivesDocument,
} from './generated/operations';
import { removeTestData } from './support/cleanup';
import { closeTestDb, openTestDb } from './support/db';
import { run } from './support/gql';

let db: Database;
let app: App;

function pledges(city: string, n: number) {
  return Array.from({ length: n }, (_, i) => ({
    line: i + 1,
    fields: {
      city,
      country: 'CAN',
      title: `${city} pledge ${i + 1}`,
      actionAreas: i % 2 ? ['AA-4', 'AA-1'] : ['AA-4'],
      frameworkItems: i % 3 ? ['GCM-15'] : ['SDG-3.8', 'NUA-34'],
      status: 'PLEDGED',
      pledgedOn: '2022-05-01',
      illustrative: true,
    },
  }));
}

beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
  const r = await importPledges(db, [...pledges('Test Smallville', 10), ...pledges('Test Bigville', 100)]);
  expect(r.written).toBe(110);
});
afterAll(async () => {
  await removeTestData(db);
  await app.apollo.stop();
  await closeTestDb(db);
});

/** Cypher round trips one operation costs, and the size of its answer. */
async function cost(doc: Parameters<typeof run>[2], variables: Record<string, unknown>) {
  const before = db.roundTrips;
  const r = await run(app, db, doc, variables);
  expect(r.errors).toBeUndefined();
  return { trips: db.roundTrips - before, size: JSON.stringify(r.data).length };
}

describe('round trips per named operation do not grow with the result', () => {
  it('CitySdgTargets: a city with 10 pledges and one with 100', async () => {
    const small = await cost(CitySdgTargetsDocument, { cityId: 'test-smallville-ca' });
    const big = await cost(CitySdgTargetsDocument, { cityId: 'test-bigville-ca' });
    expect(big.size).toBeGreaterThan(small.size);
    expect(big.trips).toBe(small.trips);
    expect(big.trips).toBeLessThanOrEqual(2);
  });

  it('PledgesInArea: a page of 10 and a page of 100, each pledge with city, areas and links', async () => {
    const small = await cost(PledgesInAreaDocument, { id: 'AA-4', first: 10 });
    const big = await cost(PledgesInAreaDocument, { id: 'AA-4', first: 100 });
    expect(big.size).toBeGreaterThan(small.size * 5);
    expect(big.trips).toBe(small.trips);
    // The area, and its page with the pledges' cities, areas and alignments.
    expect(big.trips).toBeLessThanOrEqual(2);
  });

  it("an owner's pledge page, an item's links and children, a city's commitments start beside the owner's own read", async () => {
    const events: string[] = [];
    const read = db.read.bind(db);
    db.read = async (statement, params) => {
      events.push(`start ${statement}`);
      try {
        return await read(statement, params);
      } finally {
        events.push(`end ${statement}`);
      }
    };
    try {
      await cost(PledgesInAreaDocument, { id: 'AA-4', first: 10 });
      const area = events.splice(0);
      await cost('{ city(id: "test-bigville-ca") { name pledges(first: 5) { totalCount } } }', {});
      const city = events.splice(0);
      expect(area.indexOf('start pledges-of-owners')).toBeLessThan(area.indexOf('end action-areas-by-ids'));
      expect(city.indexOf('start pledges-of-owners')).toBeLessThan(city.indexOf('end cities-by-ids'));
      expect(area.indexOf('start pledges-of-owners')).toBeGreaterThanOrEqual(0);
      await cost(ExplorerItemDocument, { id: 'SDG-3' });
      const item = events.splice(0);
      for (const statement of ['alignments-of', 'item-children']) {
        expect(item).toContain(`start ${statement}`);
        expect(item.indexOf(`start ${statement}`)).toBeLessThan(item.indexOf('end items-by-ids'));
      }
      await cost('{ city(id: "test-bigville-ca") { gcm: commitments(framework: GCM) { path } } }', {});
      const commitments = events.splice(0);
      expect(commitments.indexOf('start city-commitments')).toBeGreaterThanOrEqual(0);
      expect(commitments.indexOf('start city-commitments')).toBeLessThan(commitments.indexOf('end cities-by-ids'));
    } finally {
      db.read = read;
    }
  });

  it('ExplorerItem: a target no pledge reaches and one a third of the test pledges name; a goal', async () => {
    const [{ id: lonely }] = await db.runText(
      `MATCH (t:FrameworkItem {framework: 'SDG'})-[:PART_OF]->(:FrameworkItem)
       WHERE NOT (t)<-[:DECLARES]-() AND NOT (t)-[:ALIGNS_WITH]-() RETURN t.id AS id ORDER BY id LIMIT 1`,
    );
    await cost(ExplorerItemDocument, { id: 'SDG-3.8' }); // the first after a write also reads the index
    const small = await cost(ExplorerItemDocument, { id: String(lonely) });
    const big = await cost(ExplorerItemDocument, { id: 'SDG-3.8' });
    const goal = await cost(ExplorerItemDocument, { id: 'SDG-3' });
    expect(big.size).toBeGreaterThan(small.size);
    // The version, the item with its parent, children, links, the page's pledges, their cities (an
    // empty page reads neither of the last two).
    expect(Math.max(small.trips, big.trips, goal.trips)).toBeLessThanOrEqual(6);
  });

  it('ExplorerCrosswalk: the start, then one search for its four frameworks (from an item, from an action area)', async () => {
    for (const from of ['GCM-15', 'AA-4']) {
      const c = await cost(ExplorerCrosswalkDocument, { from });
      expect({ from, trips: c.trips }).toEqual({ from, trips: 2 });
    }
  });

  it("ExplorerPledge: the pledge with its partners and reports, then its own and its areas' links", async () => {
    const c = await cost(ExplorerPledgeDocument, { id: 'bogota-co-2019-1' });
    expect(c.trips).toBe(3);
  });

  it('a count of pledges (first: 0) reads no pledge record: only the graph version the index is kept at', async () => {
    const doc = '{ pledges(first: 0, filter: { actionArea: "AA-4" }) { totalCount pageInfo { hasNextPage } } }';
    await cost(doc, {}); // the first after a write also brings the index up to date
    const c = await cost(doc, {});
    expect(c.trips).toBe(1);
  });

  it('CommunityOfPractice: 1 peer and 50 peers', async () => {
    // The first after a write also fetches the changed pledges into the in-memory index: one more.
    const first = await cost(CommunityOfPracticeDocument, { cityId: 'test-bigville-ca', first: 1 });
    expect(first.trips).toBeLessThanOrEqual(3);
    const small = await cost(CommunityOfPracticeDocument, { cityId: 'test-bigville-ca', first: 1 });
    const big = await cost(CommunityOfPracticeDocument, { cityId: 'test-bigville-ca', first: 50 });
    expect(big.size).toBeGreaterThan(small.size);
    expect(big.trips).toBe(small.trips);
    expect(big.trips).toBeLessThanOrEqual(2);
  });

  it('PledgeToNua28, ActionAreaAcrossFrameworks and UncoveredGcmObjectives cost a fixed handful', async () => {
    const path = await cost(PledgeToNua28Document, {
      pledgeId: (await db.runText("MATCH (:City {id: 'test-bigville-ca'})-[:MADE]->(p) RETURN p.id AS id LIMIT 1"))[0]
        .id,
    });
    expect(path.trips).toBeLessThanOrEqual(2);
    expect((await cost(ActionAreaAcrossFrameworksDocument, { id: 'AA-4' })).trips).toBe(1);
    expect((await cost(UncoveredGcmObjectivesDocument, {})).trips).toBe(1);
  });

  const NO_FILTER = { region: null, country: null, actionArea: null, status: null, illustrative: null };
  it('CoverageMatrix and FilteredCoverage: one round trip each, whatever the grouping or filter', async () => {
    // The first after a write also brings the in-memory coverage index up to date: one more
    // round trip (test/coverage-index.int.test.ts); after that each costs one.
    const first = await cost(FilteredCoverageDocument, {
      framework: 'GCM',
      filter: { ...NO_FILTER, status: 'PLEDGED' },
      gapsOnly: false,
    });
    expect(first.trips).toBeLessThanOrEqual(2);
    for (const by of ['REGION', 'ACTION_AREA', 'STATUS'] as const) {
      const all = await cost(CoverageMatrixDocument, { framework: 'NUA', by, filter: null, lang: 'EN' });
      const some = await cost(CoverageMatrixDocument, {
        framework: 'NUA',
        by,
        filter: { ...NO_FILTER, country: 'CAN' },
        lang: 'FR',
      });
      expect([by, all.trips, some.trips]).toEqual([by, 1, 1]);
    }
    const filtered = await cost(FilteredCoverageDocument, {
      framework: 'SDG',
      filter: { ...NO_FILTER, status: 'PLEDGED' },
      gapsOnly: false,
    });
    expect(filtered.trips).toBe(1);
  });

  it("the registry's pledge fields: a page of 10 and of 100 with cities, history and due reports", async () => {
    const q = `query($first: Int) { actionArea(id: "AA-4") { pledges(first: $first) { edges { node {
      id version cities { id } history { actor action } nextReportDue overdue reports { date } } } } } }`;
    const small = await cost(q, { first: 10 });
    const big = await cost(q, { first: 100 });
    expect(big.size).toBeGreaterThan(small.size * 5);
    expect(big.trips).toBe(small.trips);
    expect(big.trips).toBeLessThanOrEqual(5);
  });
});

import type { Database } from '../src/db/database';
import { importPledges } from '../src/graph/pledges/import';
import { TokenRepository } from '../src/graph/registry/tokens';
import { createApp, type App } from '../src/server/app';
import { closeTestDb, openTestDb } from './support/db';
import {
  addTestCities,
  CITIES,
  createTestTokens,
  removeRegistryTestData,
  runAs,
  type TestTokens,
} from './support/registry';

// A joint draft of ALPHA (lead) and GAMMA naming GCM-22, which no public pledge reaches (a gap in
// the sample), in AA-6. BETA has a public pledge in AA-6, so the draft makes ALPHA its peer.
const [ALPHA, BETA, GAMMA] = CITIES;
const WORD = 'Wombatquill';

let db: Database;
let app: App;
let t: TestTokens & { editorGamma: string };
beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
  await removeRegistryTestData(db);
  await addTestCities(db);
  const gamma = await new TokenRepository(db).create('test editor gamma', 'CITY_EDITOR', [GAMMA]);
  t = { ...(await createTestTokens(db)), editorGamma: gamma.token };
});
afterAll(async () => {
  await removeRegistryTestData(db);
  await app.apollo.stop();
  await closeTestDb(db);
});

// Every read path a draft could show in, in four operations (each under the cost limit).
const LISTS = `{
  all: pledges(first: 0) { totalCount }
  search: pledges(filter: { search: "${WORD}" }) { totalCount edges { node { id } } }
  byItem: pledges(filter: { item: "GCM-22" }) { totalCount edges { node { id } } }
  byCountry: pledges(first: 100, filter: { country: "CAN", actionArea: "AA-6" }) { totalCount edges { node { id } } }
  alpha: city(id: "${ALPHA}") {
    pledges { totalCount edges { node { id city { id } actionAreas { id } } } }
    commitments(framework: GCM) { item { id } basis pledges { id } }
  }
  gamma: city(id: "${GAMMA}") { pledges { totalCount edges { node { id } } } }
  item: item(id: "GCM-22") { pledges { totalCount edges { node { id } } } }
  area: actionArea(id: "AA-6") { pledges(first: 0) { totalCount } }
  citiesOfItem: cities(first: 10, filter: { item: "GCM-22" }) { totalCount edges { node { id } } }
}`;
const COVERAGE = `{
  coverage(framework: GCM) { item { id } pledgeCount cityCount declaredPledgeCount }
  filtered: coverage(framework: GCM, filter: { country: "CAN" }) { item { id } pledgeCount cityCount }
}`;
const MATRIX = `{
  matrix: coverageMatrix(framework: GCM, by: ACTION_AREA) { columns { key } rows { item { id } pledgeCounts cityCounts } }
}`;
const PEERS = `{
  alphaPeers: peers(cityId: "${ALPHA}", first: 20) { city { id } shared { id } }
  betaPeers: peers(cityId: "${BETA}", first: 50) { city { id } }
}`;
const DOCS = [LISTS, COVERAGE, MATRIX, PEERS];
const BY_ID = (id: string) => `{ pledge(id: "${id}") { id status } node(id: "${id}") { id } }`;
const PATH = (id: string) => `{ path(from: "${id}", to: "GCM-22") { path basis } }`;

async function view(token: string | null) {
  const out: Record<string, any> = {};
  for (const doc of DOCS) {
    const r = await runAs(app, db, token, doc);
    expect(r.errors).toBeUndefined();
    Object.assign(out, r.data);
  }
  return out;
}

const ids = (conn: any) => conn.edges.map((e: any) => e.node.id);
const row = (v: any, item: string) => v.coverage.find((r: any) => r.item.id === item);
const filteredRow = (v: any, item: string) => v.filtered.find((r: any) => r.item.id === item);
const cell = (v: any, item: string, area: string) => {
  const col = v.matrix.columns.findIndex((c: any) => c.key === area);
  const r = v.matrix.rows.find((x: any) => x.item.id === item);
  return [r.pledgeCounts[col], r.cityCounts[col]];
};

/** Cypher round trips of one operation. */
async function trips(token: string | null, doc: string): Promise<number> {
  const before = db.roundTrips;
  expect((await runAs(app, db, token, doc)).errors).toBeUndefined();
  return db.roundTrips - before;
}

describe('drafts in every read path', () => {
  it('show to the editors of any of their cities and to curators, to nobody else, and once when published', async () => {
    const SUBMIT = 'mutation($input: PledgeInput!) { submitPledge(input: $input) { pledge { id version } } }';
    const beta = await runAs(app, db, t.editorBeta, SUBMIT, {
      input: { cityIds: [BETA], title: 'Test beta pledge', actionAreas: ['AA-6'], pledgedOn: '2025-01-10' },
    });
    expect(beta.errors).toBeUndefined();
    const before = await view(null);
    const anonTrips: number[] = [];
    for (const doc of DOCS) anonTrips.push(await trips(null, doc));
    expect(row(before, 'GCM-22')).toMatchObject({ pledgeCount: 0, cityCount: 0, declaredPledgeCount: 0 });
    expect(before.alphaPeers).toEqual([]);
    expect(before.citiesOfItem.totalCount).toBe(0);

    const r = await runAs(app, db, t.editorAlpha, SUBMIT, {
      input: {
        cityIds: [ALPHA, GAMMA],
        title: `Test ${WORD} draft`,
        actionAreas: ['AA-6'],
        frameworkItems: ['GCM-22'],
        status: 'DRAFT',
        pledgedOn: '2025-02-01',
      },
    });
    expect(r.errors).toBeUndefined();
    const draft = r.data.submitPledge.pledge as { id: string; version: number };

    // The public, an editor of another city and a bad token: exactly the answers of before.
    for (const token of [null, t.editorBeta, 'cgt_bad']) {
      expect(await view(token)).toEqual(before);
      expect((await runAs(app, db, token, BY_ID(draft.id))).data).toEqual({ pledge: null, node: null });
      // As for an unknown id.
      const path = await runAs(app, db, token, PATH(draft.id));
      expect(path.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
    }

    // The lead city's editor, the joint city's editor and a curator: the draft everywhere, counted once.
    const seen: any[] = [];
    for (const token of [t.editorAlpha, t.editorGamma, t.curator]) {
      const v = await view(token);
      seen.push(v);
      expect((await runAs(app, db, token, BY_ID(draft.id))).data).toEqual({
        pledge: { id: draft.id, status: 'DRAFT' },
        node: { id: draft.id },
      });
      expect((await runAs(app, db, token, PATH(draft.id))).data).toEqual({
        path: { path: [draft.id, 'GCM-22'], basis: 'DECLARED' },
      });
      expect(ids(v.citiesOfItem)).toEqual([ALPHA, GAMMA]);
      expect(v.all.totalCount).toBe(before.all.totalCount + 1);
      expect(ids(v.search)).toEqual([draft.id]);
      expect(v.byItem.totalCount).toBe(before.byItem.totalCount + 1);
      expect(ids(v.byItem)).toContain(draft.id);
      expect(v.byCountry.totalCount).toBe(before.byCountry.totalCount + 1);
      expect(ids(v.byCountry)).toContain(draft.id);
      expect(v.alpha.pledges.totalCount).toBe(before.alpha.pledges.totalCount + 1);
      expect(v.alpha.pledges.edges.find((e: any) => e.node.id === draft.id).node).toEqual({
        id: draft.id,
        city: { id: ALPHA },
        actionAreas: [{ id: 'AA-6' }],
      });
      expect(ids(v.gamma.pledges)).toEqual([draft.id]);
      expect(v.item.pledges.totalCount).toBe(1);
      expect(ids(v.item.pledges)).toEqual([draft.id]);
      expect(v.area.pledges.totalCount).toBe(before.area.pledges.totalCount + 1);
      expect(v.alpha.commitments.find((c: any) => c.item.id === 'GCM-22')).toEqual({
        item: { id: 'GCM-22' },
        basis: 'DECLARED',
        pledges: [{ id: draft.id }],
      });
      // Two cities that had not reached GCM-22 now do: pledge +1, cities +2, declared +1.
      expect(row(v, 'GCM-22')).toMatchObject({ pledgeCount: 1, cityCount: 2, declaredPledgeCount: 1 });
      expect(filteredRow(v, 'GCM-22')).toMatchObject({ pledgeCount: 1, cityCount: 2 });
      expect(cell(v, 'GCM-22', 'AA-6')).toEqual([1, 2]);
      expect(v.alphaPeers.map((p: any) => p.city.id)).toContain(BETA);
      expect(v.betaPeers.map((p: any) => p.city.id)).toEqual(expect.arrayContaining([ALPHA, GAMMA]));
    }
    // By status, drafts fill a DRAFT column that only those who may see them get.
    const STATUS_MATRIX =
      '{ coverageMatrix(framework: GCM, by: STATUS) { columns { key } rows { item { id } pledgeCounts } } }';
    const byStatus = async (token: string | null) => {
      const m = (await runAs(app, db, token, STATUS_MATRIX)).data.coverageMatrix;
      const row22 = m.rows.find((x: any) => x.item.id === 'GCM-22');
      return { columns: m.columns.map((c: any) => c.key), gcm22: row22.pledgeCounts };
    };
    expect(await byStatus(null)).toEqual({
      columns: ['PLEDGED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'WITHDRAWN'],
      gcm22: [0, 0, 0, 0, 0],
    });
    expect(await byStatus(t.editorGamma)).toEqual({
      columns: ['DRAFT', 'PLEDGED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'WITHDRAWN'],
      gcm22: [1, 0, 0, 0, 0, 0],
    });
    // Exactly the items the draft reaches (GCM-22 and AA-6's curated GCM links) count it, once each.
    const links = await runAs(
      app,
      db,
      null,
      '{ actionArea(id: "AA-6") { alignments(framework: GCM) { item { id } } } }',
    );
    const reached = new Set(['GCM-22', ...links.data.actionArea.alignments.map((a: any) => a.item.id)]);
    expect(reached.size).toBeGreaterThan(1);
    for (const v of seen)
      for (const [k, r] of v.coverage.entries())
        expect(r.pledgeCount).toBe(before.coverage[k].pledgeCount + (reached.has(r.item.id) ? 1 : 0));

    // Anonymous requests pay nothing for drafts existing (within the one trip a loader's batch may
    // split into, see below).
    for (const [k, doc] of DOCS.entries())
      expect(Math.abs((await trips(null, doc)) - anonTrips[k])).toBeLessThanOrEqual(1);
    const editorTrips: number[] = [];
    for (const doc of DOCS) editorTrips.push(await trips(t.editorAlpha, doc));

    // Published: everyone sees what its editors saw, and they see it once, not twice.
    const STATUS =
      'mutation($id: ID!, $v: Int!) { setPledgeStatus(id: $id, version: $v, status: "PLEDGED") { pledge { id } } }';
    expect((await runAs(app, db, t.editorAlpha, STATUS, { id: draft.id, v: draft.version })).errors).toBeUndefined();
    const published = await view(null);
    expect(published).toEqual(seen[0]);
    for (const token of [t.editorAlpha, t.editorGamma, t.curator]) expect(await view(token)).toEqual(published);
    // The same answers cost the editor, before publishing, two round trips more than the public
    // now (the token's lookup and the overlay), whatever the operation, give or take one:
    // lists answered from the in-memory indexes resolve in their own ticks, and the loaders their
    // rows call may batch in one trip or two (measured: LISTS 14 or 15 for the public).
    for (const [k, doc] of DOCS.entries()) {
      const extra = editorTrips[k] - (await trips(null, doc));
      expect(extra).toBeGreaterThanOrEqual(1);
      expect(extra).toBeLessThanOrEqual(3);
    }
  });
});

describe("an import row with a draft's id", () => {
  it('is refused, naming the line and `id`, and the draft stays the only node with that id', async () => {
    const SUBMIT = 'mutation($input: PledgeInput!) { submitPledge(input: $input) { pledge { id } } }';
    const r = await runAs(app, db, t.editorAlpha, SUBMIT, {
      input: {
        cityIds: [ALPHA],
        title: 'Test draft to collide',
        actionAreas: ['AA-4'],
        status: 'DRAFT',
        pledgedOn: '2025-03-01',
      },
    });
    expect(r.errors).toBeUndefined();
    const id = r.data.submitPledge.pledge.id as string;
    const fields = {
      id,
      city: 'Test Reg Alpha',
      country: 'CAN',
      title: 'Imported',
      actionAreas: ['AA-4'],
      status: 'PLEDGED',
      pledgedOn: '2025-03-01',
    };
    const result = await importPledges(db, [{ line: 7, fields }], { skipInvalid: true });
    expect(result.written).toBe(0);
    expect(result.errors).toEqual([{ line: 7, field: 'id', message: expect.stringContaining(`"${id}"`) }]);
    const [row] = await db.runText('MATCH (p {id: $id}) RETURN collect(labels(p)) AS labels', { id });
    expect(row.labels).toEqual([['DraftPledge']]);
  });
});

import type { App } from '../src/server/app';
import type { Database } from '../src/db/database';
import { closeTestDb, openTestDb } from './support/db';
import { run } from './support/gql';
import { download, listenApp, readCsv } from './support/http';

let db: Database;
let app: App;
let url: string;

beforeAll(async () => {
  db = openTestDb();
  ({ app, url } = await listenApp(db));
});

afterAll(async () => {
  await app.apollo.stop();
  await closeTestDb(db);
});

interface ApiPledge {
  id: string;
  title: string;
  status: string;
  alignments: Array<{ item: { id: string }; basis: string }>;
  partners: Array<{ name: string }>;
  reports: Array<{ date: string; forum: string; status: string; summary: string }>;
}

async function apiPledges(cityId: string, framework: string): Promise<ApiPledge[]> {
  const res = await run<{ city: { pledges: { edges: Array<{ node: ApiPledge }> } } }, { id: string; f: string }>(
    app,
    db,
    `query($id: ID!, $f: FrameworkCode) { city(id: $id) { pledges(first: 100) { edges { node {
      id title status alignments(framework: $f) { item { id } basis } partners { name }
      reports { date forum status summary } } } } } }`,
    { id: cityId, f: framework },
  );
  expect(res.errors).toBeUndefined();
  return (res.data?.city.pledges.edges ?? []).map((e) => e.node);
}

type Pack = { forum: string; pledges: Array<Record<string, unknown>> };

describe('review packs', () => {
  it('IMRF pack (JSON) gives each pledge the GCM objectives, partners and dated updates the API gives', async () => {
    const res = await fetch(`${url}/export/review-pack/montreal-ca?forum=IMRF`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const pack = (await res.json()) as Pack;
    const api = await apiPledges('montreal-ca', 'GCM');
    expect(pack.pledges.map((p) => p.pledgeId).sort()).toEqual(api.map((p) => p.id).sort());
    for (const p of api) {
      const entry = pack.pledges.find((e) => e.pledgeId === p.id) as Record<string, unknown>;
      expect((entry.gcmObjectives as Array<{ id: string; basis: string }>).map((o) => [o.id, o.basis])).toEqual(
        p.alignments.map((a) => [a.item.id, a.basis]),
      );
      expect(entry.partners).toEqual(p.partners.map((o) => o.name));
      expect(entry.updates).toEqual(p.reports);
      expect(entry).toMatchObject({ title: p.title, status: p.status, illustrative: true });
    }
    expect(api.some((p) => p.reports.length > 0)).toBe(true);
  });

  it('GRF pack (CSV) gives GCR areas and the status in the GRF’s terms', async () => {
    const { type, body } = await download(`${url}/export/review-pack/bogota-co?forum=GRF&format=csv`);
    expect(type).toMatch(/^text\/csv/);
    const rows = readCsv(body);
    const api = await apiPledges('bogota-co', 'GCR');
    expect(rows.map((r) => r.pledgeId).sort()).toEqual(api.map((p) => p.id).sort());
    const terms: Record<string, string> = {
      PLEDGED: 'planning',
      IN_PROGRESS: 'in progress',
      SUSPENDED: 'in progress',
      COMPLETED: 'fulfilled',
    };
    for (const p of api) {
      const row = rows.find((r) => r.pledgeId === p.id) as Record<string, string>;
      expect(row.gcrAreas).toBe(p.alignments.map((a) => a.item.id).join(';'));
      expect(row.grfStatus).toBe(terms[p.status]);
      expect(row.updates.split('\n').filter(Boolean)).toHaveLength(p.reports.length);
    }
    const json = (await (await fetch(`${url}/export/review-pack/bogota-co?forum=GRF`)).json()) as Pack;
    expect(json.pledges.map((p) => p.grfStatus)).toEqual(
      json.pledges.map((p) => rows.find((r) => r.pledgeId === p.pledgeId)?.grfStatus),
    );
  });

  it('refuses an unknown forum or format naming the parameter, and an unknown city with 404', async () => {
    const bad = await fetch(`${url}/export/review-pack/montreal-ca?forum=GFMD`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', message: expect.stringMatching(/forum/) },
    });
    expect((await fetch(`${url}/export/review-pack/montreal-ca?forum=IMRF&format=xml`)).status).toBe(400);
    expect((await fetch(`${url}/export/review-pack/nowhere-xx?forum=IMRF`)).status).toBe(404);
  });

  it('costs the same round trips for a city with many pledges as for one with few', async () => {
    const cost = async (city: string) => {
      const before = db.roundTrips;
      await fetch(`${url}/export/review-pack/${city}?forum=IMRF`);
      return db.roundTrips - before;
    };
    expect(await cost('montreal-ca')).toBe(await cost('accra-gh'));
  });
});

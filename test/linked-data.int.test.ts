import type { AddressInfo } from 'node:net';
import jsonld from 'jsonld';
import { createApp, type App } from '../src/server/app';
import type { Database } from '../src/db/database';
import { closeTestDb, openTestDb } from './support/db';
import { run } from './support/gql';

const BASE = 'https://data.example.org/cg';
let db: Database;
let app: App;
let url: string;

// The context is inline: any attempt to fetch one is a bug, and the test must not touch the network.
const refuseNetwork = async (u: string): Promise<never> => {
  throw new Error(`jsonld tried to load ${u}`);
};

beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false, publicBaseUrl: BASE });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.apollo.stop();
  await closeTestDb(db);
});

async function ld(path: string, accept = 'application/ld+json') {
  const res = await fetch(`${url}${path}`, { headers: { accept } });
  const json = res.status === 200 && /json/.test(res.headers.get('content-type') ?? '');
  return { res, doc: json ? ((await res.json()) as Record<string, unknown>) : null };
}

/** Expands (no network) and compacts back with the document's own context: the round trip must be lossless. */
async function roundTrip(doc: Record<string, unknown>) {
  const options = { documentLoader: refuseNetwork } as unknown as jsonld.Options.Expand;
  const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument, options);
  const compacted = await jsonld.compact(expanded, doc['@context'] as jsonld.ContextDefinition, options);
  expect(compacted).toEqual(doc);
  return expanded as Array<Record<string, unknown>>;
}

const SKOS = 'http://www.w3.org/2004/02/skos/core#';

describe('JSON-LD', () => {
  it('describes an SDG target as a SKOS concept with its UN URI, scheme, broader goal and crosswalk', async () => {
    const { res, doc } = await ld('/ld/SDG-10.7');
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(doc?.['@id']).toBe(`${BASE}/items/SDG-10.7`);
    const [node] = await roundTrip(doc as Record<string, unknown>);
    expect(node['@type']).toEqual([`${SKOS}Concept`]);
    expect(node[`${SKOS}exactMatch`]).toEqual([{ '@id': 'http://metadata.un.org/sdg/10.7' }]);
    expect(node[`${SKOS}inScheme`]).toEqual([{ '@id': `${BASE}/frameworks/SDG` }]);
    expect(node[`${SKOS}broader`]).toEqual([{ '@id': `${BASE}/items/SDG-10` }]);
    const alignments = doc?.alignment as Array<Record<string, unknown>>;
    const fromGcm5 = alignments.find((a) => a.source === `${BASE}/items/GCM-5` || a.target === `${BASE}/items/GCM-5`);
    expect(fromGcm5).toMatchObject({ basis: 'CURATED', verified: expect.any(Boolean) });
    expect(String(fromGcm5?.rationale)).not.toBe('');
    const expandedBasis = (node[`${BASE}/vocab#alignment`] as Array<Record<string, unknown>>)[0][`${BASE}/vocab#basis`];
    expect(expandedBasis).toEqual([{ '@id': `${BASE}/vocab#CURATED` }]);
  });

  it('labels SDG items in four languages, Arabic without tatweel; other items fall back to English', async () => {
    const labels = (await ld('/ld/SDG-10')).doc?.prefLabel as Record<string, string>;
    expect(Object.keys(labels).sort()).toEqual(['ar', 'en', 'es', 'fr']);
    expect(labels.ar).toMatch(/[\u0600-\u06FF]/);
    expect(labels.ar).not.toMatch(/\u0640/);
    const gcm = (await ld('/ld/GCM-15')).doc?.prefLabel as Record<string, string>;
    expect(gcm.ar).toBeUndefined();
  });

  it('describes a framework as a concept scheme whose top concepts are its unparented items', async () => {
    const { doc } = await ld('/ld/GCM');
    await roundTrip(doc as Record<string, unknown>);
    expect(doc?.['@type']).toBe('ConceptScheme');
    expect(doc?.hasTopConcept).toHaveLength(23);
    const goal = (await ld('/ld/SDG-10')).doc;
    expect(goal?.topConceptOf).toBe(`${BASE}/frameworks/SDG`);
    expect(goal?.narrower).toContain(`${BASE}/items/SDG-10.7`);
  });

  it('describes action areas, cities and pledges, each round-tripping through jsonld', async () => {
    const area = (await ld('/ld/AA-4')).doc as Record<string, unknown>;
    await roundTrip(area);
    expect(area.relatedMatch).toContain(`${BASE}/items/GCM-15`);
    const city = (await ld('/ld/montreal-ca')).doc as Record<string, unknown>;
    await roundTrip(city);
    expect(city).toMatchObject({ '@type': 'City', name: 'Montréal', illustrative: true });
    expect(city.made).toContain(`${BASE}/pledges/montreal-ca-2020-1`);
    const pledge = (await ld('/ld/montreal-ca-2019-1')).doc as Record<string, unknown>;
    await roundTrip(pledge);
    expect(pledge.madeBy).toEqual([`${BASE}/cities/montreal-ca`]);
    expect(pledge.declares).toContain(`${BASE}/items/SDG-3.8`);
    expect((pledge.report as unknown[]).length).toBeGreaterThan(0);
  });

  it('serves the same document at the page URLs only when JSON-LD is asked for', async () => {
    const direct = (await ld('/ld/GCM-15')).doc;
    expect((await ld('/items/GCM-15')).doc).toEqual(direct);
    expect((await ld('/cities/montreal-ca')).doc).toEqual((await ld('/ld/montreal-ca')).doc);
    expect((await ld('/pledges/montreal-ca-2020-1')).doc?.['@id']).toBe(`${BASE}/pledges/montreal-ca-2020-1`);
    expect((await ld('/action-areas/AA-1')).doc?.['@id']).toBe(`${BASE}/action-areas/AA-1`);
    // A browser's Accept prefers HTML: the middleware passes on to the explorer's page.
    const html = await ld('/items/GCM-15', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(html.res.headers.get('content-type') ?? '').not.toMatch(/ld\+json/);
    expect(html.doc).toBeNull();
  });

  it('costs one round trip per document, however many links the node has', async () => {
    for (const id of ['SDG-10', 'NUA', 'montreal-ca']) {
      const before = db.roundTrips;
      await ld(`/ld/${id}`);
      expect(db.roundTrips - before).toBe(1);
    }
  });

  it('answers 404 with a code for unknown ids', async () => {
    const { res } = await ld('/ld/GCM-99');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('offers AR in the API: official Arabic SDG titles, English where an item has none', async () => {
    const res = await run<{ a: { title: string }; b: { title: string }; en: { title: string } }, Record<string, never>>(
      app,
      db,
      '{ a: item(id: "SDG-10.7") { title(lang: AR) } b: item(id: "GCM-15") { title(lang: AR) } en: item(id: "GCM-15") { title } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.a.title).toMatch(/[\u0600-\u06FF]/);
    const labels = (await ld('/ld/SDG-10.7')).doc?.prefLabel as Record<string, string>;
    expect(res.data?.a.title).toBe(labels.ar);
    expect(res.data?.b.title).toBe(res.data?.en.title);
  });
});

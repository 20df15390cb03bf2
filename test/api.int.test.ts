import { createApp, type App } from '../src/server/app';
import type { Database } from '../src/db/database';
import { closeTestDb, openTestDb } from './support/db';
import { run } from './support/gql';

let db: Database;
let app: App;
beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
});
afterAll(async () => {
  await app.apollo.stop();
  await closeTestDb(db);
});

const q = <T = any>(query: string, variables?: Record<string, unknown>) =>
  run<T, Record<string, unknown>>(app, db, query, variables);
const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;

describe('lookups', () => {
  it('finds items, action areas, cities and pledges by id through node, and null for unknown ids', async () => {
    const r = await q(`{
      a: node(id: "GCM-15") { id __typename ... on FrameworkItem { framework code } }
      b: node(id: "AA-4") { id __typename }
      c: node(id: "montreal-ca") { id __typename }
      d: node(id: "nowhere-xx") { id }
      e: item(id: "SDG-99.9") { id }
      f: city(id: "nowhere-xx") { id }
      g: pledge(id: "nowhere-xx") { id }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      a: { id: 'GCM-15', __typename: 'GcmObjective', framework: 'GCM', code: '15' },
      b: { id: 'AA-4', __typename: 'ActionArea' },
      c: { id: 'montreal-ca', __typename: 'City' },
      d: null,
      e: null,
      f: null,
      g: null,
    });
  });

  it('gives titles in the asked language and falls back to English where one is missing', async () => {
    const r = await q(`{
      gcm: item(id: "GCM-15") { en: title fr: title(lang: FR) es: title(lang: ES) }
      gcr: item(id: "GCR-III.B.2.1") { en: title fr: title(lang: FR) }
      sdg: item(id: "SDG-10.7") { fr: title(lang: FR) uri }
    }`);
    expect(r.data.gcm.en).toBe('Provide access to basic services for migrants');
    expect(r.data.gcm.fr).toBe('Accès aux services de base');
    expect(r.data.gcm.es).toBe('Acceso a los servicios básicos');
    expect(r.data.gcr.fr).toBe(r.data.gcr.en);
    expect(r.data.sdg.fr).toMatch(/^Faciliter la migration/);
    expect(r.data.sdg.uri).toBe('http://metadata.un.org/sdg/10.7');
  });

  it('lists the six action areas in order with both namings', async () => {
    const r = await q('{ actionAreas { id number title priority } }');
    expect(r.data.actionAreas.map((a: any) => a.id)).toEqual(['AA-1', 'AA-2', 'AA-3', 'AA-4', 'AA-5', 'AA-6']);
    expect(r.data.actionAreas[3].title).toBe('Access to Essential Services');
  });

  it('pages items with opaque cursors and a total count, in document order', async () => {
    const first = await q(
      '{ items(framework: SDG, kind: "target", first: 7) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
    );
    const page1 = first.data.items;
    expect(page1.totalCount).toBe(169);
    expect(page1.edges.map((e: any) => e.node.id)).toEqual([
      'SDG-1.1',
      'SDG-1.2',
      'SDG-1.3',
      'SDG-1.4',
      'SDG-1.5',
      'SDG-1.a',
      'SDG-1.b',
    ]);
    const next = await q(
      'query($after: String) { items(framework: SDG, kind: "target", first: 2, after: $after) { edges { node { id } } } }',
      { after: page1.pageInfo.endCursor },
    );
    expect(next.data.items.edges.map((e: any) => e.node.id)).toEqual(['SDG-2.1', 'SDG-2.2']);
    const all = await q(
      '{ items(framework: GCM, first: 100) { totalCount pageInfo { hasNextPage } edges { node { code } } } }',
    );
    expect(all.data.items.totalCount).toBe(23);
    expect(all.data.items.pageInfo.hasNextPage).toBe(false);
    expect(all.data.items.edges.map((e: any) => e.node.code)).toEqual(
      Array.from({ length: 23 }, (_, i) => String(i + 1)),
    );
  });
});

describe('item search', () => {
  it('finds items by words of their titles in English, French and Spanish', async () => {
    const ids = async (text: string, framework?: string) => {
      const r = await q('query($t: String!, $f: FrameworkCode) { searchItems(text: $t, framework: $f) { id } }', {
        t: text,
        f: framework ?? null,
      });
      return r.data.searchItems.map((i: any) => i.id) as string[];
    };
    expect(await ids('remittances')).toEqual(expect.arrayContaining(['GCM-20', 'SDG-10.c']));
    expect(await ids('envois de fonds', 'SDG')).toContain('SDG-10.c');
    expect(await ids('remesas')).toEqual(expect.arrayContaining(['GCM-20', 'SDG-10.c']));
    expect(await ids('remesas', 'GCM')).toEqual(['GCM-20']);
  });
});

describe('alignments', () => {
  it('are listed from both ends with the same basis and rationale', async () => {
    const links = await db.runText(
      'MATCH (a)-[l:ALIGNS_WITH]->(b:FrameworkItem) RETURN a.id AS a, b.id AS b, l.rationale AS r ORDER BY a, b LIMIT 40',
    );
    for (const l of links) {
      const r = await q(
        'query($a: ID!, $b: ID!) { from: node(id: $a) { ... on FrameworkItem { alignments { item { id } basis rationale } } ... on ActionArea { alignments { item { id } basis rationale } } } to: item(id: $b) { alignments { item { id } basis rationale } } }',
        { a: l.a, b: l.b },
      );
      expect(r.data.from.alignments).toContainEqual({ item: { id: l.b }, basis: 'CURATED', rationale: l.r });
      if (!String(l.a).startsWith('AA-'))
        expect(r.data.to.alignments).toContainEqual({ item: { id: l.a }, basis: 'CURATED', rationale: l.r });
    }
  });

  it('filter by framework', async () => {
    const r = await q('{ actionArea(id: "AA-4") { alignments(framework: SDG) { item { framework } } } }');
    expect(r.data.actionArea.alignments.length).toBeGreaterThan(0);
    expect(new Set(r.data.actionArea.alignments.map((a: any) => a.item.framework))).toEqual(new Set(['SDG']));
  });
});

describe('filters', () => {
  it('find pledges by action area, status, country, region and full text in three languages', async () => {
    const byArea = await q(
      '{ pledges(filter: { actionArea: "AA-3" }, first: 100) { totalCount edges { node { actionAreas { id } } } } }',
    );
    expect(byArea.data.pledges.totalCount).toBeGreaterThan(0);
    for (const e of byArea.data.pledges.edges) expect(e.node.actionAreas.map((a: any) => a.id)).toContain('AA-3');
    const expected = await db.runText("MATCH (p:Pledge)-[:IN_AREA]->(:ActionArea {id: 'AA-3'}) RETURN count(p) AS n");
    expect(byArea.data.pledges.totalCount).toBe(Number(expected[0].n));

    const byCountry = await q(
      '{ pledges(filter: { country: "CAN", status: "IN_PROGRESS" }, first: 100) { edges { node { status city { countryCode } } } } }',
    );
    for (const e of byCountry.data.pledges.edges)
      expect(e.node).toEqual({ status: 'IN_PROGRESS', city: { countryCode: 'CAN' } });

    const byRegion = await q(
      '{ cities(filter: { region: "Africa" }, first: 100) { totalCount edges { node { region } } } }',
    );
    expect(byRegion.data.cities.totalCount).toBeGreaterThan(0);
    for (const e of byRegion.data.cities.edges) expect(e.node.region).toBe('Africa');

    // Full text in three languages: each word finds the sample pledge written in that language.
    const find = async (text: string) => {
      const r = await q('query($s: String) { pledges(filter: { search: $s }, first: 100) { edges { node { id } } } }', {
        s: text,
      });
      return r.data.pledges.edges.map((e: any) => e.node.id) as string[];
    };
    expect(await find('logement abordable')).toContain('montreal-ca-2022-1');
    expect(await find('emprendimiento migrantes')).toContain('barranquilla-co-2020-1');
    expect(await find('disaster recovery housing')).toContain('gaziantep-tr-2023-1');
    expect(await find('zzzzunknownword')).toEqual([]);
    expect((await q('{ pledges(filter: { search: "a:b (c" }) { totalCount } }')).errors).toBeUndefined();
  });

  it('find pledges reaching an item directly or through an action area', async () => {
    const r = await q(
      '{ pledges(filter: { item: "GCM-15" }, first: 100) { totalCount } item(id: "GCM-15") { pledges(first: 0) { totalCount } } }',
    );
    expect(r.data.pledges.totalCount).toBe(r.data.item.pledges.totalCount);
    expect(r.data.pledges.totalCount).toBeGreaterThan(0);
  });
});

describe('errors', () => {
  it.each([
    ['maxHops out of range', '{ crosswalk(from: "AA-4", to: SDG, maxHops: 9) { path } }'],
    ['maxHops zero', '{ crosswalk(from: "AA-4", to: SDG, maxHops: 0) { path } }'],
    ['first over 100', '{ items(framework: GCM, first: 101) { totalCount } }'],
    ['first negative', '{ peers(cityId: "montreal-ca", first: -1) { score } }'],
    ['an unknown framework', '{ coverage(framework: XYZ) { pledgeCount } }'],
    [
      'an unknown framework in a variable',
      { query: 'query($f: FrameworkCode!) { coverage(framework: $f) { pledgeCount } }', variables: { f: 'XYZ' } },
    ],
    ['a foreign cursor', '{ items(framework: GCM, after: "bm9wZQ") { totalCount } }'],
    ['an unknown crosswalk start', '{ crosswalk(from: "GCM-99", to: SDG) { path } }'],
  ])('%s gives BAD_USER_INPUT', async (_name, op) => {
    const r = typeof op === 'string' ? await q(op) : await q(op.query, op.variables);
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(code(r)).toBe('BAD_USER_INPUT');
  });

  it('refuses operations nested beyond the depth limit', async () => {
    const deep =
      '{ city(id: "montreal-ca") { pledges { edges { node { city { pledges { edges { node { city { pledges { edges { node { id } } } } } } } } } } } } }';
    const r = await q(deep);
    expect(code(r)).toBe('DEPTH_LIMIT_EXCEEDED');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../src/db/database';
import { closeTestDb, openTestDb } from './support/db';
import { post, serve, type Served } from './support/served';

let db: Database;
let s: Served;
beforeAll(async () => {
  db = openTestDb();
  s = await serve(db);
});
afterAll(async () => {
  await s.close();
  await closeTestDb(db);
});

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const COMMITMENTS =
  'cities(first: 100){ edges { node { id commitments(framework: SDG){ item { id } path pledges { id alignments { item { id } } } } } } }';

// The abuse cases: each must be refused with its own code before any Cypher runs.
const ABUSE: Array<[string, string, string[]]> = [
  [
    '60 aliases of cities → commitments → pledges (8.5 KB)',
    aliases(60, COMMITMENTS),
    ['TOKEN_LIMIT_EXCEEDED', 'ALIAS_LIMIT_EXCEEDED'],
  ],
  [
    'one cities → commitments → pledges query',
    '{ cities { edges { node { commitments(framework: SDG) { pledges { id } } } } } }',
    ['COST_LIMIT_EXCEEDED'],
  ],
  ['1,000 aliases of coverage', aliases(1000, 'coverage(framework: GCM) { pledgeCount }'), ['TOKEN_LIMIT_EXCEEDED']],
  ['200 aliases of peers', aliases(200, 'peers(cityId: "montreal-ca") { score }'), ['TOKEN_LIMIT_EXCEEDED']],
  ['10 aliases of coverage(SDG)', aliases(10, 'coverage(framework: SDG) { pledgeCount }'), ['COST_LIMIT_EXCEEDED']],
  ['4 aliases of peers', aliases(4, 'peers(cityId: "montreal-ca") { score }'), ['COST_LIMIT_EXCEEDED']],
  ['5,000 aliases of __typename', aliases(5000, '__typename'), ['TOKEN_LIMIT_EXCEEDED']],
  ['31 aliases of a cheap field', aliases(31, 'frameworks { code }'), ['ALIAS_LIMIT_EXCEEDED']],
  [
    'nesting beyond depth 10',
    '{ city(id: "montreal-ca") { pledges { edges { node { city { pledges { edges { node { city { pledges { edges { node { id } } } } } } } } } } } } }',
    ['DEPTH_LIMIT_EXCEEDED'],
  ],
  [
    '21 directives',
    `{ frameworks { code ${Array.from({ length: 21 }, () => '@include(if: true)').join(' ')} } }`,
    ['DIRECTIVE_LIMIT_EXCEEDED'],
  ],
  ['a page of 100 cities with every commitment', `{ ${COMMITMENTS} }`, ['COST_LIMIT_EXCEEDED']],
];

describe('operation limits', () => {
  const times: string[] = [];
  afterAll(() => console.log(`time to refuse each abuse case:\n${times.join('\n')}`));

  it.each(ABUSE)('refuses %s with its own code before any Cypher runs', async (name, query, codes) => {
    const before = db.roundTrips;
    const t = performance.now();
    const r = await post(s.base, { query });
    times.push(`  ${(performance.now() - t).toFixed(1)} ms  ${name} (${query.length} bytes)`);
    expect(r.type).toMatch(/application\/json/);
    expect(r.status).toBe(400);
    expect(codes).toContain(r.json.errors[0].extensions.code);
    expect(r.json.data).toBeUndefined();
    expect(db.roundTrips).toBe(before);
  });

  it('lets every named operation through, with room for the largest page', async () => {
    const dir = path.join(__dirname, '..', 'schema', 'operations');
    const shared = { cityId: 'montreal-ca', id: 'AA-4', pledgeId: 'bristol-gb-2023-1', first: 100 };
    // The explorer's operations take their own variables; each gets real ids so it does its full work.
    const own: Record<string, Record<string, unknown>> = {
      'explorer-cell-pledges.graphql': { item: 'GCM-15', region: 'Europe' },
      'explorer-city.graphql': { id: 'montreal-ca' },
      'explorer-coverage-matrix.graphql': { framework: 'SDG', by: 'REGION' },
      'explorer-crosswalk.graphql': { from: 'AA-4', maxHops: 3 },
      'explorer-filtered-coverage.graphql': { framework: 'SDG', filter: { actionArea: 'AA-4' } },
      'explorer-item.graphql': { id: 'SDG-10.7' },
      'explorer-path.graphql': { from: 'bristol-gb-2023-1', to: 'NUA-28' },
      'explorer-pledge.graphql': { id: 'bristol-gb-2023-1' },
      'explorer-search.graphql': { text: 'health' },
    };
    for (const file of fs.readdirSync(dir)) {
      const variables = { ...shared, ...own[file] };
      const r = await post(s.base, { query: fs.readFileSync(path.join(dir, file), 'utf8'), variables });
      expect([file, r.json.errors]).toEqual([file, undefined]);
    }
  });

  it('lets an explorer page through: an item with its alignments, 20 pledges and a crosswalk', async () => {
    const r = await post(s.base, {
      query: `{ item(id: "GCM-15") { id title alignments { item { id title } basis rationale }
        pledges(first: 20) { totalCount edges { node { id title status city { id name } actionAreas { id }
          alignments { item { id } basis } } } } }
        sdg: crosswalk(from: "GCM-15", to: SDG) { item { id title } path basis }
        nua: crosswalk(from: "GCM-15", to: NUA) { item { id title } path basis } }`,
    });
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data.item.id).toBe('GCM-15');
  });

  it('prices page sizes given in variables, not only literals', async () => {
    const query =
      'query($n: Int) { cities(first: $n) { edges { node { commitments(framework: SDG) { item { id } } } } } }';
    expect((await post(s.base, { query, variables: { n: 1 } })).json.errors).toBeUndefined();
    const big = await post(s.base, { query, variables: { n: 100 } });
    expect(big.json.errors[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
  });
});

import type { Database } from '../src/db/database';
import { createApp, type App } from '../src/server/app';
import { CoverageMatrixDocument, FilteredCoverageDocument } from './generated/operations';
import { closeTestDb, openTestDb } from './support/db';
import { run } from './support/gql';
import { Oracle } from './support/oracle';

let db: Database;
let app: App;
let oracle: Oracle;
/** Raw facts about each pledge, read edge by edge, for an independent count. */
const facts = new Map<string, { status: string; illustrative: boolean; region: string; country: string }>();

beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
  oracle = await Oracle.load(db);
  const rows = await db.runText(
    `MATCH (c:City)-[:MADE]->(p:Pledge) OPTIONAL MATCH (c)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region)
     RETURN p.id AS p, p.status AS status, p.illustrative AS ill, r.id AS region, c.countryCode AS country`,
  );
  for (const r of rows)
    facts.set(String(r.p), {
      status: String(r.status),
      illustrative: r.ill === true,
      region: String(r.region),
      country: String(r.country),
    });
});
afterAll(async () => {
  await app.apollo.stop();
  await closeTestDb(db);
});

type Pred = (pledge: string) => boolean;
const isPublic: Pred = (p) => facts.get(p)?.status !== 'DRAFT';

/** Pledges (and their distinct cities) reaching an item among those passing `keep`. */
function count(item: string, keep: Pred) {
  const ps = [...oracle.cityOf.keys()].filter((p) => isPublic(p) && keep(p) && oracle.directReach(p).has(item));
  return { pledges: ps.length, cities: new Set(ps.map((p) => oracle.cityOf.get(p))).size };
}

const keyOf: Record<string, (p: string) => string[]> = {
  REGION: (p) => [facts.get(p)!.region],
  STATUS: (p) => [facts.get(p)!.status],
  ACTION_AREA: (p) => [...(oracle.areasOf.get(p) ?? [])],
};

describe('coverageMatrix', () => {
  it.each(['REGION', 'ACTION_AREA', 'STATUS'] as const)(
    'GCM by %s agrees with a count made edge by edge',
    async (by) => {
      const r = await run(app, db, CoverageMatrixDocument, { framework: 'GCM', by, filter: null, lang: 'EN' });
      expect(r.errors).toBeUndefined();
      const m = r.data!.coverageMatrix;
      expect(m.rows.map((x) => x.item.id)).toEqual(
        [...oracle.framework]
          .filter(([, f]) => f === 'GCM')
          .map(([id]) => id)
          .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4))),
      );
      let nonZero = 0;
      for (const row of m.rows) {
        m.columns.forEach((col, n) => {
          const want = count(row.item.id, (p) => keyOf[by](p).includes(col.key));
          expect([row.item.id, col.key, row.pledgeCounts[n], row.cityCounts[n]]).toEqual([
            row.item.id,
            col.key,
            want.pledges,
            want.cities,
          ]);
          nonZero += want.pledges;
        });
      }
      expect(nonZero).toBeGreaterThan(0);
    },
  );

  it('labels action-area columns in the requested language and keeps their order', async () => {
    const r = await run(app, db, CoverageMatrixDocument, {
      framework: 'SDG',
      by: 'ACTION_AREA',
      filter: null,
      lang: 'FR',
    });
    const cols = r.data!.coverageMatrix.columns;
    expect(cols.map((c) => c.key)).toEqual(['AA-1', 'AA-2', 'AA-3', 'AA-4', 'AA-5', 'AA-6']);
    expect(cols[0].label).toBe('Gouvernance des migrations');
  });

  it('applies every filter given, in the matrix and in coverage', async () => {
    const filter = { region: 'Europe', illustrative: true, actionArea: 'AA-4', country: null, status: null };
    const europe = (await db.runText("MATCH (r:Region {name: 'Europe'}) RETURN r.id AS id"))[0].id as string;
    const keep: Pred = (p) =>
      facts.get(p)!.region === europe && facts.get(p)!.illustrative && (oracle.areasOf.get(p)?.has('AA-4') ?? false);
    const m = await run(app, db, CoverageMatrixDocument, { framework: 'SDG', by: 'STATUS', filter, lang: 'EN' });
    const c = await run(app, db, FilteredCoverageDocument, { framework: 'SDG', filter, gapsOnly: false });
    expect(m.errors ?? c.errors).toBeUndefined();
    let reached = 0;
    for (const row of c.data!.coverage) {
      const want = count(row.item.id, keep);
      expect([row.item.id, row.pledgeCount, row.cityCount]).toEqual([row.item.id, want.pledges, want.cities]);
      const mrow = m.data!.coverageMatrix.rows.find((x) => x.item.id === row.item.id)!;
      // Each pledge has one status, so the status columns add up to the filtered total.
      expect(mrow.pledgeCounts.reduce((a, b) => a + b, 0)).toBe(want.pledges);
      reached += want.pledges;
    }
    expect(reached).toBeGreaterThan(0);
  });

  it('names the field of a bad filter and refuses it', async () => {
    const r = await run(app, db, CoverageMatrixDocument, {
      framework: 'GCM',
      by: 'REGION',
      filter: { country: 'Canada', region: null, actionArea: null, status: null, illustrative: null },
      lang: 'EN',
    });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
  });
});

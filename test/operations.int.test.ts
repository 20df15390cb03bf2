import type { Database } from '../src/db/database';
import { createApp, type App } from '../src/server/app';
import {
  ActionAreaAcrossFrameworksDocument,
  CitySdgTargetsDocument,
  CommunityOfPracticeDocument,
  PledgeToNua28Document,
  UncoveredGcmObjectivesDocument,
} from './generated/operations';
import { closeTestDb, openTestDb } from './support/db';
import { run } from './support/gql';
import { Oracle } from './support/oracle';

let db: Database;
let app: App;
let oracle: Oracle;
const CITY = 'montreal-ca';

beforeAll(async () => {
  db = openTestDb();
  app = await createApp(db, { production: false });
  oracle = await Oracle.load(db);
});
afterAll(async () => {
  await app.apollo.stop();
  await closeTestDb(db);
});

const BASIS = ['DECLARED', 'CURATED', 'INFERRED'];

describe('named operations on the seeded graph', () => {
  it('CitySdgTargets: every SDG item the city reaches, with the strongest basis and a path that exists', async () => {
    const r = await run(app, db, CitySdgTargetsDocument, { cityId: CITY });
    expect(r.errors).toBeUndefined();
    const city = r.data!.city!;
    expect(city.illustrative).toBe(true);
    const expected = new Map<string, number>();
    for (const p of oracle.pledgesOf.get(CITY) ?? []) {
      for (const [id, rank] of oracle.pledgeReach(p)) {
        if (oracle.framework.get(id) === 'SDG' && (!expected.has(id) || expected.get(id)! > rank))
          expected.set(id, rank);
      }
    }
    expect(city.commitments.length).toBeGreaterThan(0);
    expect(new Map(city.commitments.map((c) => [c.item.id, BASIS.indexOf(c.basis)]))).toEqual(expected);
    for (const c of city.commitments) {
      expect(c.path[0]).toMatch(new RegExp(`^${CITY}-`));
      expect(c.path[c.path.length - 1]).toBe(c.item.id);
      expect(c.pledges.map((p) => p.id)).toContain(c.path[0]);
      for (let i = 1; i < c.path.length - 1; i++) {
        const [a, b] = [c.path[i], c.path[i + 1]];
        expect(oracle.align.get(a)?.has(b)).toBe(true);
      }
    }
  });

  it('UncoveredGcmObjectives: exactly the objectives no pledge reaches directly or through an action area', async () => {
    const r = await run(app, db, UncoveredGcmObjectivesDocument, {});
    const gaps = [...oracle.framework]
      .filter(([id, f]) => f === 'GCM' && oracle.coverage(id).pledges === 0)
      .map(([id]) => id);
    expect(r.data!.coverage.map((row) => row.item.id).sort()).toEqual(gaps.sort());
    for (const row of r.data!.coverage) expect([row.pledgeCount, row.cityCount]).toEqual([0, 0]);
  });

  it('coverage counts agree with the oracle for every GCM objective', async () => {
    const r = await run(app, db, 'query { coverage(framework: GCM) { item { id } pledgeCount cityCount } }');
    const rows = (r.data as any).coverage as Array<{ item: { id: string }; pledgeCount: number; cityCount: number }>;
    expect(rows).toHaveLength(23);
    for (const row of rows)
      expect({ id: row.item.id, ...oracle.coverage(row.item.id) }).toEqual({
        id: row.item.id,
        pledges: row.pledgeCount,
        cities: row.cityCount,
      });
  });

  it('ActionAreaAcrossFrameworks: AA-4 in all four frameworks, each link with a rationale', async () => {
    const r = await run(app, db, ActionAreaAcrossFrameworksDocument, { id: 'AA-4', lang: 'FR' });
    const aa = r.data!.actionArea!;
    expect(aa.title).toBeTruthy();
    for (const f of ['gcm', 'gcr', 'nua', 'sdg'] as const) {
      expect(aa[f].length).toBeGreaterThan(0);
      for (const a of aa[f]) {
        expect(a.basis).toBe('CURATED');
        expect(a.rationale!.length).toBeGreaterThan(10);
        expect(oracle.align.get('AA-4')?.has(a.item.id)).toBe(true);
      }
    }
    const total = aa.gcm.length + aa.gcr.length + aa.nua.length + aa.sdg.length;
    expect(total).toBe(oracle.align.get('AA-4')!.size);
    expect(aa.gcm.map((a) => a.item.id)).toContain('GCM-15');
  });

  it('CommunityOfPractice: peers ranked by Jaccard overlap, ties by id, with what they share', async () => {
    const r = await run(app, db, CommunityOfPracticeDocument, { cityId: CITY, first: 5 });
    const mine = oracle.cityDirectSet(CITY);
    const expected = [...oracle.pledgesOf.keys()]
      .filter((c) => c !== CITY)
      .map((c) => {
        const theirs = oracle.cityDirectSet(c);
        const shared = [...mine].filter((i) => theirs.has(i));
        return { id: c, score: shared.length / (mine.size + theirs.size - shared.length), shared: shared.sort() };
      })
      .filter((e) => e.shared.length > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, 5);
    const got = r.data!.peers.map((p) => ({ id: p.city.id, score: p.score, shared: p.shared.map((s) => s.id).sort() }));
    expect(got.map((g) => g.id)).toEqual(expected.map((e) => e.id));
    got.forEach((g, i) => {
      expect(g.score).toBeCloseTo(expected[i].score, 10);
      expect(g.shared).toEqual(expected[i].shared);
    });
    expect(got[0].score).toBeGreaterThan(0);
    expect(got[0].score).toBeLessThanOrEqual(1);
  });

  it('PledgeToNua28: the shortest path from a pledge to NUA-28, every step a real link', async () => {
    const candidates = [...(oracle.pledgesOf.get(CITY) ?? [])].sort();
    const pledgeId = candidates.find((p) => oracle.declares.get(p)?.has('NUA-28')) ?? candidates[0];
    const r = await run(app, db, PledgeToNua28Document, { pledgeId });
    expect(r.errors).toBeUndefined();
    const path = r.data!.path!;
    expect(path.path[0]).toBe(pledgeId);
    expect(path.path[path.path.length - 1]).toBe('NUA-28');
    expect(path.hops).toBe(path.path.length - 1);
    expect(path.rationales).toHaveLength(path.hops);
    // Shortest: no first step from the pledge reaches NUA-28 in fewer links.
    const firstSteps = [...(oracle.declares.get(pledgeId) ?? []), ...(oracle.areasOf.get(pledgeId) ?? [])];
    const best =
      Math.min(...firstSteps.map((s) => (s === 'NUA-28' ? 0 : (oracle.distances(s, 4).get('NUA-28') ?? 99)))) + 1;
    expect(path.hops).toBe(best);
    const second = path.path[1];
    expect(firstSteps).toContain(second);
    for (let i = 1; i < path.path.length - 1; i++)
      expect(oracle.align.get(path.path[i])?.has(path.path[i + 1])).toBe(true);
    if (path.hops === 1) expect(path.basis).toBe('DECLARED');
    else if (path.hops === 2 && second.startsWith('AA-')) expect(path.basis).toBe('CURATED');
    else expect(path.basis).toBe('INFERRED');
  });
});

describe('crosswalk and path, exhaustively against the oracle', () => {
  it('crosswalk from every GCM objective and action area to every framework (3 hops) finds what a breadth-first search finds', async () => {
    const starts = [
      ...Array.from({ length: 23 }, (_, i) => `GCM-${i + 1}`),
      ...Array.from({ length: 6 }, (_, i) => `AA-${i + 1}`),
    ];
    const doc =
      'query($from: ID!, $to: FrameworkCode!) { crosswalk(from: $from, to: $to, maxHops: 3) { item { id } hops } }';
    for (const from of starts) {
      for (const to of ['GCM', 'GCR', 'NUA', 'SDG']) {
        const r = await run(app, db, doc, { from, to });
        const got = new Map(
          ((r.data as any).crosswalk as Array<{ item: { id: string }; hops: number }>).map((x) => [x.item.id, x.hops]),
        );
        const expected = new Map([...oracle.distances(from, 3)].filter(([id]) => oracle.framework.get(id) === to));
        expect({ from, to, got }).toEqual({ from, to, got: expected });
      }
    }
  });

  it('path from every pledge to NUA-28 has the oracle length, or is null when none exists within 4 steps', async () => {
    const doc = 'query($p: ID!) { path(from: $p, to: "NUA-28") { hops path } }';
    const pledges = [...oracle.cityOf.keys()].sort();
    expect(pledges.length).toBeGreaterThanOrEqual(80);
    for (const pledge of pledges) {
      const steps = [...(oracle.declares.get(pledge) ?? []), ...(oracle.areasOf.get(pledge) ?? [])];
      const best =
        Math.min(...steps.map((s) => (s === 'NUA-28' ? 0 : (oracle.distances(s, 3).get('NUA-28') ?? Infinity)))) + 1;
      const r = await run(app, db, doc, { p: pledge });
      const got = (r.data as any).path as { hops: number; path: string[] } | null;
      expect({ pledge, hops: got?.hops ?? null }).toEqual({ pledge, hops: Number.isFinite(best) ? best : null });
    }
  });
});

describe('crosswalk', () => {
  it.each([
    ['AA-4', 'SDG', 2],
    ['GCM-15', 'SDG', 3],
    ['NUA-28', 'GCM', 2],
    ['GCR-III.B.2.1', 'NUA', 3],
  ])('from %s to %s within %i hops matches a breadth-first search', async (from, to, maxHops) => {
    const r = await run(
      app,
      db,
      'query($from: ID!, $to: FrameworkCode!, $h: Int) { crosswalk(from: $from, to: $to, maxHops: $h) { item { id framework } basis path hops } }',
      { from, to, h: maxHops },
    );
    const rows = (r.data as any).crosswalk as Array<{
      item: { id: string; framework: string };
      basis: string;
      path: string[];
      hops: number;
    }>;
    const dist = oracle.distances(from as string, maxHops as number);
    const expected = [...dist].filter(([id]) => oracle.framework.get(id) === to);
    expect(new Map(rows.map((x) => [x.item.id, x.hops]))).toEqual(new Map(expected));
    for (const x of rows) {
      expect(x.path[0]).toBe(from);
      expect(x.path).toHaveLength(x.hops + 1);
      expect(x.basis).toBe(x.hops === 1 ? oracle.basisOf.get(`${from}|${x.item.id}`) : 'INFERRED');
    }
    const order = rows.map((x) => x.hops);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it('several starts, frameworks and bounds in one request (one batched search) answer as each asked alone', async () => {
    const fields = 'item { id framework } basis path hops rationales';
    const asks = ['AA-4', 'GCM-15', 'SDG-10.7'].flatMap((from) =>
      ['GCM', 'GCR', 'NUA', 'SDG'].flatMap((to) => [1, 3].map((h) => ({ from, to, h }))),
    );
    const aliases = asks.map(
      (a, i) => `a${i}: crosswalk(from: ${JSON.stringify(a.from)}, to: ${a.to}, maxHops: ${a.h}) { ${fields} }`,
    );
    const before = db.roundTrips;
    const answer = await run(app, db, `{ ${aliases.join('\n')} }`);
    expect(answer.errors).toBeUndefined();
    const together = answer.data as Record<string, unknown>;
    // The search, and one batched read of the starts of any empty answer (which must exist).
    expect(db.roundTrips - before).toBeLessThanOrEqual(2);
    const doc = `query($from: ID!, $to: FrameworkCode!, $h: Int) { crosswalk(from: $from, to: $to, maxHops: $h) { ${fields} } }`;
    for (const [i, a] of asks.entries()) {
      const alone = (await run(app, db, doc, a)).data as { crosswalk: unknown[] };
      expect({ ...a, rows: together[`a${i}`] }).toEqual({ ...a, rows: alone.crosswalk });
    }
    expect(asks.some((_a, i) => (together[`a${i}`] as unknown[]).length > 5)).toBe(true);
  });
});

// The answers the README's cookbook prints; if the seeds change them, update both together.
describe('README cookbook answers on the seeded graph', () => {
  it('CitySdgTargets for montreal-ca', async () => {
    const cs = (await run(app, db, CitySdgTargetsDocument, { cityId: 'montreal-ca' })).data!.city!.commitments;
    const row = (id: string) => cs.find((c) => c.item.id === id);
    expect(cs).toHaveLength(26);
    expect(row('SDG-3.8')).toMatchObject({ basis: 'DECLARED', path: ['montreal-ca-2019-1', 'SDG-3.8'] });
    expect(row('SDG-10.7')).toMatchObject({ basis: 'CURATED', path: ['montreal-ca-2020-1', 'AA-1', 'SDG-10.7'] });
    expect(row('SDG-1.5')).toMatchObject({
      basis: 'INFERRED',
      path: ['montreal-ca-2019-1', 'AA-4', 'NUA-29', 'SDG-1.5'],
    });
  });

  it('UncoveredGcmObjectives', async () => {
    const rows = (await run(app, db, UncoveredGcmObjectivesDocument, {})).data!.coverage;
    expect(rows.map((r) => r.item.id)).toEqual(['GCM-9', 'GCM-11', 'GCM-12', 'GCM-14', 'GCM-21', 'GCM-22']);
  });

  it('ActionAreaAcrossFrameworks for AA-4', async () => {
    const aa = (await run(app, db, ActionAreaAcrossFrameworksDocument, { id: 'AA-4' })).data!.actionArea!;
    expect(aa.gcm.map((a) => a.item.id)).toEqual(['GCM-3', 'GCM-4', 'GCM-15']);
    expect(aa.gcr.map((a) => a.item.id)).toEqual([
      'GCR-III.B.1.2',
      'GCR-III.B.2.1',
      'GCR-III.B.2.3',
      'GCR-III.B.2.6',
      'GCR-III.B.2.7',
    ]);
    expect(aa.nua.map((a) => a.item.id)).toEqual(['NUA-28', 'NUA-29', 'NUA-31', 'NUA-33', 'NUA-34']);
    expect(aa.sdg.map((a) => a.item.id)).toEqual(['SDG-1.4', 'SDG-3.8', 'SDG-4.1', 'SDG-4.5', 'SDG-11.1']);
  });

  it('CommunityOfPractice for montreal-ca', async () => {
    const peers = (await run(app, db, CommunityOfPracticeDocument, { cityId: 'montreal-ca', first: 5 })).data!.peers;
    expect(peers.map((p) => [p.city.id, Number(p.score.toFixed(3)), p.shared.length])).toEqual([
      ['gdansk-pl', 1, 45],
      ['seoul-kr', 1, 45],
      ['lisbon-pt', 0.778, 35],
      ['barcelona-es', 0.738, 45],
      ['tunis-tn', 0.711, 32],
    ]);
  });

  it('PledgeToNua28 for bristol-gb-2023-1', async () => {
    const p = (await run(app, db, PledgeToNua28Document, { pledgeId: 'bristol-gb-2023-1' })).data!.path!;
    expect(p).toMatchObject({
      path: ['bristol-gb-2023-1', 'AA-3', 'GCM-5', 'SDG-10.7', 'NUA-28'],
      hops: 4,
      basis: 'INFERRED',
    });
  });
});

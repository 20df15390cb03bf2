import { CoverageIndex } from './coverage-index';
import type { PledgeRow, Slot } from './coverage-types';
import { type IndexFilter, matchPledges } from './pledge-match';

/**
 * The columnar scan against the rule written slot by slot (what matchPledges did before columns):
 * a seeded random index, every combination of filter values, pages after several cursors, and
 * again after small changes, which must drop the columns built before them.
 */
const AREAS = ['A1', 'A2', 'A3'];
const ITEMS = ['X', 'Y', 'Z', 'W'];
const CITIES = [
  { id: 'c1', countryCode: 'CAN', regionId: 'R1', regionName: 'One' },
  { id: 'c2', countryCode: 'USA', regionId: 'R1', regionName: 'One' },
  { id: 'c3', countryCode: 'KEN', regionId: 'R2', regionName: 'Two' },
  { id: 'c4', countryCode: null, regionId: null, regionName: null },
];

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function rows(n: number, seed: number): PledgeRow[] {
  const r = random(seed);
  const some = <T>(xs: T[]) => xs.filter(() => r() < 0.4);
  return Array.from({ length: n }, (_, k) => ({
    id: `p${String(Math.floor(r() * 1000)).padStart(3, '0')}-${k}`,
    status: ['PLEDGED', 'IN_PROGRESS', 'COMPLETED'][Math.floor(r() * 3)],
    illustrative: [true, false, null][Math.floor(r() * 3)],
    areas: some(AREAS),
    declared: some(ITEMS),
    cities: some(CITIES.map((c) => c.id)),
  }));
}

function index(): CoverageIndex {
  const i = new CoverageIndex(
    1,
    0,
    new Map([
      ['A1', ['X']],
      ['A2', ['X', 'Y']],
      ['A3', []],
    ]),
  );
  i.putCities(CITIES);
  i.putPledges(rows(300, 7));
  return i;
}

/** The rule one slot at a time: what pledges-matching.cypher tests. */
function reference(i: CoverageIndex, f: IndexFilter, after: string | null, limit: number) {
  const itemNo = f.item == null ? undefined : i.itemNo(f.item);
  const passes = (s: Slot) =>
    (f.status == null || s.status === f.status) &&
    (f.illustrative == null || s.illustrative === f.illustrative) &&
    (f.actionArea == null || s.areas.includes(f.actionArea)) &&
    (f.item == null || (itemNo !== undefined && (s.areaReach.includes(itemNo) || s.declared.includes(itemNo)))) &&
    s.cities.some(
      (c) =>
        (f.country == null || c.countryCode === f.country) &&
        (f.region == null || c.regionId === f.region || c.regionName === f.region),
    );
  const all = i.inIdOrder().filter(passes);
  const ids = all.filter((s) => after == null || s.id > after).map((s) => s.id);
  return { total: all.length, ids: ids.slice(0, limit) };
}

function filters(): IndexFilter[] {
  const out: IndexFilter[] = [];
  for (const item of [null, 'X', 'Y', 'W', 'nope'])
    for (const actionArea of [null, 'A2', 'nope'])
      for (const place of [{}, { country: 'CAN' }, { region: 'R1' }, { region: 'Two' }, { region: 'nowhere' }])
        for (const status of [null, 'COMPLETED'])
          for (const illustrative of [null, true, false])
            out.push({ item, actionArea, country: null, region: null, status, illustrative, ...place });
  return out;
}

function expectSame(i: CoverageIndex) {
  const cursors = [
    null,
    ...i
      .inIdOrder()
      .filter((_, k) => k % 70 === 0)
      .map((s) => s.id),
    'p5',
  ];
  for (const f of filters())
    for (const after of cursors)
      expect([f, after, matchPledges(i, f, after, 10)]).toEqual([f, after, reference(i, f, after, 10)]);
}

describe('matchPledges', () => {
  it('finds what the slot-by-slot rule finds, for every filter and cursor', () => {
    expectSame(index());
  });

  it('sees changes made after its columns were built', () => {
    const i = index();
    matchPledges(
      i,
      { item: 'X', actionArea: null, country: null, region: null, status: null, illustrative: null },
      null,
      5,
    );
    const [moved] = i.inIdOrder();
    i.putPledges([
      { id: moved.id, status: 'COMPLETED', illustrative: true, areas: ['A2'], declared: ['W'], cities: ['c3'] },
    ]);
    i.putPledges([
      { id: 'a-new', status: 'COMPLETED', illustrative: false, areas: [], declared: ['Y'], cities: ['c2'] },
    ]);
    i.putCities([{ id: 'c1', countryCode: 'KEN', regionId: 'R2', regionName: 'Two' }]);
    expectSame(i);
  });
});

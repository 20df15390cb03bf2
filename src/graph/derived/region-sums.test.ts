import { countCoverage } from './coverage-count';
import { CoverageIndex } from './coverage-index';
import type { PledgeRow } from './coverage-types';

const AREAS = new Map([
  ['A', ['X', 'Y']],
  ['B', ['Y']],
]);
const ROWS = ['X', 'Y', 'Z', 'W'];
const REGIONS = { by: 'REGION' as const, columns: ['R1', 'R2'] };
const list = (a: Int32Array) => Array.from(a);

/** A repeatable pseudo-random draw, so a failing case fails the same way every run. */
function seeded(start: number) {
  let seed = start;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return { rand, pick: <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)] };
}

/** The same counts without the sums: a (here empty) map of drafts makes countCoverage visit every city. */
const visited = (i: CoverageIndex, by?: typeof REGIONS) => countCoverage(i, ROWS, {}, by, new Map());

describe('region sums', () => {
  it('count each region from its cities, and the cities of joint pledges one by one', () => {
    const i = new CoverageIndex(1, 0, AREAS);
    i.putCities([
      { id: 'c1', countryCode: 'CAN', regionId: 'R1', regionName: 'One' },
      { id: 'c2', countryCode: 'CAN', regionId: 'R1', regionName: 'One' },
      { id: 'c3', countryCode: 'KEN', regionId: 'R2', regionName: 'Two' },
      { id: 'c4', countryCode: null, regionId: null, regionName: null },
    ]);
    i.putPledges([
      { id: 'p1', status: 'PLEDGED', illustrative: true, areas: ['A'], declared: ['Z'], cities: ['c1'] },
      { id: 'p2', status: 'PLEDGED', illustrative: true, areas: ['B'], declared: [], cities: ['c1'] },
      { id: 'p3', status: 'PLEDGED', illustrative: true, areas: ['B'], declared: ['Y'], cities: ['c2'] },
      { id: 'p4', status: 'PLEDGED', illustrative: true, areas: ['B'], declared: [], cities: ['c2', 'c3'] },
      { id: 'p5', status: 'PLEDGED', illustrative: true, areas: ['A'], declared: [], cities: ['c4'] },
    ]);
    const sums = i.regionSums();
    expect(sums.apart.map((c) => c.id).sort()).toEqual(['c2', 'c3']);
    expect([...sums.byRegion.keys()].sort()).toEqual(['', 'R1']);
    const byRegion = countCoverage(i, ROWS, {}, REGIONS);
    // X [R1: p1 | R2: -], Y [R1: p1,p2,p3,p4 | R2: p4], Z [R1: p1 | R2: -]; c4 has no region.
    expect(list(byRegion.pledges)).toEqual([1, 0, 4, 1, 1, 0, 0, 0]);
    expect(list(byRegion.cities)).toEqual([1, 0, 2, 1, 1, 0, 0, 0]);
    const all = countCoverage(i, ROWS, {});
    expect(list(all.pledges)).toEqual([2, 5, 1, 0]); // X: p1,p5  Y: p1..p5  Z: p1
    expect(list(all.cities)).toEqual([2, 4, 1, 0]);
    expect(list(all.declared)).toEqual([0, 1, 1, 0]);
  });

  it('give the counts of a visit of every city, also after pledges change and a city moves region', () => {
    const { rand, pick } = seeded(7);
    const cities = Array.from({ length: 12 }, (_, k) => ({
      id: `c${k}`,
      countryCode: 'CAN',
      regionId: pick(['R1', 'R2', 'R3', null]),
      regionName: null,
    }));
    const pledge = (k: number): PledgeRow => ({
      id: `p${k}`,
      status: 'PLEDGED',
      illustrative: true,
      areas: rand() < 0.2 ? [] : [pick(['A', 'B'])],
      declared: rand() < 0.5 ? [pick(ROWS)] : [],
      cities: rand() < 0.15 ? [pick(cities).id, pick(cities).id] : rand() < 0.05 ? [] : [pick(cities).id],
    });
    const i = new CoverageIndex(1, 0, AREAS);
    i.putCities(cities);
    i.putPledges(Array.from({ length: 40 }, (_, k) => pledge(k)));
    const same = () => {
      for (const by of [REGIONS, undefined]) {
        const fast = countCoverage(i, ROWS, {}, by);
        const slow = visited(i, by);
        expect([list(fast.pledges), list(fast.cities), list(fast.declared)]).toEqual([
          list(slow.pledges),
          list(slow.cities),
          list(slow.declared),
        ]);
      }
      return list(countCoverage(i, ROWS, {}, REGIONS).pledges);
    };
    const before = same();
    i.putPledges(Array.from({ length: 15 }, (_, k) => pledge(k * 2)));
    same();
    // Every city in R1 moves to R2: the R1 column empties of all but joint pledges' cities.
    i.putCities(cities.map((c) => ({ ...c, regionId: c.regionId === 'R1' ? 'R2' : c.regionId })));
    const after = same();
    expect(after).not.toEqual(before);
  });

  it('give, under a region or action-area filter, the counts of a pledge-by-pledge walk', () => {
    const { rand, pick } = seeded(11);
    const REGION_NAMES: Record<string, string> = { R1: 'One', R2: 'Two', R3: 'Three' };
    const cities = Array.from({ length: 14 }, (_, k) => {
      const regionId = pick(['R1', 'R2', 'R3', null]);
      return {
        id: `c${k}`,
        countryCode: pick(['CAN', 'KEN']),
        regionId,
        regionName: regionId && REGION_NAMES[regionId],
      };
    });
    const rows: PledgeRow[] = Array.from({ length: 60 }, (_, k) => ({
      id: `p${k}`,
      status: 'PLEDGED',
      illustrative: true,
      areas: rand() < 0.2 ? [] : rand() < 0.3 ? ['A', 'B'] : [pick(['A', 'B'])],
      declared: rand() < 0.5 ? [pick(ROWS)] : [],
      cities: rand() < 0.15 ? [pick(cities).id, pick(cities).id] : [pick(cities).id],
    }));
    // The oracle: every pledge walked, each of its cities tested for the place.
    const walk = (f: { region?: string; country?: string; actionArea?: string }) => {
      const pledges = ROWS.map(() => new Set<string>());
      const reached = ROWS.map(() => new Set<string>());
      const declared = ROWS.map(() => 0);
      for (const p of rows) {
        if (f.actionArea && !p.areas.includes(f.actionArea)) continue;
        const here = cities.filter(
          (c) =>
            p.cities.includes(c.id) &&
            (!f.country || c.countryCode === f.country) &&
            (!f.region || c.regionId === f.region || c.regionName === f.region),
        );
        if (here.length === 0) continue;
        const items = new Set([...p.areas.flatMap((a) => AREAS.get(a) ?? []), ...p.declared]);
        ROWS.forEach((item, r) => {
          if (p.declared.includes(item)) declared[r] += 1;
          if (!items.has(item)) return;
          pledges[r].add(p.id);
          for (const c of here) reached[r].add(c.id);
        });
      }
      return [pledges.map((x) => x.size), reached.map((x) => x.size), declared];
    };
    const i = new CoverageIndex(1, 0, AREAS);
    i.putCities(cities);
    i.putPledges(rows);
    const filters = [{}, { region: 'R1' }, { region: 'Two' }, { actionArea: 'A' }, { region: 'R3', actionArea: 'B' }];
    const check = () => {
      for (const f of [...filters, { country: 'KEN', actionArea: 'A' }]) {
        const n = countCoverage(i, ROWS, f);
        expect([list(n.pledges), list(n.cities), list(n.declared)]).toEqual(walk(f));
      }
    };
    check();
    // Pledges change area and city after the sums were made: both are made again.
    for (let k = 0; k < 20; k++) rows[k * 3] = { ...rows[k * 3], areas: [pick(['A', 'B'])], cities: [pick(cities).id] };
    i.putPledges(rows);
    check();
  });
});

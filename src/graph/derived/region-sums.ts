import { type PackedTotals, totalsOf } from './city-totals';
import type { Counts } from './coverage-count';
import type { CityEntry } from './coverage-types';

/** One region's cities' kept totals added up, by item number. */
export interface RegionSum {
  /** Single-city pledges reaching the item. */
  pledges: Int32Array;
  /** Cities whose single-city pledges reach it. */
  cities: Int32Array;
  /** Single-city pledges naming it. */
  named: Int32Array;
}

export interface RegionSums {
  /** By region id ('' for a city without one), over the cities with pledges and no joint pledge. */
  byRegion: Map<string, RegionSum>;
  /** Cities with a joint pledge: counting visits them one by one, so a city counts once per cell. */
  apart: CityEntry[];
  /** Region id -> its name: a place filter names a region either way. */
  names: Map<string, string | null>;
}

/** The sums of the regions a place filter's `region` names (by id or name); all of them without one. */
export function regionsNamed(sums: RegionSums, region: string | null | undefined): Map<string, RegionSum> {
  if (region == null) return sums.byRegion;
  return new Map([...sums.byRegion].filter(([id]) => id !== '' && (id === region || sums.names.get(id) === region)));
}

/**
 * The heat map by region and coverage without any filter add up every city's totals: at 10,000
 * cities that is millions of additions per request. Added up once per change of the index instead,
 * a request adds one sum per region and visits only the cities with joint pledges.
 */
export function sumByRegion(
  cities: Iterable<CityEntry>,
  itemCount: number,
  totalsOfCity: (c: CityEntry) => PackedTotals = totalsOf,
): RegionSums {
  const byRegion = new Map<string, RegionSum>();
  const apart: CityEntry[] = [];
  const names = new Map<string, string | null>();
  for (const c of cities) {
    if (c.pledges.size === 0) continue;
    if (c.joint.size > 0) {
      apart.push(c);
      continue;
    }
    const key = c.regionId ?? '';
    names.set(key, c.regionName);
    let sum = byRegion.get(key);
    if (!sum) {
      sum = { pledges: new Int32Array(itemCount), cities: new Int32Array(itemCount), named: new Int32Array(itemCount) };
      byRegion.set(key, sum);
    }
    const totals = totalsOfCity(c);
    for (let k = 0; k < totals.reached.length; k += 2) {
      sum.pledges[totals.reached[k]] += totals.reached[k + 1];
      sum.cities[totals.reached[k]] += 1;
    }
    for (let k = 0; k < totals.named.length; k += 2) sum.named[totals.named[k]] += totals.named[k + 1];
  }
  return { byRegion, apart, names };
}

/**
 * Adds the region sums into the counts: into each region's column (`columns`: region id -> column),
 * or all into one column when there is none. Items numbered after the sums were made reach nothing in them.
 */
export function addSums(
  byRegion: Map<string, RegionSum>,
  rows: string[],
  width: number,
  columns: Map<string, number> | null,
  out: Counts,
  itemNo: (id: string) => number | undefined,
): void {
  const items = rows.map(itemNo);
  for (const [region, sum] of byRegion) {
    const col = columns ? columns.get(region) : 0;
    if (col === undefined) continue;
    items.forEach((n, r) => {
      if (n === undefined || n >= sum.pledges.length) return;
      out.pledges[r * width + col] += sum.pledges[n];
      out.cities[r * width + col] += sum.cities[n];
      if (!columns) out.declared[r] += sum.named[n];
    });
  }
}

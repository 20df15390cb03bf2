import { areaTotalsOf, totalsOf } from './city-totals';
import type { CoverageIndex } from './coverage-index';
import type { CityEntry, Slot } from './coverage-types';
import { addSums, regionsNamed } from './region-sums';

/** Which pledges count; every given field must hold (as in coverage-matching.cypher). */
export interface CountFilter {
  region?: string | null;
  country?: string | null;
  actionArea?: string | null;
  status?: string | null;
  illustrative?: boolean | null;
}
export type CountBy = 'REGION' | 'ACTION_AREA' | 'STATUS';

export interface Counts {
  /** Row-major: cell = row × columns + column. */
  pledges: Int32Array;
  cities: Int32Array;
  /** Per row, pledges naming the item themselves (only without `by`). */
  declared: Int32Array;
}

const pledgePasses = (s: Slot, f: CountFilter) =>
  (f.status == null || s.status === f.status) &&
  (f.illustrative == null || s.illustrative === f.illustrative) &&
  (f.actionArea == null || s.areas.includes(f.actionArea));

/**
 * Counts, for each row item, the matching pledges reaching it and their distinct cities, per
 * column when `by` is given (columns are the keys, in order). One pass over the matching cities'
 * pledges: a city's pledges are visited together, so "distinct cities" is a stamp per cell; a
 * joint pledge, visited once per city, counts once per cell. `drafts` (CoverageIndex.draftSlots) are
 * a viewer's visible drafts, visited with their cities' pledges so a city still counts once.
 */
export function countCoverage(
  index: CoverageIndex,
  rows: string[],
  filter: CountFilter,
  by?: { by: CountBy; columns: string[] },
  drafts?: ReadonlyMap<string, Slot[]>,
): Counts {
  const width = by ? by.columns.length : 1;
  const rowOf = new Int32Array(index.itemCount).fill(-1);
  rows.forEach((id, r) => {
    const n = index.itemNo(id);
    if (n !== undefined) rowOf[n] = r;
  });
  const colOf = new Map((by?.columns ?? []).map((k, i) => [k, i]));
  const pledges = new Int32Array(rows.length * width);
  const cities = new Int32Array(rows.length * width);
  const declared = new Int32Array(rows.length);
  const stamp = new Int32Array(rows.length * width).fill(-1);
  const jointSeen = new Set<string>();

  // Pledges in the same action areas share one reach array: map it to this framework's rows once.
  const areaRows = new Map<Int32Array, Int32Array>();
  const rowsOfAreas = (reach: Int32Array) => {
    let out = areaRows.get(reach);
    if (!out) {
      out = Int32Array.from(reach, (n) => rowOf[n]).filter((r) => r >= 0);
      areaRows.set(reach, out);
    }
    return out;
  };
  const touch = (row: number, col: number, city: number, countPledge: boolean) => {
    const cell = row * width + col;
    if (countPledge) pledges[cell] += 1;
    if (stamp[cell] !== city) {
      stamp[cell] = city;
      cities[cell] += 1;
    }
  };

  const add = (s: Slot, city: number, col: number) => {
    let countPledge = true;
    if (s.cities.length > 1) {
      const key = `${s.id}\u0000${col}`;
      countPledge = !jointSeen.has(key);
      jointSeen.add(key);
    }
    const viaAreas = rowsOfAreas(s.areaReach);
    for (let k = 0; k < viaAreas.length; k++) touch(viaAreas[k], col, city, countPledge);
    for (let k = 0; k < s.extra.length; k++) {
      const row = rowOf[s.extra[k]];
      if (row >= 0) touch(row, col, city, countPledge);
    }
    if (!by && countPledge)
      for (let k = 0; k < s.declared.length; k++) {
        const row = rowOf[s.declared[k]];
        if (row >= 0) declared[row] += 1;
      }
  };

  // With no pledge-level filter but the action area a city's single-city pledges count as its kept
  // totals (one visit per item it reaches, not per pledge and item); its joint pledges and the
  // viewer's drafts are still visited one by one.
  const totalsServe = filter.status == null && filter.illustrative == null && (!by || by.by === 'REGION');
  const area = filter.actionArea;
  const addTotals = (c: CityEntry, col: number, own: Slot[] | undefined) => {
    const totals = area == null ? totalsOf(c) : areaTotalsOf(c, area);
    for (let k = 0; k < totals.reached.length; k += 2) {
      const row = rowOf[totals.reached[k]];
      if (row < 0) continue;
      // Each item once per city here: its cell's city stamp is set for the joint pledges below.
      const cell = row * width + col;
      pledges[cell] += totals.reached[k + 1];
      stamp[cell] = c.no;
      cities[cell] += 1;
    }
    if (!by)
      for (let k = 0; k < totals.named.length; k += 2) {
        const row = rowOf[totals.named[k]];
        if (row >= 0) declared[row] += totals.named[k + 1];
      }
    for (const s of own ? [...c.joint, ...own] : c.joint) if (pledgePasses(s, filter)) add(s, c.no, col);
  };
  const inPlace = filter.country != null || filter.region != null ? index.citiesIn(filter) : undefined;
  let visit: Iterable<CityEntry> = index.cities.values();
  if (totalsServe && filter.country == null && !drafts) {
    // Whole regions count: the index's sums per region (of the area's pledges, given one) serve all
    // but the cities with joint pledges, which are visited (and tested for the place) below.
    const sums = index.regionSums(area);
    const regions = regionsNamed(sums, filter.region);
    addSums(regions, rows, width, by ? colOf : null, { pledges, cities, declared }, (id) => index.itemNo(id));
    visit = sums.apart;
  }
  for (const c of visit) {
    const own = drafts?.get(c.id);
    if ((c.pledges.size === 0 && !own) || (inPlace !== undefined && inPlace[c.no] === 0)) continue;
    const regionCol = by?.by === 'REGION' ? colOf.get(c.regionId ?? '') : undefined;
    if (by?.by === 'REGION' && regionCol === undefined) continue;
    if (totalsServe) {
      addTotals(c, regionCol ?? 0, own);
      continue;
    }
    for (const s of own ? [...c.pledges, ...own] : c.pledges) {
      if (!pledgePasses(s, filter)) continue;
      if (!by) add(s, c.no, 0);
      else if (by.by === 'REGION') add(s, c.no, regionCol as number);
      else if (by.by === 'STATUS') {
        const col = colOf.get(s.status);
        if (col !== undefined) add(s, c.no, col);
      } else
        for (const a of s.areas) {
          const col = colOf.get(a);
          if (col !== undefined) add(s, c.no, col);
        }
    }
  }
  return { pledges, cities, declared };
}

import type { CityEntry, Slot } from './coverage-types';

function tally(counts: Map<number, number>, items: Int32Array, by: number): void {
  for (let k = 0; k < items.length; k++) {
    const n = (counts.get(items[k]) ?? 0) + by;
    if (n === 0) counts.delete(items[k]);
    else counts.set(items[k], n);
  }
}

/** A pledge joins or leaves a city: its set, and its totals when it is the city's alone. */
export function join(c: CityEntry, s: Slot, by = 1): void {
  if (by > 0) c.pledges.add(s);
  else c.pledges.delete(s);
  if (s.cities.length > 1) {
    if (by > 0) c.joint.add(s);
    else c.joint.delete(s);
    return;
  }
  c.packed = undefined;
  c.areaPacked = undefined;
  tally(c.reached, s.areaReach, by);
  tally(c.reached, s.extra, by);
  tally(c.named, s.declared, by);
}
export const leave = (c: CityEntry, s: Slot) => join(c, s, -1);

/** Interleaved [item, count, item, count, ...]: a city's totals as countCoverage reads them. */
export interface PackedTotals {
  reached: Int32Array;
  named: Int32Array;
}

function pack(counts: Map<number, number>): Int32Array {
  const out = new Int32Array(counts.size * 2);
  let k = 0;
  for (const [n, count] of counts) {
    out[k++] = n;
    out[k++] = count;
  }
  return out;
}

/** Packed once after a change: reading typed arrays is several times faster than walking the maps. */
export function totalsOf(c: CityEntry): PackedTotals {
  if (!c.packed) c.packed = { reached: pack(c.reached), named: pack(c.named) };
  return c.packed;
}

/**
 * A city's totals over only its single-city pledges in one action area (coverage filtered by area):
 * made from its pledges on first use after a change, as `packed` is, so a filtered count adds them
 * instead of testing every pledge of every city in place.
 */
export function areaTotalsOf(c: CityEntry, area: string): PackedTotals {
  c.areaPacked ??= new Map();
  let totals = c.areaPacked.get(area);
  if (!totals) {
    const reached = new Map<number, number>();
    const named = new Map<number, number>();
    for (const s of c.pledges) {
      if (s.cities.length > 1 || !s.areas.includes(area)) continue;
      tally(reached, s.areaReach, 1);
      tally(reached, s.extra, 1);
      tally(named, s.declared, 1);
    }
    totals = { reached: pack(reached), named: pack(named) };
    c.areaPacked.set(area, totals);
  }
  return totals;
}

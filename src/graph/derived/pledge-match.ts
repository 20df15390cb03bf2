import { cityPasses } from './coverage-count';
import type { CoverageIndex, Slot } from './coverage-index';
import { lowerBound } from './id-order';

/** The filters pledges-matching.cypher applies that the coverage index can answer. */
export interface IndexFilter {
  actionArea: string | null;
  item: string | null;
  country: string | null;
  region: string | null;
  status: string | null;
  illustrative: boolean | null;
}

/**
 * The published pledges matching `f`, as pledges-matching.cypher would find them: how many, and
 * the ids of one page in id order after `after`. An item is reached when the pledge names it or
 * one of its action areas links to it; a place holds when any of the pledge's cities is in it.
 */
export function matchPledges(
  index: CoverageIndex,
  f: IndexFilter,
  after: string | null,
  limit: number,
  extra: Slot[] = [],
): { total: number; ids: string[] } {
  let reaches: Set<Int32Array> | undefined;
  let itemNo = -1;
  if (f.item != null) {
    const n = index.itemNo(f.item);
    if (n === undefined) return { total: 0, ids: [] };
    itemNo = n;
    reaches = index.reachesOf(n);
  }
  const place = f.country != null || f.region != null;
  const passes = (s: Slot) =>
    (f.status == null || s.status === f.status) &&
    (f.illustrative == null || s.illustrative === f.illustrative) &&
    (f.actionArea == null || s.areas.includes(f.actionArea)) &&
    (reaches === undefined || reaches.has(s.areaReach) || s.declared.includes(itemNo)) &&
    (!place || s.cities.some((c) => cityPasses(c, f)));
  const slots = index.inIdOrder();
  const start = after == null ? 0 : lowerBound(slots, after);
  let total = 0;
  const ids: string[] = [];
  for (let k = 0; k < slots.length; k++) {
    const s = slots[k];
    if (!passes(s)) continue;
    total += 1;
    if (k >= start && ids.length < limit && s.id !== after) ids.push(s.id);
  }
  // Slots the index does not hold (a viewer's drafts, a few hundred at most) join in id order.
  const more = extra.filter(passes);
  if (more.length === 0) return { total, ids };
  const later = more.map((s) => s.id).filter((id) => after == null || id > after);
  return { total: total + more.length, ids: [...ids, ...later].sort().slice(0, limit) };
}

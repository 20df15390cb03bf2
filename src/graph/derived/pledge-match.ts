import type { CoverageIndex } from './coverage-index';
import type { Slot } from './coverage-types';
import { nextBit, type SlotColumns } from './slot-columns';
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
  const inPlace = f.country != null || f.region != null ? index.citiesIn(f) : undefined;
  const passes = (s: Slot) =>
    (f.status == null || s.status === f.status) &&
    (f.illustrative == null || s.illustrative === f.illustrative) &&
    (f.actionArea == null || s.areas.includes(f.actionArea)) &&
    (reaches === undefined || reaches.has(s.areaReach) || s.declared.includes(itemNo)) &&
    (inPlace === undefined || s.cities.some((c) => inPlace[c.no] === 1));
  const cols = index.columns();
  const start = after == null ? 0 : lowerBound(cols.slots, after);
  const { total, ids } = scan(cols, f, itemNo, inPlace, start, after, limit);
  // Slots the index does not hold (a viewer's drafts, a few hundred at most) join in id order.
  const more = extra.filter(passes);
  if (more.length === 0) return { total, ids };
  const later = more.map((s) => s.id).filter((id) => after == null || id > after);
  return { total: total + more.length, ids: [...ids, ...later].sort().slice(0, limit) };
}

/** The same test as `passes`, on the index's columns (slot-columns.ts): no slot object is touched until a page's ids are taken. */
function scan(
  cols: SlotColumns,
  f: IndexFilter,
  itemNo: number,
  cityHit: Uint8Array | undefined,
  start: number,
  after: string | null,
  limit: number,
): { total: number; ids: string[] } {
  const status = f.status == null ? -1 : cols.statusNo(f.status);
  const area = f.actionArea == null ? -1 : cols.areaNo(f.actionArea);
  // A filter value no held pledge has: nothing here passes.
  if ((f.status != null && status < 0) || (f.actionArea != null && area < 0)) return { total: 0, ids: [] };
  const illustrative = f.illustrative == null ? -1 : f.illustrative ? 1 : 0;
  // With an item, only the slots reaching it are visited.
  const reach = itemNo < 0 ? undefined : cols.reachSet(itemNo);
  let total = 0;
  const ids: string[] = [];
  for (let k = reach ? nextBit(reach, 0) : 0; k >= 0 && k < cols.count; k = reach ? nextBit(reach, k + 1) : k + 1) {
    if (status >= 0 && cols.status[k] !== status) continue;
    if (illustrative >= 0 && cols.illustrative[k] !== illustrative) continue;
    if (area >= 0 && !cols.inArea(k, area)) continue;
    if (cityHit && !cols.inPlace(k, cityHit)) continue;
    total += 1;
    if (k >= start && ids.length < limit && cols.slots[k].id !== after) ids.push(cols.slots[k].id);
  }
  return { total, ids };
}

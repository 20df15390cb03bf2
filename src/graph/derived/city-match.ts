import type { CityEntry, CoverageIndex } from './coverage-index';

/**
 * The cities with a published pledge reaching `item` (naming it, or through one of its action
 * areas' curated links), as cities-matching.cypher would find them: a city's single-city pledges
 * are in its kept totals, its joint ones are tested one by one. `also`: cities the viewer's drafts
 * add. `place` narrows by country or region. Returns how many, and one page of ids in id order.
 */
export function citiesReaching(
  index: CoverageIndex,
  item: string,
  place: (c: CityEntry) => boolean,
  also: ReadonlySet<string>,
  after: string | null,
  limit: number,
): { total: number; ids: string[] } {
  const n = index.itemNo(item);
  const reaches = n === undefined ? new Set<Int32Array>() : index.reachesOf(n);
  const found: string[] = [];
  const jointReaches = (c: CityEntry) => {
    for (const s of c.joint) if (reaches.has(s.areaReach) || s.declared.includes(n as number)) return true;
    return false;
  };
  for (const c of index.cities.values()) {
    if (!place(c)) continue;
    // Walked as a set: ten thousand cities per request, no array copied for each.
    if (also.has(c.id) || (n !== undefined && (c.reached.has(n) || jointReaches(c)))) found.push(c.id);
  }
  found.sort();
  const ids = found.filter((id) => after == null || id > after).slice(0, limit);
  return { total: found.length, ids };
}

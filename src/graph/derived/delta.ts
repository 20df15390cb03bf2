/**
 * Pure arithmetic of the derived reach data, kept apart from Cypher so it is unit-tested.
 * A pledge contributes its direct reach (items it declares, plus the items its action areas'
 * curated links reach) to each of its cities and to every reached item's counts. What it
 * contributed last time is stored on it, so a refresh subtracts the old and adds the new.
 */
export interface PledgeState {
  id: string;
  draft: boolean;
  oldAreas: string[];
  oldDeclared: string[];
  oldCities: string[];
  areas: string[];
  declared: string[];
  cities: string[];
}
export interface Contribution {
  id: string;
  areas: string[];
  declared: string[];
  cities: string[];
}
export interface ItemDelta {
  id: string;
  pledges: number;
  declared: number;
  cities: number;
}
export interface CityState {
  id: string;
  items: string[];
  counts: number[];
}

export interface PledgeDeltas {
  pledges: Contribution[];
  /** city → item → change in the number of the city's pledges reaching the item. */
  perCity: Map<string, Map<string, number>>;
  perItem: Map<string, ItemDelta>;
}

function reachOf(areas: string[], declared: string[], areaItems: Map<string, string[]>): Set<string> {
  const out = new Set(declared);
  for (const a of areas) for (const i of areaItems.get(a) ?? []) out.add(i);
  return out;
}

export function pledgeDeltas(rows: PledgeState[], areaItems: Map<string, string[]>, ignoreOld = false): PledgeDeltas {
  const perCity = new Map<string, Map<string, number>>();
  const perItem = new Map<string, ItemDelta>();
  const item = (id: string) => {
    const d = perItem.get(id) ?? { id, pledges: 0, declared: 0, cities: 0 };
    perItem.set(id, d);
    return d;
  };
  const apply = (c: Contribution, sign: number) => {
    // A pledge without a city is not counted, as coverage never counted one.
    if (c.cities.length === 0) return;
    const reach = reachOf(c.areas, c.declared, areaItems);
    for (const i of reach) item(i).pledges += sign;
    for (const i of new Set(c.declared)) item(i).declared += sign;
    for (const city of c.cities) {
      const m = perCity.get(city) ?? new Map<string, number>();
      perCity.set(city, m);
      for (const i of reach) m.set(i, (m.get(i) ?? 0) + sign);
    }
  };
  const pledges: Contribution[] = [];
  for (const r of rows) {
    if (!ignoreOld) apply({ id: r.id, areas: r.oldAreas, declared: r.oldDeclared, cities: r.oldCities }, -1);
    const now = r.draft
      ? { id: r.id, areas: [], declared: [], cities: [] }
      : { id: r.id, areas: r.areas, declared: r.declared, cities: r.cities };
    apply(now, 1);
    pledges.push(now);
  }
  return { pledges, perCity, perItem };
}

/** New per-city lists (items sorted, zero counts dropped) and each item's change in city count. */
export function cityTotals(cities: CityState[], deltas: PledgeDeltas): { cities: CityState[]; items: ItemDelta[] } {
  const out: CityState[] = [];
  for (const c of cities) {
    const change = deltas.perCity.get(c.id);
    if (!change) continue;
    const counts = new Map(c.items.map((id, k) => [id, c.counts[k]]));
    for (const [i, d] of change) {
      if (d === 0) continue;
      const before = counts.get(i) ?? 0;
      const after = before + d;
      if (after < 0) throw new Error(`derived reach: city ${c.id} would count ${after} pledges for ${i}`);
      const perItem = deltas.perItem.get(i) ?? { id: i, pledges: 0, declared: 0, cities: 0 };
      if (before === 0 && after > 0) perItem.cities += 1;
      if (before > 0 && after === 0) perItem.cities -= 1;
      deltas.perItem.set(i, perItem);
      if (after === 0) counts.delete(i);
      else counts.set(i, after);
    }
    const items = [...counts.keys()].sort();
    out.push({ id: c.id, items, counts: items.map((i) => counts.get(i) as number) });
  }
  const items = [...deltas.perItem.values()]
    .filter((d) => d.pledges !== 0 || d.declared !== 0 || d.cities !== 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { cities: out, items };
}

/**
 * Every published pledge's reach, held in memory so coverage under any filter, and the heat map's
 * matrix, count in one pass over the matching cities' pledges instead of a graph walk over every
 * pledge reaching every item. It holds exactly what derived-write.cypher stores (reachAreas,
 * reachDeclared, reachCities) plus status and the illustrative flag; src/graph/derived/
 * coverage-source.ts keeps it at the database's graph version. Counting is coverage-count.ts.
 */
import { areaTotalsOf, join, leave, totalsOf } from './city-totals';
import { CityBook } from './city-book';
import { IdOrder } from './id-order';
import { type RegionSums, sumByRegion } from './region-sums';
import type { SlotColumns } from './slot-columns';
import type { CityEntry, CityRow, PledgeRow, Slot } from './coverage-types';

export class CoverageIndex {
  readonly pledges = new Map<string, Slot>();
  private readonly book = new CityBook();
  readonly cities = this.book.entries;
  private readonly itemNos = new Map<string, number>();
  private readonly itemIds: string[] = [];
  private readonly areaReaches = new Map<string, Int32Array>();
  private readonly order = new IdOrder();
  /** Bumped by every change of pledges or cities: what is derived from them is rebuilt after it. */
  private changes = 0;
  /** By action area ('' for all pledges): each made again on first use after a change. */
  private readonly sums = new Map<string, { at: number; sums: RegionSums }>();

  /** The graph version it holds every change up to; moves forward as changes are applied. */
  version: number;

  constructor(
    version: number,
    readonly epoch: number,
    private readonly areaItems: Map<string, string[]>,
  ) {
    this.version = version;
  }

  itemNo(id: string): number | undefined {
    return this.itemNos.get(id);
  }

  get itemCount(): number {
    return this.itemNos.size;
  }

  /** Every city's direct commitment set (what City.reachItems holds): the peer ranking's input. */
  citySets(): Array<[string, string[]]> {
    const out: Array<[string, string[]]> = [];
    for (const c of this.cities.values()) {
      const set = new Set<number>();
      for (const s of c.pledges) {
        for (const n of s.areaReach) set.add(n);
        for (const n of s.extra) set.add(n);
      }
      out.push([c.id, Array.from(set, (n) => this.itemIds[n])]);
    }
    return out;
  }

  putCities(rows: CityRow[]): void {
    this.changes += 1;
    this.book.put(rows);
  }

  /** City numbers in city id order, a number's id, and the numbers a place filter keeps (city-book.ts). */
  citiesInIdOrder(): Int32Array {
    return this.book.inIdOrder();
  }

  cityId(no: number): string {
    return this.book.idOf(no);
  }

  citiesIn(f: { country?: string | null; region?: string | null }): Uint8Array {
    return this.book.inPlace(f);
  }

  /** Adds or replaces pledges; one without a city (a draft, or cityless) counts for nothing. */
  putPledges(rows: PledgeRow[]): void {
    this.changes += 1;
    if (rows.length > 256) this.order.reset();
    for (const r of rows) {
      const old = this.pledges.get(r.id);
      if (old) for (const c of old.cities) leave(c, old);
      this.pledges.delete(r.id);
      const slot = this.slotOf(r);
      this.order.change(old, slot ?? undefined);
      if (!slot) continue;
      this.pledges.set(r.id, slot);
      for (const c of slot.cities) join(c, slot);
    }
  }

  /** Every pledge it holds, in id order. */
  inIdOrder(): Slot[] {
    return this.order.all(this.pledges.values());
  }

  /** The same, as typed arrays for scans (slot-columns.ts). */
  columns(): SlotColumns {
    return this.order.columns(this.pledges.values());
  }

  /** Its cities' totals (of one action area's pledges, given `area`) added up per region, once per change (region-sums.ts). */
  regionSums(area?: string | null): RegionSums {
    const key = area ?? '';
    let kept = this.sums.get(key);
    if (kept?.at !== this.changes) {
      const totals = area == null ? totalsOf : (c: CityEntry) => areaTotalsOf(c, area);
      kept = { at: this.changes, sums: sumByRegion(this.cities.values(), this.itemCount, totals) };
      this.sums.set(key, kept);
    }
    return kept.sums;
  }

  /** Slots for rows the index does not keep (a viewer's drafts), one each; cityless ones dropped. */
  slotsOf(rows: PledgeRow[]): Slot[] {
    return rows.flatMap((r) => this.slotOf(r) ?? []);
  }

  /** The area combinations whose curated links reach item number `n`. */
  reachesOf(n: number): Set<Int32Array> {
    return new Set([...this.areaReaches.values()].filter((reach) => reach.includes(n)));
  }

  /**
   * Slots for one request's visible drafts (src/graph/registry/overlay.ts), by city id, for
   * countCoverage to count beside the cities' public pledges; the index itself keeps none of them.
   */
  draftSlots(rows: PledgeRow[]): Map<string, Slot[]> {
    const out = new Map<string, Slot[]>();
    for (const r of rows) {
      const slot = this.slotOf(r);
      for (const c of slot?.cities ?? []) out.set(c.id, [...(out.get(c.id) ?? []), slot as Slot]);
    }
    return out;
  }

  private slotOf(r: PledgeRow): Slot | null {
    const cities = r.cities.map((id) => this.cities.get(id)).filter((c): c is CityEntry => c !== undefined);
    if (cities.length === 0) return null;
    const areas = [...r.areas].sort();
    const areaReach = this.reachOfAreas(areas);
    const inAreas = new Set(areaReach);
    const declared = Int32Array.from(new Set(r.declared), (i) => this.number(i));
    return {
      id: r.id,
      status: r.status,
      illustrative: r.illustrative,
      areas,
      cities,
      areaReach,
      extra: declared.filter((n) => !inAreas.has(n)),
      declared,
    };
  }

  private number(itemId: string): number {
    let n = this.itemNos.get(itemId);
    if (n === undefined) {
      n = this.itemNos.size;
      this.itemNos.set(itemId, n);
      this.itemIds.push(itemId);
    }
    return n;
  }

  private reachOfAreas(areas: string[]): Int32Array {
    const key = areas.join('|');
    let reach = this.areaReaches.get(key);
    if (!reach) {
      const items = new Set(areas.flatMap((a) => this.areaItems.get(a) ?? []));
      reach = Int32Array.from(items, (i) => this.number(i));
      this.areaReaches.set(key, reach);
    }
    return reach;
  }
}

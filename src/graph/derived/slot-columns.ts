import type { Slot } from './coverage-types';

/**
 * The index's pledges in id order, laid out as typed arrays (one entry per pledge, lists as
 * offsets into one flat array). Matching a filter then reads a few contiguous arrays instead of
 * following each slot's objects across the heap: measured at 200,000 pledges, a scan went from
 * 32–43 ms (slot objects) to a few ms. Built on first use after the order changed.
 */
export class SlotColumns {
  readonly count: number;
  /** Status and illustrative flag, coded: statusNo(s) gives the code of status s. */
  readonly status: Uint8Array;
  /** 0 false, 1 true, 2 unknown. */
  readonly illustrative: Uint8Array;
  /** Number of the slot's area combination (its areaReach array, shared by pledges in the same areas). */
  readonly reach: Int32Array;
  /** The combinations' item numbers, by combination number. */
  readonly reaches: Int32Array[];
  /** Area numbers, declared item numbers and city numbers (CityEntry.no) per slot: slot k's are [start[k], start[k + 1]). */
  readonly areaStart: Int32Array;
  readonly areaNos: Uint16Array;
  readonly declaredStart: Int32Array;
  readonly declared: Int32Array;
  readonly cityStart: Int32Array;
  readonly cityNos: Int32Array;
  private readonly statusNos = new Map<string, number>();
  private readonly areaNosById = new Map<string, number>();
  private readonly reachSets = new Map<number, Uint32Array>();

  constructor(readonly slots: Slot[]) {
    const n = slots.length;
    this.count = n;
    this.status = new Uint8Array(n);
    this.illustrative = new Uint8Array(n);
    this.reach = new Int32Array(n);
    this.reaches = [];
    const reachNos = new Map<Int32Array, number>();
    let areas = 0;
    let declared = 0;
    let cities = 0;
    for (const s of slots) {
      areas += s.areas.length;
      declared += s.declared.length;
      cities += s.cities.length;
    }
    this.areaStart = new Int32Array(n + 1);
    this.areaNos = new Uint16Array(areas);
    this.declaredStart = new Int32Array(n + 1);
    this.declared = new Int32Array(declared);
    this.cityStart = new Int32Array(n + 1);
    this.cityNos = new Int32Array(cities);
    let a = 0;
    let d = 0;
    let c = 0;
    for (let k = 0; k < n; k++) {
      const s = slots[k];
      this.status[k] = code(this.statusNos, s.status);
      this.illustrative[k] = s.illustrative === null ? 2 : s.illustrative ? 1 : 0;
      let r = reachNos.get(s.areaReach);
      if (r === undefined) {
        r = this.reaches.length;
        reachNos.set(s.areaReach, r);
        this.reaches.push(s.areaReach);
      }
      this.reach[k] = r;
      for (const id of s.areas) this.areaNos[a++] = code(this.areaNosById, id);
      this.areaStart[k + 1] = a;
      this.declared.set(s.declared, d);
      d += s.declared.length;
      this.declaredStart[k + 1] = d;
      for (const city of s.cities) this.cityNos[c++] = city.no;
      this.cityStart[k + 1] = c;
    }
  }

  /** Per area combination, 1 when its curated links reach item number `n`. */
  private reachHits(n: number): Uint8Array {
    return Uint8Array.from(this.reaches, (r) => (r.includes(n) ? 1 : 0));
  }

  /** Slot k reaches item number `n`: through its areas (`hits` from reachHits(n)) or by naming it. */
  private reachesItem(k: number, n: number, hits: Uint8Array): boolean {
    if (hits[this.reach[k]] === 1) return true;
    for (let j = this.declaredStart[k]; j < this.declaredStart[k + 1]; j++) if (this.declared[j] === n) return true;
    return false;
  }

  /**
   * The slots reaching item number `n`, as a bitset (bit k of word k >> 5): one scan on first use,
   * then kept as long as these columns (any change to the index makes new ones). An item's page and
   * its cities then visit only the pledges reaching it (SDG 10.7: 7 ms of scanning 200,000 slots
   * per request before). At most one set per item: ~25 KB each at 200,000 pledges.
   */
  reachSet(n: number): Uint32Array {
    let set = this.reachSets.get(n);
    if (!set) {
      const hits = this.reachHits(n);
      set = new Uint32Array((this.count + 31) >>> 5);
      for (let k = 0; k < this.count; k++) if (this.reachesItem(k, n, hits)) set[k >>> 5] |= 1 << (k & 31);
      this.reachSets.set(n, set);
    }
    return set;
  }

  /** Slot k is in action area number `a` (areaNo). */
  inArea(k: number, a: number): boolean {
    for (let j = this.areaStart[k]; j < this.areaStart[k + 1]; j++) if (this.areaNos[j] === a) return true;
    return false;
  }

  /** One of slot k's cities has its number marked in `hit` (CoverageIndex.citiesIn). */
  inPlace(k: number, hit: Uint8Array): boolean {
    for (let j = this.cityStart[k]; j < this.cityStart[k + 1]; j++) if (hit[this.cityNos[j]] === 1) return true;
    return false;
  }

  /** The code of a status or action area id; -1 when no pledge here has it. */
  statusNo(status: string): number {
    return this.statusNos.get(status) ?? -1;
  }

  areaNo(id: string): number {
    return this.areaNosById.get(id) ?? -1;
  }
}

/** The first slot at or after `from` whose bit is set in `set` (SlotColumns.reachSet); -1 when none. */
export function nextBit(set: Uint32Array, from: number): number {
  let w = from >>> 5;
  if (w >= set.length) return -1;
  let bits = set[w] & (-1 << (from & 31));
  while (bits === 0) {
    w += 1;
    if (w >= set.length) return -1;
    bits = set[w];
  }
  return (w << 5) | (31 - Math.clz32(bits & -bits));
}

function code(codes: Map<string, number>, key: string): number {
  let n = codes.get(key);
  if (n === undefined) {
    n = codes.size;
    codes.set(key, n);
  }
  return n;
}

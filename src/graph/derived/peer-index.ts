/**
 * Every city's commitment set as a bitset over item ids, built from the derived per-city lists
 * at one graph version. Ranking a city's peers is then a popcount per city in memory instead of
 * a scan of every pledge per request. Replicas each hold their own and rebuild when the version
 * in the database moves, so none serves an answer older than the graph.
 */
export interface Ranked {
  id: string;
  score: number;
  shared: string[];
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class PeerIndex {
  private readonly row = new Map<string, number>();
  private readonly items: string[] = [];
  private readonly words: number;
  private readonly bits: Uint32Array;
  private readonly sizes: Uint32Array;

  constructor(
    readonly version: number,
    private readonly cities: Array<[string, string[]]>,
  ) {
    const slot = new Map<string, number>();
    for (const [, set] of cities)
      for (const i of set)
        if (!slot.has(i)) {
          slot.set(i, this.items.length);
          this.items.push(i);
        }
    this.words = Math.max(1, Math.ceil(this.items.length / 32));
    this.bits = new Uint32Array(this.words * cities.length);
    this.sizes = new Uint32Array(cities.length);
    cities.forEach(([id, set], k) => {
      this.row.set(id, k);
      for (const i of set) {
        const s = slot.get(i) as number;
        this.bits[k * this.words + (s >>> 5)] |= 1 << (s & 31);
      }
      this.sizes[k] = new Set(set).size;
    });
  }

  /** A copy in which the given cities hold other sets (a viewer's drafts added); the shared index stays as it is. */
  withSets(sets: Map<string, string[]>): PeerIndex {
    return new PeerIndex(
      this.version,
      this.cities.map(([id, set]) => [id, sets.get(id) ?? set]),
    );
  }

  has(cityId: string): boolean {
    return this.row.has(cityId);
  }

  /**
   * Jaccard overlap with every other city sharing at least one item; best first, ties by id. Only
   * the best `first` are kept while the cities are scored: sorting every city that shares an item
   * (most of 10,000) cost ~20 ms a request, the scoring itself under one.
   */
  rank(cityId: string, first: number): Ranked[] {
    const me = this.row.get(cityId);
    if (me === undefined || first <= 0) return [];
    const w = this.words;
    const bits = this.bits;
    const mine = bits.subarray(me * w, me * w + w);
    const size = this.sizes[me];
    const best: Array<{ k: number; score: number }> = [];
    for (let k = 0; k < this.cities.length; k++) {
      if (k === me) continue;
      let shared = 0;
      for (let j = 0, o = k * w; j < w; j++, o++) {
        const x = mine[j] & bits[o];
        if (x !== 0) shared += popcount(x);
      }
      if (shared === 0) continue;
      const score = shared / (size + this.sizes[k] - shared);
      if (best.length === first && !this.before(score, k, best[first - 1])) continue;
      // Insertion into the short list kept best first.
      let i = best.length === first ? first - 1 : best.length;
      while (i > 0 && this.before(score, k, best[i - 1])) {
        best[i] = best[i - 1];
        i -= 1;
      }
      best[i] = { k, score };
    }
    return best.map(({ k, score }) => ({ id: this.cities[k][0], score, shared: this.sharedWith(me, k) }));
  }

  /** Whether a city k scoring `score` ranks before `other`: higher score, then lower id. */
  private before(score: number, k: number, other: { k: number; score: number }): boolean {
    return score > other.score || (score === other.score && this.cities[k][0] < this.cities[other.k][0]);
  }

  private sharedWith(a: number, b: number): string[] {
    const out: string[] = [];
    for (let j = 0; j < this.words; j++) {
      let x = this.bits[a * this.words + j] & this.bits[b * this.words + j];
      while (x !== 0) {
        const low = x & -x;
        out.push(this.items[j * 32 + 31 - Math.clz32(low)]);
        x ^= low;
      }
    }
    return out;
  }
}

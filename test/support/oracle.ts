import type { Database } from '../../src/db/database';

/**
 * An independent, in-memory reading of the graph's raw edges. The API's Cypher answers are
 * checked against plain breadth-first searches here, so a wrong query cannot pass by agreeing
 * with itself.
 */
export class Oracle {
  readonly align = new Map<string, Set<string>>();
  readonly basisOf = new Map<string, string>();
  readonly framework = new Map<string, string>();
  readonly declares = new Map<string, Set<string>>();
  readonly areasOf = new Map<string, Set<string>>();
  readonly pledgesOf = new Map<string, Set<string>>();
  readonly cityOf = new Map<string, string>();

  static async load(db: Database): Promise<Oracle> {
    const o = new Oracle();
    for (const r of await db.runText('MATCH (i:FrameworkItem) RETURN i.id AS id, i.framework AS f'))
      o.framework.set(String(r.id), String(r.f));
    for (const r of await db.runText('MATCH (a)-[l:ALIGNS_WITH]->(b) RETURN a.id AS a, b.id AS b, l.basis AS basis')) {
      o.link(o.align, String(r.a), String(r.b));
      o.link(o.align, String(r.b), String(r.a));
      o.basisOf.set(`${r.a}|${r.b}`, String(r.basis));
      o.basisOf.set(`${r.b}|${r.a}`, String(r.basis));
    }
    for (const r of await db.runText('MATCH (p:Pledge)-[:DECLARES]->(i) RETURN p.id AS p, i.id AS i'))
      o.link(o.declares, String(r.p), String(r.i));
    for (const r of await db.runText('MATCH (p:Pledge)-[:IN_AREA]->(a) RETURN p.id AS p, a.id AS a'))
      o.link(o.areasOf, String(r.p), String(r.a));
    for (const r of await db.runText('MATCH (c:City)-[:MADE]->(p:Pledge) RETURN c.id AS c, p.id AS p')) {
      o.link(o.pledgesOf, String(r.c), String(r.p));
      o.cityOf.set(String(r.p), String(r.c));
    }
    return o;
  }

  private link(map: Map<string, Set<string>>, a: string, b: string) {
    const set = map.get(a) ?? new Set<string>();
    set.add(b);
    map.set(a, set);
  }

  isItem(id: string): boolean {
    return this.framework.has(id);
  }

  /** Shortest distance from `from` to every item, passing only through framework items. */
  distances(from: string, maxHops: number): Map<string, number> {
    const dist = new Map<string, number>([[from, 0]]);
    let frontier = [from];
    for (let d = 1; d <= maxHops; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        if (d > 1 && !this.isItem(n)) continue;
        for (const m of this.align.get(n) ?? []) {
          if (!dist.has(m) && this.isItem(m)) {
            dist.set(m, d);
            next.push(m);
          }
        }
      }
      frontier = next;
    }
    dist.delete(from);
    return dist;
  }

  /** Items a pledge reaches, with the best rank: 0 declared, 1 via its action area, 2 one step further. */
  pledgeReach(pledge: string): Map<string, number> {
    const best = new Map<string, number>();
    const put = (id: string, rank: number) => {
      if (!best.has(id) || best.get(id)! > rank) best.set(id, rank);
    };
    const declared = [...(this.declares.get(pledge) ?? [])];
    const viaArea = [...(this.areasOf.get(pledge) ?? [])].flatMap((a) => [...(this.align.get(a) ?? [])]);
    declared.forEach((i) => put(i, 0));
    viaArea.forEach((i) => put(i, 1));
    for (const x of [...declared, ...viaArea])
      for (const t of this.align.get(x) ?? []) if (t !== x && this.isItem(t)) put(t, 2);
    return best;
  }

  /** Items a pledge reaches directly: declared or via its action areas' links. */
  directReach(pledge: string): Set<string> {
    return new Set([...this.pledgeReach(pledge)].filter(([, r]) => r <= 1).map(([id]) => id));
  }

  cityDirectSet(city: string): Set<string> {
    return new Set([...(this.pledgesOf.get(city) ?? [])].flatMap((p) => [...this.directReach(p)]));
  }

  coverage(item: string): { pledges: number; cities: number } {
    const pledges = [...this.cityOf.keys()].filter((p) => this.directReach(p).has(item));
    return { pledges: pledges.length, cities: new Set(pledges.map((p) => this.cityOf.get(p))).size };
  }
}

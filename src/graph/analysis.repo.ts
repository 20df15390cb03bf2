import type { Database } from '../db/database';
import { itemRecords } from './derived/item-records';
import { currentPeerIndex } from './derived/peer-cache';
import { asCity, asItem, asPledge, type CityRecord, type ItemRecord, type PledgeRecord } from './records';

export interface CrosswalkRecord {
  item: ItemRecord;
  hops: number;
  path: string[];
  basis: string;
  rationales: string[];
}
/** One crosswalk question: the items of framework `to` linked to `from` within maxHops. */
export interface CrosswalkKey {
  from: string;
  to: string;
  maxHops: number;
}
export const crosswalkKey = (k: CrosswalkKey) => `${k.from}|${k.to}|${k.maxHops}`;

export interface CoverageRecord {
  item: ItemRecord;
  pledgeCount: number;
  cityCount: number;
  declaredPledgeCount: number;
}
export interface CommitmentRecord {
  item: ItemRecord;
  pledges: PledgeRecord[];
  basis: string;
  path: string[];
}
export interface PeerRecord {
  city: CityRecord;
  score: number;
  shared: ItemRecord[];
}

/** The cross-framework questions: each is one named Cypher statement, one round trip. */
export class AnalysisRepository {
  constructor(private readonly db: Database) {}

  /** Answers by crosswalkKey, in one round trip: questions from the same start and bound share one search. */
  async crosswalks(keys: readonly CrosswalkKey[]): Promise<Map<string, CrosswalkRecord[]>> {
    const reqs = new Map<string, { from: string; maxHops: number; to: string[] }>();
    for (const k of keys) {
      const start = `${k.from}|${k.maxHops}`;
      const req = reqs.get(start) ?? { from: k.from, maxHops: k.maxHops, to: [] };
      req.to.push(k.to);
      reqs.set(start, req);
    }
    const rows = await this.db.read('crosswalk', { reqs: [...reqs.values()] });
    const out = new Map<string, CrosswalkRecord[]>();
    for (const r of rows) {
      const item = asItem(r.item);
      const key = crosswalkKey({ from: String(r.from), to: item.framework, maxHops: Number(r.maxHops) });
      const found = {
        item,
        hops: Number(r.hops),
        path: r.path as string[],
        basis: String(r.basis),
        rationales: r.rationales as string[],
      };
      const list = out.get(key);
      if (list) list.push(found);
      else out.set(key, [found]);
    }
    return out;
  }

  /** `draftIds`: the drafts the viewer may see, which may start a path like a pledge. */
  async path(
    from: string,
    to: string,
    maxHops: number,
    draftIds: readonly string[] = [],
  ): Promise<CrosswalkRecord | null> {
    const [r] = await this.db.read('path-between', { from, to, maxHops, draftIds });
    return r
      ? {
          item: asItem(r.item),
          hops: Number(r.hops),
          path: r.path as string[],
          basis: String(r.basis),
          rationales: r.rationales as string[],
        }
      : null;
  }

  async coverage(framework: string): Promise<CoverageRecord[]> {
    const rows = await this.db.read('coverage', { framework });
    return rows.map((r) => ({
      item: asItem(r.item),
      pledgeCount: Number(r.pledgeCount),
      cityCount: Number(r.cityCount),
      declaredPledgeCount: Number(r.declaredPledgeCount),
    }));
  }

  async commitments(
    reqs: ReadonlyArray<{ key: string; city: string; framework: string | null }>,
    draftIds: readonly string[] = [],
  ): Promise<Map<string, CommitmentRecord[]>> {
    const records = itemRecords(this.db);
    const [row] = await this.db.read('city-commitments', { reqs, draftIds, ...records.params });
    const items = records.take(Number(row.version), Number(row.epoch), row.items as unknown[]);
    const pledges = new Map((row.pledges as unknown[]).map(asPledge).map((p) => [p.id, p]));
    const out = new Map<string, CommitmentRecord[]>();
    for (const c of row.commitments as Array<Record<string, unknown>>) {
      const list = out.get(String(c.key)) ?? [];
      list.push({
        item: items.get(String(c.itemId)) as ItemRecord,
        pledges: (c.pledgeIds as string[]).map((id) => pledges.get(id) as PledgeRecord),
        basis: String(c.basis),
        path: c.path as string[],
      });
      out.set(String(c.key), list);
    }
    return out;
  }

  /**
   * Null when the city is unknown. Two round trips: the peer index check, then the peers' records.
   * `viewerSets` replaces some cities' sets with what a viewer may see (their drafts included).
   */
  async peers(cityId: string, first: number, viewerSets?: Map<string, string[]>): Promise<PeerRecord[] | null> {
    const shared = await currentPeerIndex(this.db);
    const index = viewerSets && viewerSets.size > 0 ? shared.withSets(viewerSets) : shared;
    if (!index.has(cityId)) return null;
    const ranked = index.rank(cityId, first);
    if (ranked.length === 0) return [];
    const records = itemRecords(this.db);
    const [row] = await this.db.read('peer-details', { peers: ranked, ...records.params });
    const items = records.take(Number(row.version), Number(row.epoch), row.items as unknown[]);
    const rows = new Map((row.peers as Array<Record<string, unknown>>).map((r) => [String(r.id), r]));
    return ranked.flatMap((p) => {
      const r = rows.get(p.id);
      if (!r) return [];
      const shared = (r.shared as string[]).map((id) => items.get(id) as ItemRecord);
      return [{ city: asCity(r.city), score: p.score, shared }];
    });
  }
}

import type { Database } from '../../db/database';
import { asItem, type ItemRecord } from '../records';

interface Held {
  version: number;
  epoch: number;
  items: Map<string, ItemRecord>;
}
const held = new WeakMap<Database, Held>();

/**
 * Framework item records by id, kept per graph version as they are met (every write that could
 * change an item bumps the version; item-list.ts keeps whole frameworks the same way). A statement
 * that needs item records is told the version held and the ids known at it (`params`) and sends
 * only the records not known, or all it needs when the version moved; `take` keeps them. A
 * 100-pledge page reaches a few hundred items: sending their records each time was 12 of its
 * statement's 17 ms at 200,000 pledges.
 */
export function itemRecords(db: Database) {
  // Taken now: a concurrent request may replace the entry while this one's statement runs.
  const known = held.get(db);
  return {
    params: {
      itemsVersion: known?.version ?? -1,
      itemsEpoch: known?.epoch ?? -1,
      knownItems: known ? [...known.items.keys()] : [],
    },
    take(version: number, epoch: number, sent: unknown[]): Map<string, ItemRecord> {
      const same = known !== undefined && known.version === version && known.epoch === epoch;
      const items = same ? new Map(known.items) : new Map<string, ItemRecord>();
      for (const raw of sent) {
        const item = asItem(raw);
        items.set(item.id, item);
      }
      const now = held.get(db);
      // Never step back to an older version a slower request read.
      const newer = !now || epoch > now.epoch || (epoch === now.epoch && version > now.version);
      const fuller = now && epoch === now.epoch && version === now.version && items.size > now.items.size;
      if (newer || fuller) held.set(db, { version, epoch, items });
      return items;
    },
  };
}

import type { Database } from '../../db/database';
import { asItem, type ItemRecord } from '../records';

interface Held {
  version: number;
  epoch: number;
  items: ItemRecord[];
}
const lists = new WeakMap<Database, Map<string, Held>>();

/**
 * A framework's items in document order, kept per graph version like the coverage index: every
 * write that could change an item (texts, seeds, the reach counts pledges carry to it) bumps the
 * version. coverage-index-state.cypher is told the version held (`params`) and sends the items
 * only when it moved; `take` then keeps what it sent, or gives back what is held.
 */
export function itemList(db: Database, framework: string) {
  const held = lists.get(db) ?? new Map<string, Held>();
  lists.set(db, held);
  // Taken now: a concurrent request may replace the entry while this one's statement runs.
  const known = held.get(framework);
  return {
    params: { itemsVersion: known?.version ?? -1, itemsEpoch: known?.epoch ?? -1 },
    take(version: number, epoch: number, sent: unknown): ItemRecord[] {
      if (known && known.version === version && known.epoch === epoch) return known.items;
      const items = (sent as Record<string, unknown>[]).map(asItem);
      held.set(framework, { version, epoch, items });
      return items;
    },
  };
}

import type { Database } from '../../db/database';
import { PeerIndex } from './peer-index';

interface Cache {
  index?: PeerIndex;
  pending?: Promise<unknown>;
}
const caches = new WeakMap<Database, Cache>();

/**
 * The peer index at the database's current graph version: one cheap round trip when nothing
 * changed, the same round trip carrying every city's set when something did. Concurrent callers
 * wait for a load already on its way instead of each fetching the sets.
 */
export async function currentPeerIndex(db: Database): Promise<PeerIndex> {
  const cache = caches.get(db) ?? {};
  caches.set(db, cache);
  if (cache.pending) await cache.pending.catch(() => undefined);
  const load = db.read('peer-index', { known: cache.index?.version ?? -1 });
  if (!cache.index) cache.pending = load;
  try {
    const [row] = await load;
    const version = Number(row.version);
    if (cache.index?.version === version) return cache.index;
    const index = new PeerIndex(version, row.sets as Array<[string, string[]]>);
    if (!cache.index || cache.index.version < version) cache.index = index;
    return index;
  } finally {
    if (cache.pending === load) cache.pending = undefined;
  }
}

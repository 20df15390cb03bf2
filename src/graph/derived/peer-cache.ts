import type { Database } from '../../db/database';
import type { CoverageIndex } from './coverage-index';
import { coverageIndexAt } from './coverage-source';
import { graphState } from './graph-version';
import { PeerIndex } from './peer-index';

const built = new WeakMap<CoverageIndex, PeerIndex>();

/**
 * The peer index at the database's current graph version, built in memory from the coverage
 * index's commitment sets (the same reach City.reachItems stores), so a write costs the next
 * ranking one fetch of the changed pledges and a rebuild in memory, not a fetch of every city's
 * set. One round trip when nothing changed.
 */
export async function currentPeerIndex(db: Database): Promise<PeerIndex> {
  const { version, epoch } = await graphState(db);
  const index = await coverageIndexAt(db, version, epoch);
  const held = built.get(index);
  if (held && held.version === index.version) return held;
  const peers = new PeerIndex(index.version, index.citySets());
  built.set(index, peers);
  return peers;
}

import type { Database } from '../../db/database';
import { CoverageIndex } from './coverage-index';
import type { CityRow, PledgeRow } from './coverage-types';
import { graphState } from './graph-version';

type Tuple = [string, string, boolean | null, string[], string[], string[]];
const pledgeRows = (xs: unknown): PledgeRow[] =>
  (xs as Tuple[]).map(([id, status, illustrative, areas, declared, cities]) => ({
    id,
    status,
    illustrative,
    areas,
    declared,
    cities,
  }));
const cityRows = (xs: unknown): CityRow[] =>
  (xs as Array<[string, string | null, string | null, string | null]>).map(
    ([id, countryCode, regionId, regionName]) => ({ id, countryCode, regionId, regionName }),
  );

interface Holder {
  index?: CoverageIndex;
  /** Refreshes run one at a time: each sees the index the previous one left. */
  queue: Promise<unknown>;
}
const holders = new WeakMap<Database, Holder>();

/**
 * The coverage index holding every change up to graph version `version` (read by the caller in an
 * earlier statement): a whole load when the epoch moved (a rebuild or a delete), else only the
 * pledges stamped after the version it holds. Since writers stamp in commit order under the
 * version's lock, every change up to `version` was committed before the caller read it, so the
 * fetch that follows sees it. One round trip when something changed, none when nothing did.
 */
export async function coverageIndexAt(db: Database, version: number, epoch: number): Promise<CoverageIndex> {
  const holder = holders.get(db) ?? { queue: Promise.resolve() };
  holders.set(db, holder);
  // Epochs and versions only grow: an index past what the caller read is newer, not wrong.
  const fresh = (i?: CoverageIndex) => i && (i.epoch > epoch || (i.epoch === epoch && i.version >= version));
  if (fresh(holder.index)) return holder.index as CoverageIndex;
  const next = holder.queue.then(async () => {
    const held = holder.index;
    if (held && fresh(held)) return held;
    if (held && held.epoch === epoch) {
      const [row] = await db.read('coverage-index-changes', { known: held.version });
      held.putCities(cityRows(row.cities));
      held.putPledges(pledgeRows(row.pledges));
      held.version = version;
      return held;
    }
    const [row] = await db.read('coverage-index-all');
    const areas = new Map((row.areas as Array<[string, string[]]>).map(([a, items]) => [a, items]));
    const index = new CoverageIndex(version, epoch, areas);
    index.putCities(cityRows(row.cities));
    index.putPledges(pledgeRows(row.pledges));
    holder.index = index;
    return index;
  });
  holder.queue = next.catch(() => undefined);
  return next;
}

/**
 * Loads the coverage index in the background at start, so the first heat map or peer ranking
 * after a restart does not wait for every pledge to be read (seconds at 200,000 pledges).
 */
export function warmCoverageIndex(db: Database, log: (line: string) => void): void {
  const started = Date.now();
  graphState(db)
    .then((s) => coverageIndexAt(db, s.version, s.epoch))
    .then((i) => log(`coverage index: ${i.pledges.size} pledges in memory (${Date.now() - started} ms)`))
    .catch((e: unknown) => log(`coverage index: not warmed (${e instanceof Error ? e.message : String(e)})`));
}

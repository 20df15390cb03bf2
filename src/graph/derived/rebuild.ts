import type { Database } from '../../db/database';
import { refreshReach } from './reach';

/** Bump when the derived properties change shape: the next start rebuilds them. */
export const DERIVED_LAYOUT = 2; // 2: pledges carry reachVersion (the coverage index's change feed)
const BATCH = 5000;

/**
 * Recomputes every derived count from the pledges: after the crosswalk changed (a seed load), or
 * on a graph whose derived data is missing or of an older layout. Batches of pledges, one
 * transaction each; answers are exact again once it finishes.
 */
export async function rebuildDerived(db: Database, log: (line: string) => void = () => undefined): Promise<number> {
  await db.write('derived-clear');
  let after = '';
  let done = 0;
  for (;;) {
    const ids = (await db.read('pledge-ids-page', { after, limit: BATCH })).map((r) => String(r.id));
    if (ids.length === 0) break;
    await db.transaction((run) => refreshReach(run, ids, { ignoreOld: true }));
    done += ids.length;
    after = ids[ids.length - 1];
    if (done % 50000 < BATCH) log(`derived: ${done} pledges counted`);
  }
  await db.write('derived-mark', { layout: DERIVED_LAYOUT });
  return done;
}

/** At start: rebuild only when the graph's derived data is not of the current layout. */
export async function ensureDerived(db: Database, log: (line: string) => void): Promise<void> {
  const [state] = await db.read('derived-state');
  if (state?.layout === DERIVED_LAYOUT) return;
  const t = Date.now();
  const n = await rebuildDerived(db, log);
  log(`derived: reach and coverage counts rebuilt for ${n} pledges (${Date.now() - t} ms)`);
}

import type { Database } from '../../db/database';
import type { BatchOrder } from '../registry/batch-order';
import { writeImportBatch } from '../registry/write-import';
import type { Phases } from './phases';
import type { Catalogue, PledgeRow } from './validate';

/** Rows per transaction: big enough that per-statement overhead vanishes, small enough for memory. */
export const PLEDGE_BATCH = 10000;

export async function readCatalogue(db: Database): Promise<Catalogue> {
  const [row] = await db.read('catalogue-for-import');
  const organisations = new Map<string, string>();
  for (const [id, name] of row.organisations as Array<[string, string]>) {
    organisations.set(id, name);
    organisations.set(String(name).toLowerCase(), id);
  }
  return {
    itemIds: new Set(row.itemIds as string[]),
    actionAreaIds: new Set(row.actionAreaIds as string[]),
    countries: new Map(row.countries as Array<[string, string]>),
    organisations,
  };
}

/**
 * Writes validated rows in batches, one transaction each (registry/write-import.ts: unchanged rows
 * skipped, history events, derived data refreshed); reports progress after every batch.
 */
export async function writePledges(
  db: Database,
  rows: PledgeRow[],
  progress: (done: number, total: number) => void = () => undefined,
  source: 'import' | 'seed' = 'import',
  phases?: Phases,
): Promise<number> {
  // A city's pledges in one batch: its derived commitment set is then rewritten once per import,
  // not once per batch that happens to hold one of its pledges (20x fewer writes at 200,000).
  const ordered = [...rows].sort((a, b) => (a.cityId < b.cityId ? -1 : a.cityId > b.cityId ? 1 : 0));
  let done = 0;
  for (let i = 0; i < ordered.length; i += PLEDGE_BATCH) {
    const batch = ordered.slice(i, i + PLEDGE_BATCH);
    done += await writeBatch(db, batch, source, phases);
    progress(done, rows.length);
  }
  return done;
}

/** One batch in one transaction, its rows in city order (locks always taken in the same order). */
export async function writeBatch(
  db: Database,
  rows: PledgeRow[],
  source: 'import' | 'seed',
  phases?: Phases,
  order?: BatchOrder,
): Promise<number> {
  const ordered = [...rows].sort((a, b) => (a.cityId < b.cityId ? -1 : a.cityId > b.cityId ? 1 : a.id < b.id ? -1 : 1));
  if (ordered.length > 0) await writeImportBatch(db, ordered, source, undefined, phases, order);
  return ordered.length;
}

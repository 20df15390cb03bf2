import type { Database } from '../../db/database';
import { writeImportBatch } from '../registry/write-import';
import type { SourceRecord } from './records';
import type { Catalogue, KnownCity, PledgeRow } from './validate';

/** Rows per transaction: big enough that per-statement overhead vanishes, small enough for memory. */
export const PLEDGE_BATCH = 5000;

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
    draftIds: new Set(row.draftIds as string[]),
  };
}

/** The existing cities a file's joint pledges name in their `cities` column (ids, ";"-separated in CSV). */
export async function readJointCities(db: Database, records: SourceRecord[]): Promise<Map<string, KnownCity>> {
  const ids = new Set<string>();
  for (const { fields } of records) {
    const v = fields.cities;
    const list = typeof v === 'string' ? v.split(';') : Array.isArray(v) ? v : [];
    for (const id of list) if (typeof id === 'string' && id.trim() !== '') ids.add(id.trim());
  }
  if (ids.size === 0) return new Map();
  const rows = await db.read('registry-cities', { ids: [...ids] });
  return new Map(rows.map((r) => [String(r.id), { name: String(r.name), country: String(r.country) }]));
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
): Promise<number> {
  // A city's pledges in one batch: its derived commitment set is then rewritten once per import,
  // not once per batch that happens to hold one of its pledges (20x fewer writes at 200,000).
  const ordered = [...rows].sort((a, b) => (a.cityId < b.cityId ? -1 : a.cityId > b.cityId ? 1 : 0));
  let done = 0;
  for (let i = 0; i < ordered.length; i += PLEDGE_BATCH) {
    const batch = ordered.slice(i, i + PLEDGE_BATCH);
    await writeImportBatch(db, batch, source);
    done += batch.length;
    progress(done, rows.length);
  }
  return done;
}

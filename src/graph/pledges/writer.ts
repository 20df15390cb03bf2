import type { Database } from '../../db/database';
import type { Catalogue, PledgeRow } from './validate';

export const PLEDGE_BATCH = 2000;

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

/** Writes validated rows in batches, one transaction each; reports progress after every batch. */
export async function writePledges(
  db: Database,
  rows: PledgeRow[],
  progress: (done: number, total: number) => void = () => undefined,
  source: 'import' | 'seed' = 'import',
): Promise<number> {
  let done = 0;
  for (let i = 0; i < rows.length; i += PLEDGE_BATCH) {
    const batch = rows.slice(i, i + PLEDGE_BATCH);
    await db.write('write-pledges', { rows: batch, source });
    done += batch.length;
    progress(done, rows.length);
  }
  return done;
}

import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../../db/cypher';
import type { Database } from '../../db/database';
import type { Contribution } from '../derived/delta';
import { refreshReach } from '../derived/reach';
import type { Catalogue, PledgeRow } from './validate';

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
  };
}

/**
 * Writes validated rows in batches, one transaction each; reports progress after every batch.
 * Each batch first reads what the graph holds for its ids: rows equal to it are skipped (a
 * re-import of an unchanged file writes nothing), new ids are CREATEd with their links, and
 * changed ones updated; the derived reach data is refreshed for new and changed pledges.
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
    await db.inWriteTransaction((tx) => writeBatch(tx, batch, source));
    done += batch.length;
    progress(done, rows.length);
  }
  return done;
}

async function writeBatch(tx: ManagedTransaction, batch: PledgeRow[], source: string): Promise<void> {
  const res = await tx.run(cypher('pledges-current'), { ids: batch.map((r) => r.id) });
  const current = new Map(res.records.map((r) => [String(r.get('id')), r.toObject()]));
  const fresh: PledgeRow[] = [];
  const changed: PledgeRow[] = [];
  for (const row of batch) {
    const cur = current.get(row.id);
    if (!cur) fresh.push(row);
    else if (!unchanged(cur, row, source)) changed.push(row);
  }
  const touched = [...fresh, ...changed];
  if (touched.length === 0) return;
  const cities = new Map<string, PledgeRow>();
  for (const r of touched) if (!cities.has(`${r.cityId}|${r.country}`)) cities.set(`${r.cityId}|${r.country}`, r);
  await tx.run(cypher('write-import-cities'), { cities: [...cities.values()], source });
  const created = fresh.map(contributionOf);
  if (fresh.length > 0)
    await tx.run(cypher('write-new-pledges'), { rows: fresh.map((r, k) => ({ ...r, reach: created[k] })), source });
  if (changed.length > 0) await tx.run(cypher('write-pledges'), { rows: changed, source });
  await refreshReach(
    tx,
    changed.map((r) => r.id),
    { created },
  );
}

/** What a new pledge counts for in the derived data: nothing while it is a draft. */
function contributionOf(row: PledgeRow): Contribution {
  if (row.status === 'DRAFT') return { id: row.id, areas: [], declared: [], cities: [] };
  return { id: row.id, areas: sorted(row.actionAreas), declared: sorted(row.frameworkItems), cities: [row.cityId] };
}

const sorted = (xs: string[]) => [...new Set(xs)].sort();
const sameList = (a: unknown, b: string[]) => JSON.stringify(a) === JSON.stringify(sorted(b));

/** True when writing the row would change nothing the upsert in write-pledges.cypher sets. */
function unchanged(cur: Record<string, unknown>, row: PledgeRow, source: string): boolean {
  const p = cur.props as Record<string, unknown>;
  const same = (k: keyof PledgeRow) => (p[k] ?? null) === (row[k] ?? null);
  return (
    (['title', 'description', 'status', 'pledgedOn', 'targetDate', 'illustrative', 'cityId'] as const).every(same) &&
    p.source === source &&
    sameList(cur.actionAreas, row.actionAreas) &&
    sameList(cur.frameworkItems, row.frameworkItems) &&
    sameList(
      cur.partners,
      row.partners.map((o) => o.id),
    ) &&
    (cur.cities as string[]).includes(`${row.cityId}|${row.country}`)
  );
}

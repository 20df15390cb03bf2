import type { Database } from '../../db/database';
import type { PledgeRow } from '../pledges/validate';
import type { PledgeRecord } from '../records';
import { afterPledgeWrite } from './after-write';
import { diff, snapshot } from './changes';

/**
 * The importer's and the seed loader's writes, also funnelled through this module: one transaction
 * per batch reads what is stored, and each row that changes something carries its history event
 * (actor "import" or "seed"). Re-importing an unchanged file changes nothing, not even versions.
 */
export async function writeImportBatch(
  db: Database,
  rows: PledgeRow[],
  source: 'import' | 'seed',
  now: () => Date = () => new Date(),
): Promise<void> {
  await db.transaction(async (run) => {
    const stored = await run('pledge-snapshots', { ids: rows.map((r) => r.id) });
    const before = new Map(stored.map((s) => [String((s.pledge as PledgeRecord).id), snapshot(s.pledge as object)]));
    const withEvents = rows.map((r) => {
      const old = before.get(r.id) ?? null;
      const changes = diff(old, snapshot(r));
      const event =
        changes.length > 0 ? { action: old ? 'UPDATED' : 'SUBMITTED', changes: JSON.stringify(changes) } : null;
      return { ...r, event };
    });
    await run('write-pledges', { rows: withEvents, source, at: now().toISOString() });
    await afterPledgeWrite(
      run,
      rows.map((r) => r.id),
    );
  });
}

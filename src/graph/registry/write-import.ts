import { hash } from 'node:crypto';
import type { Database } from '../../db/database';
import type { Contribution } from '../derived/delta';
import { addPhase, type Phases, type Run, timedRun, timePhase } from '../pledges/phases';
import type { PledgeRow } from '../pledges/validate';
import type { PledgeRecord } from '../records';
import { afterPledgeWrite } from './after-write';
import { type BatchOrder, previousCommitted, RETRIED_WHILE_COMMITTING } from './batch-order';
import { diff, snapshot } from './changes';

/**
 * The importer's and the seed loader's writes, also funnelled through this module: one transaction
 * per batch reads what is stored, and each row that changes something carries its history event
 * (actor "import" or "seed"). A row that would change nothing (same tracked fields, same source
 * and flag) is not written at all, so re-importing an unchanged file changes nothing: no version,
 * no history, no derived data, not even the graph version. Each written pledge keeps the content
 * hash of its row (importHash), so the next import skips an unchanged row without reading its links.
 */
export async function writeImportBatch(
  db: Database,
  rows: PledgeRow[],
  source: 'import' | 'seed',
  now: () => Date = () => new Date(),
  phases?: Phases,
  order: BatchOrder = {},
): Promise<void> {
  // Commit is timed apart: index updates and the log write happen there, not in any statement.
  let workEnd = 0;
  let committing = false;
  await timePhase(phases, 'write batches (total)', async () => {
    await db.transaction(async (tx) => {
      if (committing && order.committing) throw new Error(RETRIED_WHILE_COMMITTING);
      try {
        await batchWork(tx, rows, source, now, phases, order);
        await previousCommitted(order);
        committing = true;
        order.committing?.();
      } finally {
        workEnd = performance.now();
      }
    });
    addPhase(phases, 'commit', performance.now() - workEnd);
  });
}

/** The batch's statements, in the caller's transaction. */
async function batchWork(
  tx: Run,
  rows: PledgeRow[],
  source: 'import' | 'seed',
  now: () => Date,
  phases: Phases | undefined,
  order: BatchOrder,
): Promise<void> {
  const run = timedRun(tx, phases);
  const hashes = new Map(
    (await run('pledge-import-hashes', { ids: rows.map((r) => r.id) })).map((s) => [String(s.id), s.hash]),
  );
  const hashed = rows.map((r) => ({ ...r, hash: contentHash(r, source) })).filter((r) => hashes.get(r.id) !== r.hash);
  // Only stored pledges whose hash differs are read in full and compared field by field.
  const compare = hashed.filter((r) => hashes.has(r.id)).map((r) => r.id);
  const stored = compare.length > 0 ? await run('pledge-snapshots', { ids: compare }) : [];
  const before = new Map(stored.map((s) => [String((s.pledge as PledgeRecord).id), s.pledge as PledgeRecord]));
  const changed = [];
  const created = [];
  const equal = [];
  for (const r of hashed) {
    const cur = before.get(r.id);
    const changes = diff(cur ? snapshot(cur) : null, snapshot(r));
    if (!cur) {
      created.push({ ...r, changes: JSON.stringify(changes), reach: contribution(r) });
      continue;
    }
    if (changes.length === 0 && same(cur, r, source)) {
      equal.push({ id: r.id, hash: r.hash });
      continue;
    }
    const event = changes.length > 0 ? { action: 'UPDATED', changes: JSON.stringify(changes) } : null;
    changed.push({ ...r, event });
  }
  if (equal.length > 0) await run('pledge-import-hashes-write', { rows: equal });
  if (changed.length + created.length === 0) return;
  const byId = new Map([...created, ...changed].map((r) => [r.cityId, r]));
  // Each lead city once, with only what its statements read.
  const cities = [...byId.values()].map((r) => ({
    cityId: r.cityId,
    cityName: r.cityName,
    country: r.country,
    illustrative: r.illustrative,
  }));
  // Every city the rows name, locked in id order before the graph version, as a registry write does.
  const lock = [...new Set([...created, ...changed].flatMap((r) => r.cityIds))].sort();
  await run('write-import-cities', { cities, lock, source });
  const at = now().toISOString();
  // New ids need no MERGE, no search for stale links and no read-back of their contribution. What
  // another batch may hold locked comes after the graph version, whose lock orders the batches.
  if (created.length > 0) await run('write-pledges-new', { rows: created, source, at });
  await previousCommitted(order);
  // The graph version next (its cities it holds already), before any item's lock: a registry write
  // takes them in that order too, so neither holds what the other waits for (write-steps.ts).
  await run('registry-write-turn', { cityIds: [] });
  if (created.length > 0) {
    const links = created.map((r) => ({ id: r.id, frameworkItems: r.frameworkItems, partners: r.partners }));
    await run('write-pledges-new-links', { rows: links });
  }
  if (changed.length > 0) await run('write-pledges', { rows: changed, source, at });
  await run('write-import-city-countries', { cities });
  await afterPledgeWrite(
    run,
    changed.map((r) => r.id),
    created.map((r) => r.reach),
  );
}

/**
 * Everything that decides whether a row would change its stored pledge (diff and same), hashed.
 * The importer also compares it while validating (pledges/check.ts), so it must stay this one function.
 */
export function contentHash(r: PledgeRow, source: string): string {
  const content = JSON.stringify([source, r.illustrative, r.cityId, snapshot(r)]);
  // One-shot hashing: the same digest as createHash(...).update().digest(), without a Hash object per row.
  return hash('sha1', content, 'base64');
}

/** What a new pledge counts for in the derived data, as derived-inputs-read would read it back. */
function contribution(r: PledgeRow): Contribution {
  const sorted = (xs: string[]) => [...new Set(xs)].sort();
  return { id: r.id, areas: sorted(r.actionAreas), declared: sorted(r.frameworkItems), cities: sorted(r.cityIds) };
}

/** What write-pledges.cypher sets beyond the tracked fields: equal means the row writes nothing. */
function same(cur: PledgeRecord, row: PledgeRow, source: string): boolean {
  const p = cur as unknown as Record<string, unknown>;
  return p.source === source && (p.illustrative ?? false) === row.illustrative && p.cityId === row.cityId;
}

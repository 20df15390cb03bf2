import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../../db/cypher';
import { type CityState, cityTotals, type PledgeState, pledgeDeltas } from './delta';

/** Anything that runs Cypher inside the caller's transaction (managed or explicit). */
export type Tx = Pick<ManagedTransaction, 'run'>;

async function rows(tx: Tx, statement: string, params: Record<string, unknown>) {
  const res = await tx.run(cypher(statement), params);
  return res.records.map((r) => r.toObject() as Record<string, unknown>);
}

/**
 * THE entry point every write path calls, inside its own transaction, after changing pledges:
 * created, edited, status changed (DRAFT ↔ public), cities or action areas or declared items
 * changed. It brings the derived reach data up to date for those pledges and bumps the graph
 * version. Five statements whatever the batch size. Before DELETING pledges, call
 * `retractReach` with their ids instead (a deleted pledge can no longer be read).
 *
 *   await session.executeWrite(async (tx) => { ...your writes...; await refreshReach(tx, ids); });
 */
export async function refreshReach(tx: Tx, pledgeIds: string[], opts: { ignoreOld?: boolean } = {}): Promise<void> {
  const unique = [...new Set(pledgeIds)].sort();
  if (unique.length === 0) {
    await tx.run(cypher('graph-version-bump'));
    return;
  }
  const areaRows = await rows(tx, 'derived-areas-read', {});
  const areaItems = new Map(areaRows.map((r) => [String(r.id), r.items as string[]]));
  const states = (await rows(tx, 'derived-pledges-read', { ids: unique })) as unknown as PledgeState[];
  await apply(tx, pledgeDeltas(states, areaItems, opts.ignoreOld));
}

/** Takes pledges about to be deleted out of every count; then DETACH DELETE them in the same transaction. */
export async function retractReach(tx: Tx, pledgeIds: string[]): Promise<void> {
  const unique = [...new Set(pledgeIds)].sort();
  const areaRows = await rows(tx, 'derived-areas-read', {});
  const areaItems = new Map(areaRows.map((r) => [String(r.id), r.items as string[]]));
  const states = (await rows(tx, 'derived-pledges-read', { ids: unique })) as unknown as PledgeState[];
  const gone = states.map((s) => ({ ...s, draft: true }));
  await apply(tx, pledgeDeltas(gone, areaItems));
}

/** Bumps the graph version for writes that change no pledge (texts, seeds): cached answers go stale. */
export async function bumpGraphVersion(tx: Tx): Promise<void> {
  await tx.run(cypher('graph-version-bump'));
}

async function apply(tx: Tx, deltas: ReturnType<typeof pledgeDeltas>): Promise<void> {
  const cityIds = [...deltas.perCity.keys()].sort();
  const cityRows = (await rows(tx, 'derived-cities-read', { ids: cityIds })) as unknown as CityState[];
  const { cities, items } = cityTotals(cityRows, deltas);
  await tx.run(cypher('derived-write'), { pledges: deltas.pledges, cities, items });
}

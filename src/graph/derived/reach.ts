import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../../db/cypher';
import type { Row } from '../../db/database';
import {
  type CityState,
  type Contribution,
  cityTotals,
  type PledgeDeltas,
  type PledgeState,
  pledgeDeltas,
} from './delta';

/**
 * Runs a named statement inside the caller's write transaction: Database.transaction's `run`, the
 * one registry/after-write.ts passes on, or `txRun(tx)` for a driver transaction.
 */
export type Tx = (statement: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** Adapts a driver transaction (Database.inWriteTransaction) to a Tx. */
export function txRun(tx: Pick<ManagedTransaction, 'run'>): Tx {
  return async (statement, params = {}) => {
    const res = await tx.run(cypher(statement), params);
    return res.records.map((r) => r.toObject() as Row);
  };
}

/**
 * THE entry point every write path calls, inside its own transaction, after changing pledges:
 * created, edited, status changed (DRAFT ↔ public), cities or action areas or declared items
 * changed. The pledges must have been written in that transaction (any SET or CREATE), which
 * holds their locks. It brings the derived reach data up to date for those pledges and bumps
 * the graph version; two statements whatever the batch size. Before DELETING pledges,
 * call `retractReach` with their ids instead (a deleted pledge can no longer be read).
 *
 *   await db.transaction(async (run) => { ...your writes...; await refreshReach(run, ids); });
 *
 * Every pledge write reaches it through registry/after-write.ts (afterPledgeWrite).
 *
 * `created`: pledges CREATEd in this transaction whose contribution the caller stored already
 * (reachAreas, reachDeclared, reachCities) and stamped reachVersion with a graph version bumped
 * earlier in the same transaction, as the import writer does: they need no read and no stamp.
 */
export async function refreshReach(
  tx: Tx,
  pledgeIds: string[],
  opts: { ignoreOld?: boolean; created?: Contribution[] } = {},
): Promise<void> {
  const unique = [...new Set(pledgeIds)].sort();
  const created = opts.created ?? [];
  if (unique.length === 0 && created.length === 0) {
    await tx('graph-version-bump');
    return;
  }
  const createdCities = [...new Set(created.flatMap((c) => c.cities))];
  const { areaItems, states, cities } = await readInputs(tx, unique, createdCities);
  const deltas = pledgeDeltas(states, areaItems, opts.ignoreOld);
  const fresh = pledgeDeltas(
    created.map((c) => ({ ...c, draft: false, oldAreas: [], oldDeclared: [], oldCities: [] })),
    areaItems,
  );
  await apply(tx, merge(deltas, fresh), cities);
}

/** The deltas of both, with only the first's pledges to store (the second's are stored). */
function merge(a: PledgeDeltas, b: PledgeDeltas): PledgeDeltas {
  for (const [city, change] of b.perCity) {
    const m = a.perCity.get(city) ?? new Map<string, number>();
    for (const [i, d] of change) m.set(i, (m.get(i) ?? 0) + d);
    a.perCity.set(city, m);
  }
  for (const [id, d] of b.perItem) {
    const x = a.perItem.get(id) ?? { id, pledges: 0, declared: 0, cities: 0 };
    a.perItem.set(id, { id, pledges: x.pledges + d.pledges, declared: x.declared + d.declared, cities: x.cities });
  }
  return a;
}

/** Takes pledges about to be deleted out of every count; then DETACH DELETE them in the same transaction. */
export async function retractReach(tx: Tx, pledgeIds: string[]): Promise<void> {
  const unique = [...new Set(pledgeIds)].sort();
  const { areaItems, states, cities } = await readInputs(tx, unique, []);
  const gone = states.map((s) => ({ ...s, draft: true }));
  await apply(tx, pledgeDeltas(gone, areaItems), cities, true);
}

/** Bumps the graph version for writes that change no pledge (texts, seeds): cached answers go stale. */
export async function bumpGraphVersion(tx: Tx): Promise<void> {
  await tx('graph-version-bump');
}

/**
 * One statement (derived-inputs-read.cypher): the action areas' reach, the pledges' states, and
 * the cities whose counts may move, locked. `cityIds`: cities of pledges not read (created).
 */
async function readInputs(tx: Tx, pledgeIds: string[], cityIds: string[]) {
  const [row] = await tx('derived-inputs-read', { ids: pledgeIds, cityIds });
  const areas = row.areas as Array<{ id: string; items: string[] }>;
  return {
    areaItems: new Map(areas.map((a) => [a.id, a.items])),
    states: row.pledges as PledgeState[],
    cities: row.cities as CityState[],
  };
}

/** `cities`: every city the deltas touch, as read. `retract`: the pledges are about to be deleted. */
async function apply(tx: Tx, deltas: PledgeDeltas, cityRows: CityState[], retract = false): Promise<void> {
  const { cities, items } = cityTotals(cityRows, deltas);
  await tx('derived-write', { pledges: deltas.pledges, cities, items, retract });
}

import type { Catalogue, PledgeRow } from '../pledges/validate';
import { asPledge, type PledgeRecord } from '../records';
import { afterPledgeWrite, type Run } from './after-write';
import type { FieldChange } from './changes';
import { RegistryError } from './errors';
import { authorize } from './policy';
import type { Actor } from './tokens';

export type LockedPledge = PledgeRecord & { cityIds: string[]; version: number };

/**
 * The first locks every registry write takes: its cities' in id order, then the graph version's,
 * before it writes anything (an update has locked its pledge just before). Writes from the API
 * then wait here holding nothing another write needs, and take cities before the version as an
 * import batch does; cypher/registry-write-turn.cypher says what happened without it.
 * Returns the cities, for the validator.
 */
export async function takeTurn(run: Run, cityIds: readonly string[]): Promise<Catalogue['cities']> {
  const [row] = await run('registry-write-turn', { cityIds: [...cityIds].sort() });
  const cities = (row?.cities ?? []) as Array<{ id: string; name: string; country: string }>;
  return new Map(cities.map((c) => [c.id, { name: c.name, country: c.country }]));
}

/** Locks the pledge, then decides: unknown, not this token's city, or a version that moved on. */
export async function lockPledge(
  run: Run,
  id: string,
  actor: Actor | null,
  action: 'update' | 'status' | 'report',
  version: number | null,
): Promise<LockedPledge> {
  const [row] = await run('registry-lock-pledge', { id });
  if (!row) throw new RegistryError('NOT_FOUND', `No pledge with id "${id}".`);
  const current = asPledge(row.pledge) as LockedPledge;
  authorize(actor, action, current.cityIds);
  if (version !== null && version !== current.version)
    throw new RegistryError(
      'CONFLICT',
      `Pledge ${id} is at version ${current.version}, not ${version}: reload it and apply your change again.`,
    );
  return current;
}

/** What the history event of a write records. */
export function historyEvent(at: string, actor: Actor, action: string, changes: FieldChange[]) {
  return { at, actor: actor.name, action, changes: JSON.stringify(changes) };
}

/** A validated row as registry-write-pledge.cypher sets it: every field, city, area, item and partner. */
export function wholeRow(row: PledgeRow) {
  const { cityId, cityIds, title, description, lang, status, pledgedOn, targetDate, illustrative } = row;
  return {
    fields: { cityId, cityIds, title, description, lang, status, pledgedOn, targetDate, illustrative },
    cityIds: row.cityIds,
    actionAreas: row.actionAreas,
    frameworkItems: row.frameworkItems,
    partners: row.partners,
  };
}

/**
 * The one statement that writes a pledge (lists left out stay as they are) and its history event,
 * then brings what is derived from pledges up to date (after-write.ts).
 */
export async function writePledge(
  run: Run,
  id: string,
  event: ReturnType<typeof historyEvent>,
  set: { fields: Record<string, unknown> } & Partial<Omit<ReturnType<typeof wholeRow>, 'fields'>>,
): Promise<PledgeRecord> {
  const lists = { cityIds: null, actionAreas: null, frameworkItems: null, partners: null };
  const [out] = await run('registry-write-pledge', { id, ...lists, ...set, event });
  await afterPledgeWrite(run, [id]);
  return asPledge(out.pledge);
}

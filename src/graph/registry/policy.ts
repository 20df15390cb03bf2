import { RegistryError } from './errors';
import type { Actor } from './tokens';

export type WriteAction = 'submit' | 'update' | 'status' | 'report';

/** Every write needs a live token; this is checked before anything is read. */
export function authenticate(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new RegistryError('UNAUTHENTICATED', 'This needs a valid bearer token (Authorization: Bearer …).');
}

/**
 * The one place that decides who may write what. A CITY_EDITOR submits when it holds the lead
 * city and updates or reports when it holds any of the pledge's cities; curators and admins may
 * edit any pledge. `cityIds` is the pledge's cities, lead first.
 */
export function authorize(actor: Actor | null, action: WriteAction, cityIds: readonly string[]): Actor {
  authenticate(actor);
  if (actor.role === 'CURATOR' || actor.role === 'ADMIN') return actor;
  const allowed = action === 'submit' ? cityIds.slice(0, 1) : cityIds;
  if (allowed.some((c) => actor.cities.includes(c))) return actor;
  throw new RegistryError(
    'FORBIDDEN',
    action === 'submit'
      ? `The token "${actor.name}" may not submit pledges for ${cityIds[0] ?? 'this city'} (the lead city).`
      : `The token "${actor.name}" may not change a pledge of ${cityIds.join(', ')}.`,
  );
}

/**
 * Which drafts a viewer may see, the one rule every read path follows: none without a valid token
 * (null), a city editor those of its cities (any of a joint draft's cities), curators and admins
 * all of them (`cities: null`).
 */
export function draftScope(actor: Actor | null): { cities: string[] | null } | null {
  if (!actor) return null;
  return actor.role === 'CITY_EDITOR' ? { cities: [...actor.cities] } : { cities: null };
}

/** Drafts are seen only by curators, admins and editors of one of the draft's cities. */
export function maySeeDraft(actor: Actor | null, cityIds: readonly string[]): boolean {
  const scope = draftScope(actor);
  if (!scope) return false;
  return scope.cities === null || cityIds.some((c) => scope.cities?.includes(c));
}

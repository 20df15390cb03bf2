import { maySeeDraft } from '../../graph/registry/policy';
import type { PledgeRecord } from '../../graph/records';
import type { Context } from '../context';

/**
 * A draft by id, for the few who may see it (editors of its cities, curators, admins); null for
 * everyone else, exactly as for an unknown id, so the public cannot even tell a draft exists.
 */
export async function visibleDraft(ctx: Context, id: string): Promise<PledgeRecord | null> {
  if (!ctx.auth.presented) return null;
  const draft = await ctx.loaders.draft.load(id);
  if (!draft) return null;
  const cityIds = (draft.cityIds as string[] | undefined) ?? [draft.cityId];
  return maySeeDraft(await ctx.auth.actor(), cityIds) ? draft : null;
}

/** `pledges(filter: {status: "DRAFT"})`: the drafts the token may see; none for the public. */
export async function visibleDrafts(ctx: Context, after: string | null, limit: number) {
  const actor = await ctx.auth.actor();
  if (!actor) return { total: 0, pledges: [] as PledgeRecord[] };
  return ctx.repos.registryReads.draftsOf(actor.role === 'CITY_EDITOR' ? actor.cities : null, after, limit);
}

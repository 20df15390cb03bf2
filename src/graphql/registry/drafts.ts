import { NO_DRAFTS, type DraftOverlay } from '../../graph/registry/overlay';
import { draftScope, maySeeDraft } from '../../graph/registry/policy';
import type { Repositories } from '../../graph/repositories';
import type { RequestAuth } from '../auth/auth';
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

/**
 * The request's draft overlay (graph/registry/overlay.ts explains why), loaded at most once per
 * request and only when some resolver asks: no round trip without a token, one for the token and
 * one for the drafts with one. Every read path merges from this, so they all agree.
 */
export function lazyOverlay(repos: Repositories, auth: RequestAuth): () => Promise<DraftOverlay> {
  let loaded: Promise<DraftOverlay> | undefined;
  return () => {
    loaded ??= (async () => {
      if (!auth.presented) return NO_DRAFTS;
      const scope = draftScope(await auth.actor());
      return scope ? repos.registryReads.overlay(scope.cities) : NO_DRAFTS;
    })();
    return loaded;
  };
}

import type { OwnerKind } from '../../graph/pledges.types';
import { mergeOwnerPage } from '../../graph/registry/overlay';
import type { PledgeRecord } from '../../graph/records';
import type { Context } from '../context';
import { decodeCursor, toPage, type Page, type PageArgs } from '../shared/page';

/** Where a pledge connection's selection asks for the pledges' alignments. */
export const PLEDGE_ALIGNMENTS = ['edges', 'node', 'alignments'];

/**
 * `pledges(first, after)` on items, action areas and cities: batched across the whole response,
 * drafts the viewer may see included. `withAlignments` (the operation asks for the pledges'
 * alignments): an area's or a city's page brings them along and they prime the alignments loader,
 * one round trip less.
 */
export async function ownerPledges(
  ctx: Context,
  kind: OwnerKind,
  id: string,
  args: PageArgs,
  withAlignments = false,
): Promise<Page<PledgeRecord>> {
  const after = decodeCursor(args.after);
  const first = args.first ?? 20;
  const limit = first + 1;
  const alignments = withAlignments && kind !== 'item';
  const [pub, drafts] = await Promise.all([
    ctx.loaders.pledgePages.load({
      key: `${kind}|${id}|${after ?? ''}|${limit}|${alignments}`,
      kind,
      id,
      after,
      limit,
      alignments,
    }),
    ctx.drafts(),
  ]);
  for (const [pledgeId, list] of pub.alignments ?? []) ctx.loaders.pledgeAlignments.prime(pledgeId, list);
  // The public page comes from the shared statement; the viewer's drafts are merged in here.
  const page = mergeOwnerPage(drafts, kind, id, pub, after, limit);
  return toPage(page.pledges, first, page.total, (p) => p.id);
}

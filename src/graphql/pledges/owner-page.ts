import type { OwnerKind } from '../../graph/pledges.repo';
import { mergeOwnerPage } from '../../graph/registry/overlay';
import type { PledgeRecord } from '../../graph/records';
import type { Context } from '../context';
import { decodeCursor, toPage, type Page, type PageArgs } from '../shared/page';

/** `pledges(first, after)` on items, action areas and cities: batched across the whole response, drafts the viewer may see included. */
export async function ownerPledges(
  ctx: Context,
  kind: OwnerKind,
  id: string,
  args: PageArgs,
): Promise<Page<PledgeRecord>> {
  const after = decodeCursor(args.after);
  const first = args.first ?? 20;
  const limit = first + 1;
  const [pub, drafts] = await Promise.all([
    ctx.loaders.pledgePages.load({
      key: `${kind}|${id}|${after ?? ''}|${limit}`,
      kind,
      id,
      after,
      limit,
    }),
    ctx.drafts(),
  ]);
  // The public page comes from the shared statement; the viewer's drafts are merged in here.
  const page = mergeOwnerPage(drafts, kind, id, pub, after, limit);
  return toPage(page.pledges, first, page.total, (p) => p.id);
}

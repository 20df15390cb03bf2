import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { OwnerKind, PageRequest } from '../../graph/pledges.types';
import { mergeOwnerPage } from '../../graph/registry/overlay';
import type { PledgeRecord } from '../../graph/records';
import type { Context } from '../context';
import { decodeCursor, MAX_PAGE, toPage, type Page, type PageArgs } from '../shared/page';
import { startChildren } from '../shared/prefetch';
import { selects } from '../shared/selection';

/** Where a pledge connection's selection asks for the pledges' alignments. */
const PLEDGE_ALIGNMENTS = ['edges', 'node', 'alignments'];
/** The schema type whose `pledges` field each owner kind answers. */
const OWNER_TYPE: Record<OwnerKind, string> = { area: 'ActionArea', city: 'City', item: 'FrameworkItem' };

type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * `pledges(first, after)` on items, action areas and cities (`info`: that field's): batched across
 * the whole response, drafts the viewer may see included. When the operation asks for the pledges'
 * alignments, an area's or a city's page brings them along and they prime the alignments loader,
 * one round trip less.
 */
export async function ownerPledges(
  ctx: Context,
  kind: OwnerKind,
  id: string,
  args: PageArgs,
  info: Selection,
): Promise<Page<PledgeRecord>> {
  const first = args.first ?? 20;
  const req = pageRequest(kind, id, args, info, info.fieldNodes);
  const { after, limit } = req;
  const [pub, drafts] = await Promise.all([ctx.loaders.pledgePages.load(req), ctx.drafts()]);
  for (const [pledgeId, list] of pub.alignments ?? []) ctx.loaders.pledgeAlignments.prime(pledgeId, list);
  // The public page comes from the shared statement; the viewer's drafts are merged in here.
  const page = mergeOwnerPage(drafts, kind, id, pub, after, limit);
  // Each pledge also carries its list, which graphql/schema.ts answers without a promise.
  const linked = pub.alignments;
  const pledges = linked
    ? page.pledges.map((p) => (linked.has(p.id) ? { ...p, alignmentRecords: linked.get(p.id) } : p))
    : page.pledges;
  return toPage(pledges, first, page.total, (p) => p.id);
}

/** The page a `pledges` field (`nodes`, merged under one key) asks for; the prefetch and the field agree on it. */
function pageRequest(
  kind: OwnerKind,
  id: string,
  args: PageArgs,
  info: Selection,
  nodes: readonly FieldNode[],
): PageRequest {
  const after = decodeCursor(args.after);
  const limit = (args.first ?? 20) + 1;
  const alignments = kind !== 'item' && selects(info, PLEDGE_ALIGNMENTS, nodes);
  return { key: `${kind}|${id}|${after ?? ''}|${limit}|${alignments}`, kind, id, after, limit, alignments };
}

/**
 * Called by `actionArea(id)`, `city(id)` and `item(id)`: starts the pledge pages their `pledges`
 * fields will ask for, so each page's statement runs beside the owner's own read instead of after
 * it (it needs only the id). The field resolver then finds the page in the loader. An unknown id
 * costs one statement that finds nothing.
 */
export function prefetchPages(ctx: Context, kind: OwnerKind, id: string, info: GraphQLResolveInfo) {
  startChildren(info, OWNER_TYPE[kind], 'pledges', (given, nodes) => {
    const args = given as unknown as PageArgs;
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) return undefined;
    return ctx.loaders.pledgePages.load(pageRequest(kind, id, args, info, nodes));
  });
}

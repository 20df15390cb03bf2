import { getArgumentValues, type GraphQLResolveInfo, isInterfaceType, isObjectType } from 'graphql';
import type { OwnerKind, PageRequest } from '../../graph/pledges.types';
import { mergeOwnerPage } from '../../graph/registry/overlay';
import type { PledgeRecord } from '../../graph/records';
import type { Context } from '../context';
import { decodeCursor, MAX_PAGE, toPage, type Page, type PageArgs } from '../shared/page';
import { childFields, selects } from '../shared/selection';

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
  const first = args.first ?? 20;
  const req = pageRequest(kind, id, args, withAlignments);
  const { after, limit } = req;
  const [pub, drafts] = await Promise.all([ctx.loaders.pledgePages.load(req), ctx.drafts()]);
  for (const [pledgeId, list] of pub.alignments ?? []) ctx.loaders.pledgeAlignments.prime(pledgeId, list);
  // The public page comes from the shared statement; the viewer's drafts are merged in here.
  const page = mergeOwnerPage(drafts, kind, id, pub, after, limit);
  return toPage(page.pledges, first, page.total, (p) => p.id);
}

function pageRequest(kind: OwnerKind, id: string, args: PageArgs, withAlignments: boolean): PageRequest {
  const after = decodeCursor(args.after);
  const limit = (args.first ?? 20) + 1;
  const alignments = withAlignments && kind !== 'item';
  return { key: `${kind}|${id}|${after ?? ''}|${limit}|${alignments}`, kind, id, after, limit, alignments };
}

/**
 * Called by `actionArea(id)`, `city(id)` and `item(id)`: starts the pledge pages their `pledges`
 * fields will ask for, so each page's statement runs beside the owner's own read instead of after
 * it (it needs only the id). The field resolver then finds the page in the loader. Arguments the
 * field would refuse start nothing; an unknown id costs one statement that finds nothing.
 */
export function prefetchPages(ctx: Context, kind: OwnerKind, id: string, info: GraphQLResolveInfo, type: string) {
  const owner = info.schema.getType(type);
  const field = isObjectType(owner) || isInterfaceType(owner) ? owner.getFields().pledges : undefined;
  if (!field) return;
  for (const nodes of childFields(info, 'pledges')) {
    try {
      // Merged fields under one key have the same arguments (graphql-js validates that).
      const args = getArgumentValues(field, nodes[0], info.variableValues) as unknown as PageArgs;
      const first = args.first ?? 20;
      if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) continue;
      const req = pageRequest(kind, id, args, selects(info, PLEDGE_ALIGNMENTS, nodes));
      ctx.loaders.pledgePages.load(req).catch(() => undefined);
    } catch {
      // A bad cursor or argument: the field itself reports it.
    }
  }
}

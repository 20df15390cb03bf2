import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import { visibleDraft } from './registry/drafts';
import { Node } from './shared/node';

const ITEM_ID = /^(GCM|GCR|NUA|SDG)-/;

@Resolver()
export class NodeResolver {
  @Query((_returns) => Node, {
    nullable: true,
    description: 'Anything by id: framework item, action area, city or pledge; null when unknown.',
  })
  async node(@Arg('id', (_type) => ID) id: string, @Ctx() ctx: Context) {
    if (ITEM_ID.test(id)) return ctx.loaders.item.load(id);
    if (id.startsWith('AA-')) return ctx.loaders.area.load(id);
    // City and pledge ids are both slugs; a pledge id extends its city's, so ask for both at once.
    const [city, pledge] = await Promise.all([ctx.loaders.city.load(id), ctx.loaders.pledge.load(id)]);
    return city ?? pledge ?? visibleDraft(ctx, id);
  }
}

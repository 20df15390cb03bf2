import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { type AlignmentRecord, asItem, type ItemRecord } from '../../graph/records';
import type { Context } from '../context';
import { PledgeConnection } from '../pledges/connection.type';
import { ownerPledges, prefetchPages } from '../pledges/owner-page';
import { Lang } from '../shared/enums';
import { startChildren } from '../shared/prefetch';
import { OptionalFrameworkArgs } from '../shared/framework-arg';
import { titleIn } from '../shared/lang';
import { PageArgs } from '../shared/page';
import { Alignment } from './alignment.type';
import { FrameworkItem } from './framework-item.type';

export const filterByFramework = (list: AlignmentRecord[], framework?: string | null) =>
  framework ? list.filter((a) => a.item.framework === framework) : list;

@Resolver((_of) => FrameworkItem)
export class FrameworkItemResolver {
  @Query((_returns) => FrameworkItem, {
    nullable: true,
    description: 'A framework item by id ("GCM-15", "GCR-III.B.2.1", "NUA-28", "SDG-10.7"); null when unknown.',
  })
  item(
    @Arg('id', (_type) => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ItemRecord | null> {
    prefetchPages(ctx, 'item', id, info);
    // Its links and subsections need only the id: their statements run beside the item's own read.
    startChildren(info, 'FrameworkItem', 'alignments', () => ctx.loaders.alignments.load(id));
    startChildren(info, 'FrameworkItem', 'children', () => ctx.loaders.children.load(id));
    return ctx.loaders.item.load(id);
  }

  // Declares and documents the field; graphql/schema.ts (synchronousLangFields) runs this same titleIn
  // call directly, without type-graphql's promise, so a change here belongs there too.
  @FieldResolver((_type) => String, {
    description:
      'Title in `lang`, falling back to English. SDG: official text; GCM: official title (fr/es: short labels); NUA: the project’s topic label.',
  })
  title(
    @Root() item: ItemRecord,
    @Arg('lang', (_type) => Lang, { nullable: true, defaultValue: Lang.EN }) lang: Lang | null,
  ): string {
    return titleIn(item, lang ?? Lang.EN);
  }

  @FieldResolver((_type) => [Alignment], {
    description: 'Crosswalk links of this item, in both directions, each with its basis and rationale.',
  })
  async alignments(
    @Root() item: ItemRecord,
    @Args((_type) => OptionalFrameworkArgs, { validate: false }) { framework }: OptionalFrameworkArgs,
    @Ctx() ctx: Context,
  ) {
    return filterByFramework(await ctx.loaders.alignments.load(item.id), framework);
  }

  @FieldResolver((_type) => PledgeConnection, {
    description:
      'Pledges reaching this item: naming it (DECLARED) or through an action area’s curated link, as coverage counts them.',
  })
  pledges(
    @Root() item: ItemRecord,
    @Args((_type) => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ownerPledges(ctx, 'item', item.id, args, info);
  }

  @FieldResolver((_type) => FrameworkItem, { nullable: true, description: 'The section or goal this item belongs to.' })
  parent(@Root() item: ItemRecord, @Ctx() ctx: Context): Promise<ItemRecord | null> | ItemRecord | null {
    if (typeof item.parentId !== 'string') return null;
    // Items read by id carry their parent's record (items-by-ids.cypher); others go through the loader.
    if (item.parentRecord) {
      const parent = asItem(item.parentRecord);
      ctx.loaders.item.prime(item.parentId, parent);
      return parent;
    }
    return ctx.loaders.item.load(item.parentId);
  }

  @FieldResolver((_type) => [FrameworkItem], { description: 'Subsections (GCR) or targets (SDG goals).' })
  children(@Root() item: ItemRecord, @Ctx() ctx: Context): Promise<ItemRecord[]> {
    return ctx.loaders.children.load(item.id);
  }
}

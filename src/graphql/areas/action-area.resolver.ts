import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { asItem, type AlignmentRecord, type AreaRecord } from '../../graph/records';
import type { Context } from '../context';
import { Alignment } from '../items/alignment.type';
import { filterByFramework } from '../items/item.resolver';
import { PledgeConnection } from '../pledges/connection.type';
import { ownerPledges, prefetchPages } from '../pledges/owner-page';
import { Lang } from '../shared/enums';
import { OptionalFrameworkArgs } from '../shared/framework-arg';
import { titleIn } from '../shared/lang';
import { PageArgs } from '../shared/page';
import { ActionArea } from './action-area.type';

@Resolver((_of) => ActionArea)
export class ActionAreaResolver {
  @Query((_returns) => [ActionArea], { description: 'The six action areas, in order.' })
  actionAreas(@Ctx() ctx: Context): Promise<AreaRecord[]> {
    return ctx.repos.items.actionAreas();
  }

  @Query((_returns) => ActionArea, { nullable: true, description: 'An action area by id ("AA-4"); null when unknown.' })
  actionArea(
    @Arg('id', (_type) => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AreaRecord | null> {
    prefetchPages(ctx, 'area', id, info);
    return ctx.loaders.area.load(id);
  }

  // Declares and documents the field; graphql/schema.ts (synchronousLangFields) runs this same titleIn
  // call directly, without type-graphql's promise, so a change here belongs there too.
  @FieldResolver((_type) => String, {
    description: 'The action-area name (e.g. "Access to Essential Services"), falling back to English.',
  })
  title(
    @Root() area: AreaRecord,
    @Arg('lang', (_type) => Lang, { nullable: true, defaultValue: Lang.EN }) lang: Lang | null,
  ): string {
    return titleIn(area, lang ?? Lang.EN);
  }

  // Declares and documents the field; graphql/schema.ts (synchronousLangFields) runs this same titleIn
  // call directly, without type-graphql's promise, so a change here belongs there too.
  @FieldResolver((_type) => String, {
    description: 'The priority wording of the other Call to Action draft, falling back to English.',
  })
  priority(
    @Root() area: AreaRecord,
    @Arg('lang', (_type) => Lang, { nullable: true, defaultValue: Lang.EN }) lang: Lang | null,
  ): string {
    return titleIn(area, lang ?? Lang.EN, 'priority');
  }

  @FieldResolver((_type) => [Alignment], {
    description: 'Curated links from this action area to items of the four frameworks.',
  })
  async alignments(
    @Root() area: AreaRecord,
    @Args((_type) => OptionalFrameworkArgs, { validate: false }) { framework }: OptionalFrameworkArgs,
    @Ctx() ctx: Context,
  ) {
    // Areas read by id carry their links already; the list of all areas goes through the loader.
    const links = Array.isArray(area.alignmentRecords)
      ? (area.alignmentRecords as AlignmentRecord[]).map((l) => ({ ...l, item: asItem(l.item) }))
      : await ctx.loaders.alignments.load(area.id);
    return filterByFramework(links, framework);
  }

  @FieldResolver((_type) => PledgeConnection, { description: 'Pledges made in this action area.' })
  pledges(
    @Root() area: AreaRecord,
    @Args((_type) => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ownerPledges(ctx, 'area', area.id, args, info);
  }
}

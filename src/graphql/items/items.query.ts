import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { Context } from '../context';
import { FrameworkCode } from '../shared/enums';
import { decodeCursor, pageArgs, toPage } from '../shared/page';
import { FrameworkItemConnection } from './connection.type';

@ArgsType()
class ItemsArgs extends pageArgs(50) {
  @Field(_type => FrameworkCode)
  framework!: FrameworkCode;

  @Field(_type => String, { nullable: true, description: 'Only items of this kind, e.g. "target" or "goal" for SDG.' })
  kind?: string | null;
}

@Resolver()
export class ItemsQueryResolver {
  @Query(_returns => FrameworkItemConnection, { description: 'A framework’s items in document order, a page at a time (at most 100).' })
  async items(@Args(_type => ItemsArgs) args: ItemsArgs, @Ctx() ctx: Context) {
    const after = decodeCursor(args.after);
    const first = args.first ?? 50;
    const { total, items } = await ctx.repos.items.page(args.framework, args.kind ?? null, after, first + 1);
    return toPage(items, first, total, (i) => i.sortKey);
  }
}

import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import type { Context } from '../context';
import { FrameworkCode } from '../shared/enums';
import { luceneTerms } from '../shared/lucene';
import { decodeCursor, MAX_PAGE, pageArgs, toPage } from '../shared/page';
import { FrameworkItemConnection } from './connection.type';
import { FrameworkItem } from './framework-item.type';

@ArgsType()
class ItemsArgs extends pageArgs(50) {
  @Field((_type) => FrameworkCode)
  framework!: FrameworkCode;

  @Field((_type) => String, {
    nullable: true,
    description: 'Only items of this kind, e.g. "target" or "goal" for SDG.',
  })
  kind?: string | null;
}

@ArgsType()
class SearchItemsArgs {
  @Field((_type) => String, { description: 'Words to find in titles (any of en/fr/es) and labels.' })
  @Length(1, 200, { message: 'text must be 1 to 200 characters' })
  // Blank or punctuation-only text has no word to find; full-text search would fail on it.
  @Matches(/[\p{L}\p{N}]/u, { message: 'text must contain a letter or a digit' })
  text!: string;

  @Field((_type) => FrameworkCode, { nullable: true })
  framework?: FrameworkCode | null;

  @Field((_type) => Int, { nullable: true, defaultValue: 20, description: `How many, 0..${MAX_PAGE}.` })
  @IsOptional()
  @Min(0, { message: 'first must not be negative' })
  @Max(MAX_PAGE, { message: `first must be at most ${MAX_PAGE}` })
  first!: number;
}

@Resolver()
export class ItemsQueryResolver {
  @Query((_returns) => [FrameworkItem], {
    description: 'Framework items matching words in their titles (en/fr/es) or labels, best match first.',
  })
  searchItems(@Args((_type) => SearchItemsArgs) { text, framework, first }: SearchItemsArgs, @Ctx() ctx: Context) {
    return ctx.repos.items.search(luceneTerms(text), framework ?? null, first ?? 20);
  }

  @Query((_returns) => FrameworkItemConnection, {
    description: 'A framework’s items in document order, a page at a time (at most 100).',
  })
  async items(@Args((_type) => ItemsArgs) args: ItemsArgs, @Ctx() ctx: Context) {
    const after = decodeCursor(args.after);
    const first = args.first ?? 50;
    const { total, items } = await ctx.repos.items.page(args.framework, args.kind ?? null, after, first + 1);
    return toPage(items, first, total, (i) => i.sortKey);
  }
}

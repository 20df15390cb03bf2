import { Args, ArgsType, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import type { Context } from '../context';
import { FrameworkItem } from '../items/framework-item.type';
import { FrameworkCode, Lang } from '../shared/enums';

@ObjectType({
  simpleResolvers: true,
  description: "A framework item a pledge's text points to: a suggestion the city may accept.",
})
export class AlignmentSuggestion {
  @Field((_type) => FrameworkItem, { description: 'The suggested item.' })
  item!: unknown;

  @Field((_type) => Float, { description: 'Higher is better; comparable within one answer only.' })
  score!: number;

  @Field((_type) => [String], { description: "The pledge's words that matched the item or its action areas." })
  matched!: string[];
}

@ArgsType()
class SuggestArgs {
  @Field((_type) => String, { description: "The pledge's title and description (at most 8000 characters)." })
  @Length(1, 8000, { message: 'text must be 1 to 8000 characters' })
  text!: string;

  @Field((_type) => Lang, { nullable: true, description: 'The language of the text; all three when not given.' })
  lang?: Lang | null;

  @Field((_type) => FrameworkCode, { nullable: true, description: 'Only items of this framework.' })
  framework?: FrameworkCode | null;

  @Field((_type) => Int, { nullable: true, defaultValue: 10, description: 'How many, 1..50.' })
  @IsOptional()
  @Min(1, { message: 'first must be at least 1' })
  @Max(50, { message: 'first must be at most 50' })
  first!: number;
}

@Resolver()
export class SuggestResolver {
  @Query((_returns) => [AlignmentSuggestion], {
    description:
      "Framework items a pledge's text points to, best first: full-text matches on item titles (en/fr/es), the " +
      "project's labels and summaries, and action areas (passed on through their curated links).",
  })
  suggestAlignments(@Args((_type) => SuggestArgs) a: SuggestArgs, @Ctx() ctx: Context) {
    return ctx.repos.registryReads.suggest(a.text, a.lang ?? null, a.framework ?? null, a.first ?? 10);
  }
}

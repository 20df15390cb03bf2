import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import type { CityRecord } from '../../graph/records';
import type { Context } from '../context';
import { PledgeConnection } from '../pledges/connection.type';
import { ownerPledges, prefetchPages } from '../pledges/owner-page';
import { FrameworkCode } from '../shared/enums';
import { startChildren } from '../shared/prefetch';
import { decodeCursor, PageArgs, toPage } from '../shared/page';
import { CityConnection } from './city-connection.type';
import { CityFilter } from './city-filter.input';
import { City } from './city.type';
import { Commitment } from './commitment.type';

@ArgsType()
class CitiesArgs extends PageArgs {
  @Field((_type) => CityFilter, { nullable: true })
  @ValidateNested()
  filter?: CityFilter | null;
}

@Resolver((_of) => City)
export class CityResolver {
  @Query((_returns) => City, { nullable: true, description: 'A city by id ("montreal-ca"); null when unknown.' })
  city(
    @Arg('id', (_type) => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CityRecord | null> {
    prefetchPages(ctx, 'city', id, info);
    // Its commitments need only the id: their statement runs beside the city's own read.
    startChildren(info, 'City', 'commitments', ({ framework }) =>
      ctx.loaders.commitments.load(commitmentRequest(id, framework as FrameworkCode)),
    );
    return ctx.loaders.city.load(id);
  }

  @Query((_returns) => CityConnection, { description: 'Cities matching the filter, ordered by id, a page at a time.' })
  async cities(@Args((_type) => CitiesArgs) args: CitiesArgs, @Ctx() ctx: Context) {
    const f = args.filter ?? {};
    const { total, cities } = await ctx.repos.cities.matching(
      {
        actionArea: f.actionArea ?? null,
        item: f.item ?? null,
        country: f.country ?? null,
        region: f.region ?? null,
        search: f.search ?? null,
        illustrative: f.illustrative ?? null,
      },
      decodeCursor(args.after),
      (args.first ?? 20) + 1,
      // Filters by action area or item see the drafts the viewer may see, as every list does.
      await ctx.drafts(),
    );
    return toPage(cities, args.first ?? 20, total, (c) => c.id);
  }

  @FieldResolver((_type) => PledgeConnection)
  pledges(
    @Root() city: CityRecord,
    @Args((_type) => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ownerPledges(ctx, 'city', city.id, args, info);
  }

  @FieldResolver((_type) => [Commitment], {
    description:
      'Every item of the framework this city’s pledges reach: named in a pledge (DECLARED), linked to a pledge’s action area in the crosswalk (CURATED), or one crosswalk step further (INFERRED).',
  })
  async commitments(
    @Root() city: CityRecord,
    @Arg('framework', (_type) => FrameworkCode) framework: FrameworkCode,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.commitments.load(commitmentRequest(city.id, framework));
  }
}

/** The commitments loader's key: `city(id)` starts it with the same one its field asks. */
const commitmentRequest = (city: string, framework: FrameworkCode) => ({
  key: `${city}|${framework}`,
  city,
  framework,
});

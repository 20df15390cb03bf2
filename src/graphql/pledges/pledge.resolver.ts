import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { passedForums } from '../../graph/registry/forums';
import { asArea, asCity, type AreaRecord, type CityRecord, type PledgeRecord } from '../../graph/records';
import { ActionArea } from '../areas/action-area.type';
import { City } from '../cities/city.type';
import type { Context } from '../context';
import { Alignment } from '../items/alignment.type';
import { filterByFramework } from '../items/item.resolver';
import { OptionalFrameworkArgs } from '../shared/framework-arg';
import { luceneTerms } from '../shared/lucene';
import { decodeCursor, PageArgs, toPage } from '../shared/page';
import { selects } from '../shared/selection';
import { visibleDraft, visibleDrafts } from '../registry/drafts';
import { PledgeConnection } from './connection.type';
import { PledgeFilter } from './pledge-filter.input';
import { Organisation, Pledge, ProgressReport } from './pledge.type';

@ArgsType()
class PledgesArgs extends PageArgs {
  @Field((_type) => PledgeFilter, { nullable: true })
  @ValidateNested()
  filter?: PledgeFilter | null;
}

@Resolver((_of) => Pledge)
export class PledgeResolver {
  @Query((_returns) => Pledge, {
    nullable: true,
    description: "A pledge by id; null when unknown, or a draft the token may not see (drafts are their cities' own).",
  })
  async pledge(
    @Arg('id', (_type) => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PledgeRecord | null> {
    const extras = { partners: selects(info, ['partners']), reports: selects(info, ['reports']) };
    if (!extras.partners && !extras.reports) return (await ctx.loaders.pledge.load(id)) ?? visibleDraft(ctx, id);
    // A pledge's page: its partners and reports come with it, and their loaders are primed.
    const read = await ctx.repos.pledges.byIdsWith([id], extras);
    const found = read.pledges.get(id);
    if (!found) return visibleDraft(ctx, id);
    ctx.loaders.pledge.prime(id, found);
    for (const [pledge, partners] of read.partners) ctx.loaders.pledgePartners.prime(pledge, partners);
    for (const [pledge, reports] of read.reports) ctx.loaders.pledgeReports.prime(pledge, reports);
    return found;
  }

  @Query((_returns) => PledgeConnection, {
    description:
      "Pledges matching the filter, ordered by id, a page at a time. Drafts show only to their cities' editors and curators.",
  })
  async pledges(@Args((_type) => PledgesArgs) args: PledgesArgs, @Ctx() ctx: Context) {
    const f = args.filter ?? {};
    if (f.status === 'DRAFT') {
      const drafts = await visibleDrafts(ctx, decodeCursor(args.after), (args.first ?? 20) + 1);
      return toPage(drafts.pledges, args.first ?? 20, drafts.total, (p) => p.id);
    }
    const { total, pledges, more } = await ctx.repos.pledges.matching(
      {
        actionArea: f.actionArea ?? null,
        item: f.item ?? null,
        country: f.country ?? null,
        region: f.region ?? null,
        status: f.status ?? null,
        search: f.search ? luceneTerms(f.search) : null,
        illustrative: f.illustrative ?? null,
        overdue: f.overdue ?? null,
        ...passedForums(ctx.today),
      },
      decodeCursor(args.after),
      args.first ?? 20,
      await ctx.drafts(),
    );
    return toPage(pledges, args.first ?? 20, total, (p) => p.id, more);
  }

  // city and actionAreas answer without a promise when the record carries them: graphql-js then
  // does not wait on each pledge of a page for them.
  @FieldResolver((_type) => City)
  city(@Root() pledge: PledgeRecord, @Ctx() ctx: Context): CityRecord | Promise<CityRecord> {
    // Pledges read by id or by page carry their city already; others are batched by the loader.
    if (pledge.cityRecord) return asCity(pledge.cityRecord);
    return ctx.loaders.city.load(pledge.cityId).then((city) => {
      if (!city) throw new Error(`pledge ${pledge.id} has no city ${pledge.cityId}`);
      return city;
    });
  }

  @FieldResolver((_type) => [ActionArea])
  actionAreas(@Root() pledge: PledgeRecord, @Ctx() ctx: Context): AreaRecord[] | Promise<AreaRecord[]> {
    if (Array.isArray(pledge.areaRecords)) return pledge.areaRecords.map(asArea);
    return ctx.loaders.pledgeAreas.load(pledge.id);
  }

  // Declares and documents the field, and answers pledges read by id or as drafts. Pledges of an
  // area's or a city's page carry their list, which graphql/schema.ts (synchronousPagedAlignments)
  // filters directly without this method: a change to what it answers belongs there too.
  @FieldResolver((_type) => [Alignment], {
    description: 'Items the pledge names (DECLARED) and, through its action areas, the curated links (INFERRED).',
  })
  async alignments(
    @Root() pledge: PledgeRecord,
    @Args((_type) => OptionalFrameworkArgs, { validate: false }) { framework }: OptionalFrameworkArgs,
    @Ctx() ctx: Context,
  ) {
    return filterByFramework(await ctx.loaders.pledgeAlignments.load(pledge.id), framework);
  }

  @FieldResolver((_type) => [ProgressReport])
  reports(@Root() pledge: PledgeRecord, @Ctx() ctx: Context) {
    return ctx.loaders.pledgeReports.load(pledge.id);
  }

  @FieldResolver((_type) => [Organisation])
  partners(@Root() pledge: PledgeRecord, @Ctx() ctx: Context) {
    return ctx.loaders.pledgePartners.load(pledge.id);
  }
}

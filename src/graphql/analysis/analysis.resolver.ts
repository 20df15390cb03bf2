import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { draftCoverageRows, draftSets, mergeCoverage } from '../../graph/registry/overlay';
import type { Context } from '../context';
import { BadInputError } from '../errors';
import { FrameworkCode } from '../shared/enums';
import { MAX_PAGE } from '../shared/page';
import { CoverageRow, CrosswalkResult, PeerCity } from './analysis.types';
import { CoverageFilter } from './coverage-filter.input';

@ArgsType()
class CrosswalkArgs {
  @Field((_type) => ID, { description: 'A framework item or an action area.' })
  from!: string;

  @Field((_type) => FrameworkCode)
  to!: FrameworkCode;

  @Field((_type) => Int, { nullable: true, defaultValue: 3, description: 'Longest path, 1..4 links.' })
  @IsOptional()
  @Min(1, { message: 'maxHops must be between 1 and 4' })
  @Max(4, { message: 'maxHops must be between 1 and 4' })
  maxHops!: number;
}

@ArgsType()
class CoverageArgs {
  @Field((_type) => FrameworkCode)
  framework!: FrameworkCode;

  @Field((_type) => Boolean, { nullable: true, defaultValue: false, description: 'Only the rows no pledge reaches.' })
  gapsOnly?: boolean | null;

  @Field((_type) => CoverageFilter, { nullable: true, description: 'Count only the pledges matching this filter.' })
  @IsOptional()
  @ValidateNested()
  filter?: CoverageFilter | null;
}

@ArgsType()
class PathArgs {
  @Field((_type) => ID, { description: 'A pledge, an action area or a framework item.' })
  from!: string;

  @Field((_type) => ID, { description: 'A framework item.' })
  to!: string;

  @Field((_type) => Int, { nullable: true, defaultValue: 4, description: 'Longest path, 1..5 steps.' })
  @IsOptional()
  @Min(1, { message: 'maxHops must be between 1 and 5' })
  @Max(5, { message: 'maxHops must be between 1 and 5' })
  maxHops!: number;
}

@ArgsType()
class PeersArgs {
  @Field((_type) => ID)
  cityId!: string;

  @Field((_type) => Int, { nullable: true, defaultValue: 10, description: `How many peers, 0..${MAX_PAGE}.` })
  @IsOptional()
  @Min(0, { message: 'first must not be negative' })
  @Max(MAX_PAGE, { message: `first must be at most ${MAX_PAGE}` })
  first!: number;
}

@Resolver()
export class AnalysisResolver {
  @Query((_returns) => [CrosswalkResult], {
    description:
      'Items of framework `to` linked to `from` (any item or action area) within maxHops crosswalk links, each with its shortest explaining path; ordered by hops, then document order.',
  })
  async crosswalk(@Args((_type) => CrosswalkArgs) { from, to, maxHops }: CrosswalkArgs, @Ctx() ctx: Context) {
    // Batched: a page asking several frameworks (ExplorerCrosswalk asks four) costs one search.
    const rows = await ctx.loaders.crosswalks.load({ from, to, maxHops: maxHops ?? 3 });
    if (rows.length === 0) await this.mustExist(ctx, from, 'framework item or action area');
    return rows;
  }

  @Query((_returns) => [CoverageRow], {
    description:
      'One row per item of the framework: pledges and distinct cities reaching it, counted directly (DECLARED) and through their action areas’ curated alignments. Rows with zero are the gaps.',
  })
  async coverage(@Args((_type) => CoverageArgs) { framework, gapsOnly, filter }: CoverageArgs, @Ctx() ctx: Context) {
    // Unfiltered coverage reads the derived counts and adds the viewer's drafts to them; a filter
    // counts in the coverage index, which counts the viewer's drafts beside the public pledges.
    const drafts = await ctx.drafts();
    const rows = filter
      ? await ctx.repos.coverage.matching(framework, filter, draftCoverageRows(drafts))
      : mergeCoverage(drafts, await ctx.repos.analysis.coverage(framework));
    return gapsOnly ? rows.filter((r) => r.pledgeCount === 0) : rows;
  }

  @Query((_returns) => CrosswalkResult, {
    nullable: true,
    description:
      'How a pledge, action area or item connects to one framework item: the shortest explaining path (a pledge starts through an item it names or one of its action areas), or null when none is within maxHops.',
  })
  async path(@Args((_type) => PathArgs) { from, to, maxHops }: PathArgs, @Ctx() ctx: Context) {
    const drafts = await ctx.drafts();
    const found = await ctx.repos.analysis.path(from, to, maxHops ?? 4, drafts.ids);
    if (!found) {
      const [target, pledge] = await Promise.all([ctx.loaders.item.load(to), ctx.loaders.pledge.load(from)]);
      if (!target) throw new BadInputError(`no framework item with id "${to}"`, 'to');
      if (!pledge && !drafts.ids.includes(from))
        await this.mustExist(ctx, from, 'pledge, action area or framework item');
    }
    return found;
  }

  @Query((_returns) => [PeerCity], {
    description:
      'Other cities ranked by the Jaccard overlap of their direct commitment sets (items named in pledges or linked to their action areas in the crosswalk), with the items they share; ties broken by id.',
  })
  async peers(@Args((_type) => PeersArgs) { cityId, first }: PeersArgs, @Ctx() ctx: Context) {
    const peers = await ctx.repos.analysis.peers(cityId, first ?? 10, draftSets(await ctx.drafts()));
    if (!peers) throw new BadInputError(`no city with id "${cityId}"`, 'cityId');
    return peers;
  }

  private async mustExist(ctx: Context, id: string, what: string): Promise<void> {
    const found = id.startsWith('AA-') ? await ctx.loaders.area.load(id) : await ctx.loaders.item.load(id);
    if (!found) throw new BadInputError(`no ${what} with id "${id}"`, 'from');
  }
}

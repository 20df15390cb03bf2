import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { draftCoverageRows } from '../../graph/registry/overlay';
import type { Context } from '../context';
import { FrameworkCode, Lang } from '../shared/enums';
import { CoverageFilter, CoverageGroupBy } from './coverage-filter.input';
import { CoverageMatrix } from './coverage-matrix.types';

@ArgsType()
class CoverageMatrixArgs {
  @Field((_type) => FrameworkCode, { description: 'The framework whose items are the rows.' })
  framework!: FrameworkCode;

  @Field((_type) => CoverageGroupBy, { description: 'What the columns are.' })
  by!: CoverageGroupBy;

  @Field((_type) => CoverageFilter, { nullable: true, description: 'Which pledges count; all of them when absent.' })
  @IsOptional()
  @ValidateNested()
  filter?: CoverageFilter | null;

  @Field((_type) => Lang, { nullable: true, defaultValue: Lang.EN, description: 'Language of the column labels.' })
  lang!: Lang;
}

@Resolver()
export class CoverageMatrixResolver {
  @Query((_returns) => CoverageMatrix, {
    description:
      'Pledge and city counts for every item of a framework, per region, action area or status: what a heat map needs, in one round trip. Drafts count only for their cities’ editors and curators (in a DRAFT column by STATUS).',
  })
  async coverageMatrix(
    @Args((_type) => CoverageMatrixArgs) { framework, by, filter, lang }: CoverageMatrixArgs,
    @Ctx() ctx: Context,
  ) {
    const m = await ctx.repos.coverage.matrix(
      framework,
      by,
      filter,
      lang ?? Lang.EN,
      draftCoverageRows(await ctx.drafts()),
    );
    return { framework, by, columns: m.columns, rows: m.rows };
  }
}

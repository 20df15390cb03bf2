import { Field, Int, ObjectType } from 'type-graphql';
import { FrameworkItem } from '../items/framework-item.type';
import { FrameworkCode } from '../shared/enums';
import { CoverageGroupBy } from './coverage-filter.input';

@ObjectType({ simpleResolvers: true, description: 'One column of a coverage matrix.' })
export class CoverageColumn {
  @Field({ description: 'Stable key: a region id ("M49-002"), an action area id ("AA-4") or a status ("PLEDGED").' })
  key!: string;

  @Field({ description: 'What to show as the column heading (action areas in the requested language).' })
  label!: string;
}

@ObjectType({ simpleResolvers: true, description: 'One framework item and its counts, one per column.' })
export class CoverageMatrixRow {
  @Field((_type) => FrameworkItem)
  item!: FrameworkItem;

  @Field((_type) => [Int], { description: 'Pledges reaching the item in each column, in the order of `columns`.' })
  pledgeCounts!: number[];

  @Field((_type) => [Int], { description: 'Distinct cities behind those pledges, in the order of `columns`.' })
  cityCounts!: number[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'Coverage of one framework broken down by a grouping; feeds a heat map in one round trip.',
})
export class CoverageMatrix {
  @Field((_type) => FrameworkCode)
  framework!: FrameworkCode;

  @Field((_type) => CoverageGroupBy)
  by!: CoverageGroupBy;

  @Field((_type) => [CoverageColumn], { description: 'The columns, in display order.' })
  columns!: CoverageColumn[];

  @Field((_type) => [CoverageMatrixRow], {
    description: 'One row per item of the framework, in document order; a row of zeros is a gap.',
  })
  rows!: CoverageMatrixRow[];
}

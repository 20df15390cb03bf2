import { Field, Float, Int, ObjectType } from 'type-graphql';
import { City } from '../cities/city.type';
import { FrameworkItem } from '../items/framework-item.type';
import { AlignmentBasis } from '../shared/enums';

@ObjectType({
  simpleResolvers: true,
  description: 'An item reached through the crosswalk, with the path that explains it.',
})
export class CrosswalkResult {
  @Field((_type) => FrameworkItem)
  item!: FrameworkItem;

  @Field((_type) => AlignmentBasis, { description: 'The stored basis for a direct link; INFERRED for longer paths.' })
  basis!: AlignmentBasis;

  @Field((_type) => [String], { description: 'Ids from the starting item to this one.' })
  path!: string[];

  @Field((_type) => Int, { description: 'Number of links on the path.' })
  hops!: number;

  @Field((_type) => [String], { description: 'The rationale of each link on the path, in order.' })
  rationales!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'How many pledges and cities reach one framework item.' })
export class CoverageRow {
  @Field((_type) => FrameworkItem)
  item!: FrameworkItem;

  @Field((_type) => Int, {
    description: 'Pledges naming the item (DECLARED) or reaching it through one of their action areas’ curated links.',
  })
  pledgeCount!: number;

  @Field((_type) => Int, {
    description: 'Distinct cities behind those pledges; 0 is a gap nobody has pledged towards.',
  })
  cityCount!: number;

  @Field((_type) => Int, { description: 'Of pledgeCount, the pledges that name the item themselves (DECLARED).' })
  declaredPledgeCount!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Another city ranked by the overlap of its commitments with a given city’s.',
})
export class PeerCity {
  @Field((_type) => City)
  city!: City;

  @Field((_type) => [FrameworkItem], { description: 'Items both cities reach.' })
  shared!: FrameworkItem[];

  @Field((_type) => Float, { description: 'Jaccard overlap of the two commitment sets, 0..1.' })
  score!: number;
}

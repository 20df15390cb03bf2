import { Field, ObjectType } from 'type-graphql';
import { FrameworkItem } from '../items/framework-item.type';
import { Pledge } from '../pledges/pledge.type';
import { AlignmentBasis } from '../shared/enums';

@ObjectType({ simpleResolvers: true, description: 'A framework item a city’s pledges reach, with how they reach it.' })
export class Commitment {
  @Field((_type) => FrameworkItem)
  item!: FrameworkItem;

  @Field((_type) => [Pledge], { description: 'The pledges that reach the item, by any path.' })
  pledges!: Pledge[];

  @Field((_type) => AlignmentBasis, {
    description: 'Strongest basis among the paths: DECLARED, then CURATED, then INFERRED.',
  })
  basis!: AlignmentBasis;

  @Field((_type) => [String], {
    description:
      'Ids from a pledge to the item along the strongest, shortest path, e.g. ["montreal-ca-2020-1","AA-4","GCM-15","SDG-3.8"].',
  })
  path!: string[];
}

import { Field, ObjectType } from 'type-graphql';
import { Node } from '../shared/node';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A city's pledge under the Call to Local Action on Migration.",
})
export class Pledge extends Node {
  @Field((_type) => String)
  title!: string;

  @Field((_type) => String, { nullable: true })
  description!: string | null;

  @Field((_type) => String, {
    description:
      'DRAFT (seen only by its editors and curators), PLEDGED, IN_PROGRESS, COMPLETED, SUSPENDED or WITHDRAWN.',
  })
  status!: string;

  @Field((_type) => Boolean, { description: 'True for sample data that is not a real pledge.' })
  illustrative!: boolean;

  @Field((_type) => String, { nullable: true, description: 'When the pledge was made (YYYY-MM-DD).' })
  pledgedOn!: string | null;

  @Field((_type) => String, { nullable: true, description: 'When the city means to have delivered it (YYYY-MM-DD).' })
  targetDate!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Progress a city reported on a pledge, e.g. to the IMRF or the Global Refugee Forum.',
})
export class ProgressReport {
  @Field((_type) => String)
  date!: string;

  @Field((_type) => String, { description: 'IMRF, GRF or OTHER.' })
  forum!: string;

  @Field((_type) => String)
  status!: string;

  @Field((_type) => String)
  summary!: string;

  @Field((_type) => Boolean)
  illustrative!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A city network or partner organisation.' })
export class Organisation {
  @Field((_type) => String)
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => String, { description: 'NETWORK or PARTNER.' })
  kind!: string;
}

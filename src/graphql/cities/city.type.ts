import { Field, ObjectType } from 'type-graphql';
import { Node } from '../shared/node';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A city that made pledges. Ids are slugs: name + "-" + ISO alpha-2, e.g. "montreal-ca".',
})
export class City extends Node {
  @Field((_type) => String)
  name!: string;

  @Field((_type) => String, { description: 'ISO 3166-1 alpha-3.' })
  countryCode!: string;

  @Field((_type) => String, { nullable: true })
  countryName!: string | null;

  @Field((_type) => String, { nullable: true, description: 'UN M49 world region.' })
  region!: string | null;

  @Field((_type) => String, { nullable: true, description: 'UN M49 sub-region.' })
  subregion!: string | null;

  @Field((_type) => Boolean, {
    description: 'True when the city is here only as sample data: its pledges are invented.',
  })
  illustrative!: boolean;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../shared/page';
import { City } from './city.type';

@ObjectType()
export class CityEdge {
  @Field(_type => City)
  node!: City;

  @Field(_type => String)
  cursor!: string;
}

@ObjectType()
export class CityConnection {
  @Field(_type => [CityEdge])
  edges!: CityEdge[];

  @Field(_type => PageInfo)
  pageInfo!: PageInfo;

  @Field(_type => Int)
  totalCount!: number;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../shared/page';
import { Pledge } from './pledge.type';

@ObjectType()
export class PledgeEdge {
  @Field(_type => Pledge)
  node!: Pledge;

  @Field(_type => String)
  cursor!: string;
}

@ObjectType()
export class PledgeConnection {
  @Field(_type => [PledgeEdge])
  edges!: PledgeEdge[];

  @Field(_type => PageInfo)
  pageInfo!: PageInfo;

  @Field(_type => Int)
  totalCount!: number;
}

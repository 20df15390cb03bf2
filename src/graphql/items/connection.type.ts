import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../shared/page';
import { FrameworkItem } from './framework-item.type';

@ObjectType()
export class FrameworkItemEdge {
  @Field(_type => FrameworkItem)
  node!: FrameworkItem;

  @Field(_type => String)
  cursor!: string;
}

@ObjectType()
export class FrameworkItemConnection {
  @Field(_type => [FrameworkItemEdge])
  edges!: FrameworkItemEdge[];

  @Field(_type => PageInfo)
  pageInfo!: PageInfo;

  @Field(_type => Int)
  totalCount!: number;
}

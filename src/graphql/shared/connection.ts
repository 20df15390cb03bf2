import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page';

/** Relay-style `<Name>Connection` and `<Name>Edge` types for one node type. */
// biome-ignore lint/complexity/noBannedTypes: type-graphql accepts any class as a field type
export function connectionOf(name: string, node: Function) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field((_type) => node)
    node!: unknown;

    @Field((_type) => String)
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, {
    simpleResolvers: true,
    description: `A page of ${name} results with the total across all pages.`,
  })
  class Connection {
    @Field((_type) => [Edge])
    edges!: Edge[];

    @Field((_type) => PageInfo)
    pageInfo!: PageInfo;

    @Field((_type) => Int)
    totalCount!: number;
  }
  return Connection;
}

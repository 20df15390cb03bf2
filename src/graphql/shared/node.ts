import { Field, ID, InterfaceType } from 'type-graphql';

/** Records the repositories return carry `typename`, which decides their GraphQL type. */
export interface Typed {
  typename: string;
}

@InterfaceType({
  description: 'Anything with a stable, readable id: framework items, action areas, cities, pledges.',
  resolveType: (value: Typed) => value.typename,
})
export abstract class Node {
  @Field((_type) => ID)
  id!: string;
}

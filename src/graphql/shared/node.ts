import { Field, ID, InterfaceType } from 'type-graphql';

/** Records the repositories return carry `typename`, which decides their GraphQL type. */
export interface Typed {
  typename: string;
}

/** The GraphQL type of a record: every interface here decides by it (schema.ts keeps it synchronous). */
export const typenameOf = (value: Typed) => value.typename;

@InterfaceType({
  description: 'Anything with a stable, readable id: framework items, action areas, cities, pledges.',
  resolveType: typenameOf,
})
export abstract class Node {
  @Field((_type) => ID)
  id!: string;
}

import { ArgsType, Field } from 'type-graphql';
import { FrameworkCode } from './enums';

/**
 * No constraint beyond its enum, which GraphQL checks: resolvers take it with `validate: false`,
 * sparing class-validator a run per field per row (a page of 100 pledges asks it 100 times).
 */
@ArgsType()
export class OptionalFrameworkArgs {
  @Field((_type) => FrameworkCode, { nullable: true, description: 'Only links to items of this framework.' })
  framework?: FrameworkCode | null;
}

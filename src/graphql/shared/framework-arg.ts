import { ArgsType, Field } from 'type-graphql';
import { FrameworkCode } from './enums';

@ArgsType()
export class OptionalFrameworkArgs {
  @Field((_type) => FrameworkCode, { nullable: true, description: 'Only links to items of this framework.' })
  framework?: FrameworkCode | null;
}

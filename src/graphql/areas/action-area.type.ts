import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../shared/node';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'One of the six action areas of the Call to Local Action on Migration ("AA-1".."AA-6").',
})
export class ActionArea extends Node {
  @Field((_type) => Int)
  number!: number;

  @Field((_type) => String, { description: "The project's description, in its own words." })
  description!: string;
}

import { Field, ObjectType } from 'type-graphql';
import { AlignmentBasis } from '../shared/enums';
import { FrameworkItem } from './framework-item.type';

@ObjectType({ simpleResolvers: true, description: 'A link from one thing to a framework item, with why it exists.' })
export class Alignment {
  @Field((_type) => FrameworkItem)
  item!: FrameworkItem;

  @Field((_type) => AlignmentBasis)
  basis!: AlignmentBasis;

  @Field((_type) => String, { nullable: true, description: 'Why the two are linked, in a sentence.' })
  rationale!: string | null;

  @Field((_type) => Boolean, { description: 'True when both ends were checked against the texts the link rests on.' })
  verified!: boolean;
}

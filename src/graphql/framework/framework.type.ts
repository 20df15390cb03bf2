import { Field, Int, ObjectType } from 'type-graphql';
import { FrameworkCode } from '../shared/enums';

@ObjectType({ simpleResolvers: true, description: 'One of the four international frameworks a pledge can serve.' })
export class Framework {
  @Field((_type) => FrameworkCode)
  code!: FrameworkCode;

  @Field((_type) => String, { description: 'Official name.' })
  name!: string;

  @Field((_type) => String, { nullable: true, description: 'UN document symbol, e.g. A/RES/73/195.' })
  document!: string | null;

  @Field((_type) => String, { nullable: true, description: 'Date of adoption (ISO 8601).' })
  adopted!: string | null;

  @Field((_type) => String, { nullable: true, description: "The project's short description." })
  description!: string | null;

  @Field((_type) => Int, { description: 'How many items of this framework the graph holds.' })
  itemCount!: number;
}

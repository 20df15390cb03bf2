import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { City } from '../cities/city.type';

export enum Role {
  CITY_EDITOR = 'CITY_EDITOR',
  CURATOR = 'CURATOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: "What a token's holder may write.",
  valuesConfig: {
    CITY_EDITOR: { description: "Submits its cities' pledges and updates and reports on pledges they share in." },
    CURATOR: { description: 'May edit any pledge.' },
    ADMIN: { description: 'May edit any pledge and manage tokens.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'The holder of the bearer token the request carries.' })
export class Viewer {
  @Field((_type) => String, { description: "The token's name; history events name it as the actor." })
  name!: string;

  @Field((_type) => Role, { description: 'What the token may write.' })
  role!: Role;

  @Field((_type) => [City], { description: 'The cities a CITY_EDITOR may write for (empty for other roles).' })
  cities!: unknown[];
}

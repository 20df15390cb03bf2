import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';

@InputType({ description: 'Filters on cities; all given filters must hold.' })
export class CityFilter {
  @Field((_type) => ID, { nullable: true, description: 'Cities with a pledge in this action area ("AA-4").' })
  @IsOptional()
  @Matches(/^AA-\d+$/, { message: 'actionArea must look like AA-4' })
  actionArea?: string | null;

  @Field((_type) => ID, {
    nullable: true,
    description: 'Cities whose pledges reach this framework item directly or through their action areas.',
  })
  item?: string | null;

  @Field((_type) => String, { nullable: true, description: 'ISO 3166-1 alpha-3 country code.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO 3166-1 alpha-3 code such as CAN' })
  country?: string | null;

  @Field((_type) => String, { nullable: true, description: 'World region: its name ("Africa") or id ("M49-002").' })
  region?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      'Part of the city name, case ignored; also looked for in the city id as a slug, so "bogota" finds Bogotá.',
  })
  @IsOptional()
  @Length(1, 120, { message: 'search must be 1 to 120 characters' })
  search?: string | null;

  @Field((_type) => Boolean, { nullable: true, description: 'Only sample (true) or only real (false) cities.' })
  illustrative?: boolean | null;
}

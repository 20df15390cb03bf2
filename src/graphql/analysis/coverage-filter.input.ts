import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { PUBLIC_STATUSES } from '../../graph/coverage.repo';

export enum CoverageGroupBy {
  REGION = 'REGION',
  ACTION_AREA = 'ACTION_AREA',
  STATUS = 'STATUS',
}

registerEnumType(CoverageGroupBy, {
  name: 'CoverageGroupBy',
  description: 'What the columns of a coverage matrix are.',
  valuesConfig: {
    REGION: { description: 'World regions (UN M49) of the pledging cities.' },
    ACTION_AREA: {
      description: 'The six action areas of the Call to Local Action; a pledge counts in each of its areas.',
    },
    STATUS: { description: 'Pledge statuses, in the order a pledge moves through them (drafts never count).' },
  },
});

@InputType({ description: 'Which pledges a coverage count includes; all given filters must hold. Drafts never count.' })
export class CoverageFilter {
  @Field((_type) => String, {
    nullable: true,
    description: 'World region of the city: name ("Africa") or id ("M49-002").',
  })
  @IsOptional()
  @Length(1, 100, { message: 'region must be 1 to 100 characters' })
  region?: string | null;

  @Field((_type) => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code of the city’s country ("CAN").' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO 3166-1 alpha-3 code such as CAN' })
  country?: string | null;

  @Field((_type) => ID, { nullable: true, description: 'Only pledges in this action area ("AA-4").' })
  @IsOptional()
  @Matches(/^AA-\d+$/, { message: 'actionArea must look like AA-4' })
  actionArea?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: `Only pledges with this status: ${PUBLIC_STATUSES.join(', ')}.`,
  })
  @IsOptional()
  @IsIn([...PUBLIC_STATUSES], { message: `status must be one of ${PUBLIC_STATUSES.join(', ')}` })
  status?: string | null;

  @Field((_type) => Boolean, { nullable: true, description: 'Only sample (true) or only real (false) pledges.' })
  illustrative?: boolean | null;
}

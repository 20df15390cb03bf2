import { Field, ID, InputType } from 'type-graphql';
import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { PLEDGE_STATUSES } from '../../graph/pledges/validate';

@InputType({ description: 'Filters on pledges; all given filters must hold.' })
export class PledgeFilter {
  @Field((_type) => ID, { nullable: true, description: 'Pledges in this action area ("AA-4").' })
  @IsOptional()
  @Matches(/^AA-\d+$/, { message: 'actionArea must look like AA-4' })
  actionArea?: string | null;

  @Field((_type) => ID, {
    nullable: true,
    description: 'Pledges reaching this framework item, directly or through their action areas.',
  })
  item?: string | null;

  @Field((_type) => String, { nullable: true, description: 'ISO 3166-1 alpha-3 country code of the city.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO 3166-1 alpha-3 code such as CAN' })
  country?: string | null;

  @Field((_type) => String, { nullable: true, description: 'World region: its name ("Africa") or id ("M49-002").' })
  region?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      'PLEDGED, IN_PROGRESS, COMPLETED, SUSPENDED or WITHDRAWN; or DRAFT: the drafts the token may see (its ' +
      "cities' for an editor, all for curators, none without a token), by id, other filters not applied.",
  })
  @IsOptional()
  @IsIn([...PLEDGE_STATUSES, 'DRAFT'], { message: `status must be one of ${[...PLEDGE_STATUSES, 'DRAFT'].join(', ')}` })
  status?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: 'Full-text search in titles and descriptions (any language).',
  })
  @IsOptional()
  @Length(1, 200, { message: 'search must be 1 to 200 characters' })
  // Blank or punctuation-only text has no word to find; full-text search would fail on it.
  @Matches(/[\p{L}\p{N}]/u, { message: 'search must contain a letter or a digit' })
  search?: string | null;

  @Field((_type) => Boolean, { nullable: true, description: 'Only sample (true) or only real (false) pledges.' })
  illustrative?: boolean | null;

  @Field((_type) => Boolean, {
    nullable: true,
    description:
      'Only pledges that owe a report (true: PLEDGED or IN_PROGRESS with no report since a review forum that has passed) or only those that do not (false).',
  })
  overdue?: boolean | null;
}

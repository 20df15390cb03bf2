import { Field, ID, InputType } from 'type-graphql';
import { Lang } from '../shared/enums';

@InputType({ description: 'A new pledge. It is checked exactly as the importer checks a row.' })
export class PledgeInput {
  @Field((_type) => [ID], { description: 'Every city making the pledge, lead city first.' })
  cityIds!: string[];

  @Field((_type) => String, { description: 'A short title (at most 300 characters).' })
  title!: string;

  @Field((_type) => String, { nullable: true, description: 'What the city will do (at most 4000 characters).' })
  description?: string | null;

  @Field((_type) => Lang, { nullable: true, description: 'The language the pledge is written in.' })
  lang?: Lang | null;

  @Field((_type) => [ID], { description: 'Action areas of the Call to Action, "AA-1".."AA-6"; at least one.' })
  actionAreas!: string[];

  @Field((_type) => [ID], { nullable: true, description: 'Framework items the city names itself (DECLARED).' })
  frameworkItems?: string[] | null;

  @Field((_type) => String, { nullable: true, description: 'DRAFT or PLEDGED (the default).' })
  status?: string | null;

  @Field((_type) => String, { description: 'When the pledge was made (YYYY-MM-DD).' })
  pledgedOn!: string;

  @Field((_type) => String, { nullable: true, description: 'When the city means to have delivered it (YYYY-MM-DD).' })
  targetDate?: string | null;

  @Field((_type) => [ID], { nullable: true, description: 'Partner organisations, by id or name.' })
  partners?: string[] | null;
}

@InputType({ description: 'Changes to a pledge: only the fields given change.' })
export class PledgePatch {
  @Field((_type) => String, { nullable: true, description: 'A new title.' })
  title?: string | null;

  @Field((_type) => String, { nullable: true, description: 'A new description; an empty string clears it.' })
  description?: string | null;

  @Field((_type) => [ID], { nullable: true, description: 'The action areas, replacing the old list.' })
  actionAreas?: string[] | null;

  @Field((_type) => [ID], { nullable: true, description: 'The items the city names, replacing the old list.' })
  frameworkItems?: string[] | null;

  @Field((_type) => String, { nullable: true, description: 'A new target date (YYYY-MM-DD); empty clears it.' })
  targetDate?: string | null;

  @Field((_type) => [ID], { nullable: true, description: 'The partners, replacing the old list.' })
  partners?: string[] | null;
}

@InputType({ description: 'Progress on a pledge, reported to a review forum.' })
export class ProgressReportInput {
  @Field((_type) => String, { description: 'The day of the report (YYYY-MM-DD).' })
  date!: string;

  @Field((_type) => String, { description: 'IMRF, GRF or OTHER.' })
  forum!: string;

  @Field((_type) => String, { description: 'The status reported, e.g. IN_PROGRESS or COMPLETED.' })
  status!: string;

  @Field((_type) => String, { description: 'What was done (at most 4000 characters).' })
  summary!: string;
}

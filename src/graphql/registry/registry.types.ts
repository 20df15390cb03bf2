import { Field, ObjectType } from 'type-graphql';
import { Pledge, ProgressReport } from '../pledges/pledge.type';

@ObjectType({
  simpleResolvers: true,
  description: "One field a write changed, with its value before and after (lists joined by ';').",
})
export class FieldChange {
  @Field((_type) => String, { description: 'The field, e.g. "title", "status" or "report.summary".' })
  field!: string;

  @Field((_type) => String, { nullable: true, description: 'The value before; null when it had none.' })
  from!: string | null;

  @Field((_type) => String, { nullable: true, description: 'The value after; null when it was cleared.' })
  to!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "One entry of a pledge's append-only history; nothing is ever deleted.",
})
export class PledgeEvent {
  @Field((_type) => String, { description: 'When it happened (ISO 8601 timestamp, UTC).' })
  at!: string;

  @Field((_type) => String, { description: 'The token\'s name, or "import" / "seed".' })
  actor!: string;

  @Field((_type) => String, {
    description: 'SUBMITTED, UPDATED, STATUS_CHANGED or REPORTED (imports and seeding submit and update too).',
  })
  action!: string;

  @Field((_type) => [FieldChange], { description: 'Every field the write changed.' })
  changes!: FieldChange[];
}

@ObjectType({ simpleResolvers: true, description: 'The pledge as it stands after the write.' })
export class PledgePayload {
  @Field((_type) => Pledge, { description: 'The pledge after the write, with its new version.' })
  pledge!: unknown;
}

@ObjectType({ simpleResolvers: true, description: 'The pledge and the report just added to it.' })
export class ProgressReportPayload {
  @Field((_type) => Pledge, { description: 'The pledge after the report, with its new version.' })
  pledge!: unknown;

  @Field((_type) => ProgressReport, { description: 'The report as stored.' })
  report!: unknown;
}

import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { FrameworkCode } from '../shared/enums';
import { Node, typenameOf } from '../shared/node';

@InterfaceType({
  implements: Node,
  description:
    'An objective (GCM), section (GCR), paragraph (NUA), goal or target (SDG). Ids are "<FRAMEWORK>-<code>".',
  resolveType: typenameOf,
})
export abstract class FrameworkItem extends Node {
  @Field((_type) => FrameworkCode)
  framework!: FrameworkCode;

  @Field((_type) => String, {
    description: 'The code as the framework numbers it: "15", "III.B.2.1", "28", "10", "10.7".',
  })
  code!: string;

  @Field((_type) => String, { description: 'objective, part, section, subsection, paragraph, goal or target.' })
  kind!: string;

  @Field((_type) => String, {
    nullable: true,
    description: 'Canonical external URI where one exists (SDG: the UN metadata URI).',
  })
  uri!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "The project's own short label or summary, not official text.",
  })
  label!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "The project's one- or two-sentence summary, in its own words.",
  })
  summary!: string | null;

  @Field((_type) => Boolean, {
    description: 'True when every fact of this item (code, title, paragraphs) was checked against the official text.',
  })
  verified!: boolean;

  @Field((_type) => [String], { description: 'Which facts were checked against the official text.' })
  verifiedFacts!: string[];

  @Field((_type) => String, { nullable: true, description: 'Caveats about this item’s data.' })
  note!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, FrameworkItem],
  description: 'One of the 23 GCM objectives. fr/es titles are the UN Network on Migration hub’s short labels.',
})
export class GcmObjective extends FrameworkItem {
  @Field((_type) => Int, {
    nullable: true,
    description: 'The paragraph of A/RES/73/195 holding its commitment and actions.',
  })
  paragraphFrom!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, FrameworkItem],
  description: 'A part, section or subsection of the GCR as the document numbers it, or one of its four objectives.',
})
export class GcrSection extends FrameworkItem {
  @Field((_type) => Int, { nullable: true, description: 'First paragraph of the section.' })
  paragraphFrom!: number | null;

  @Field((_type) => Int, { nullable: true, description: 'Last paragraph of the section.' })
  paragraphTo!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, FrameworkItem],
  description:
    'A paragraph of the New Urban Agenda. Its title is the project’s topic label (the NUA has no paragraph titles).',
})
export class NuaParagraph extends FrameworkItem {
  @Field((_type) => [String], { description: 'The sections holding the paragraph, outermost first.' })
  sectionPath!: string[];

  @Field((_type) => [String], { description: 'Which of migrants, refugees, displaced people the paragraph speaks of.' })
  mentions!: string[];
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, FrameworkItem],
  description: 'One of the 17 Sustainable Development Goals.',
})
export class SdgGoal extends FrameworkItem {}

@ObjectType({ simpleResolvers: true, implements: [Node, FrameworkItem], description: 'One of the 169 SDG targets.' })
export class SdgTarget extends FrameworkItem {}

export const ITEM_TYPES = [GcmObjective, GcrSection, NuaParagraph, SdgGoal, SdgTarget] as const;

import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { DefaultDisposal, FollowUpKind, MilestoneKind } from '../../domain/enums';
import { ProjectStage } from '../../domain/project-stage';
import { Team } from '../../graph/team.type';

@ObjectType({ description: 'A follow-up record about a firm (跟进记录).' })
export class FollowUp {
  @Field()
  id!: string;

  @Field(() => LocalDateResolver)
  on!: string;

  @Field(() => FollowUpKind)
  kind!: FollowUpKind;

  @Field({ description: 'Kind in Chinese (拜访, 电话, 会谈, 活动).' })
  kindLabel!: string;

  @Field(() => [String], { description: 'People met.' })
  peopleMet!: string[];

  @Field()
  notes!: string;

  @Field(() => String, { nullable: true, description: 'Next step (下一步).' })
  nextStep!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  nextOn!: string | null;

  @Field({ description: 'Who recorded it (the token’s subject).' })
  by!: string;

  @Field(() => Team, { nullable: true })
  team!: Team | null;
}

@ObjectType({ description: 'A team following a firm (跟踪对接), with its owner and due date.' })
export class Assignment {
  @Field(() => Team)
  team!: Team;

  @Field(() => String, { nullable: true, description: 'The person in the team who owns it (责任人).' })
  owner!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Following since.' })
  since!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the next result is due.' })
  dueOn!: string | null;
}

@ObjectType({ description: 'A 履约 milestone a project reached (签订合同、交付土地、开工建设、投产、达产).' })
export class Milestone {
  @Field()
  id!: string;

  @Field(() => MilestoneKind)
  kind!: MilestoneKind;

  @Field()
  kindLabel!: string;

  @Field(() => LocalDateResolver)
  on!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  by!: string;
}

@ObjectType({ description: 'A default on a project (违约) and its disposal (违约处置).' })
export class DefaultCase {
  @Field()
  id!: string;

  @Field(() => LocalDateResolver)
  openedOn!: string;

  @Field(() => DefaultDisposal)
  disposal!: DefaultDisposal;

  @Field({ description: 'Disposal in Chinese (督促整改, 协商调整, 收回土地, 解除协议).' })
  disposalLabel!: string;

  @Field()
  description!: string;

  @Field(() => LocalDateResolver, { description: 'Deadline of the disposal (整改期限).' })
  deadline!: string;

  @Field({ description: 'OPEN or RESOLVED.' })
  status!: string;

  @Field(() => ProjectStage, {
    description:
      'The stage the project was in when it defaulted (it returns there when resolved, unless the land is reclaimed or the agreement ended).',
  })
  stageBefore!: ProjectStage;

  @Field(() => LocalDateResolver, { nullable: true })
  resolvedOn!: string | null;

  @Field(() => String, { nullable: true })
  resolution!: string | null;

  @Field()
  by!: string;
}

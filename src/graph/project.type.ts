import { Node } from '../graphql/node';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RecordSource } from '../domain/enums';
import { ProjectStage } from '../domain/project-stage';
import { ConnectionShape, ConnectionType } from '../graphql/pagination';
import type { Shape } from '../db/query';

@ObjectType({ implements: Node, description: 'Investment project (招商项目), from planning to production.' })
export class Project {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Project name (项目名称).' })
  name!: string;

  @Field(() => Float, { description: 'Planned total investment in 亿元 (总投资, 100 million yuan).' })
  amountYi!: number;

  @Field(() => ProjectStage, { description: 'Current stage (项目阶段).' })
  stage!: ProjectStage;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 策划 (planned).' })
  plannedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 对接 (negotiating).' })
  negotiatingOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 签约 (signed).' })
  signedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 正式合同 (formal contract).' })
  contractedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 履约 (performing).' })
  performingOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 开工 (construction started).' })
  startedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 投产 (producing).' })
  producingOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 违约 (defaulted).' })
  defaultedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 退库 (withdrawn).' })
  withdrawnOn?: string | null;

  @Field({ description: 'Signed during the 100-day campaign (百日攻坚).' })
  campaign100Days!: boolean;

  @Field({ description: 'Key project led by the investment office (重点招商项目).' })
  keyProject!: boolean;

  @Field(() => RecordSource)
  source!: RecordSource;

  /** Optimistic-concurrency version (resolved as Project.version; absent until first edited). */
  version?: number | null;
}

export const PROJECT_NODE: Shape<Project> = {
  id: 'string',
  name: 'string',
  amountYi: 'number',
  stage: 'string',
  plannedOn: 'string?',
  negotiatingOn: 'string?',
  signedOn: 'string?',
  contractedOn: 'string?',
  performingOn: 'string?',
  startedOn: 'string?',
  producingOn: 'string?',
  defaultedOn: 'string?',
  withdrawnOn: 'string?',
  campaign100Days: 'boolean',
  keyProject: 'boolean',
  source: 'string',
  version: 'number?',
};

@ObjectType({ implements: Node, description: 'Signing event (集中签约活动).' })
export class SigningEvent {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => LocalDateResolver)
  date!: string;
}

export const SIGNING_EVENT_NODE: Shape<SigningEvent> = { id: 'string', name: 'string', date: 'string' };

@ObjectType({ description: 'A signing event with its tally (集中签约活动).' })
export class SigningEventSummary {
  @Field(() => SigningEvent)
  event!: SigningEvent;

  @Field(() => Int, { description: 'Projects signed at it.' })
  projectCount!: number;

  @Field(() => Float, { description: 'Their planned investment (亿元).' })
  amountYi!: number;
}

const ProjectConnectionBase = ConnectionType(Project, 'Project', 'investment projects', true);

@ObjectType('ProjectConnection', { description: 'A page of investment projects, with the investment of every project the filter matches.' })
export class ProjectConnection extends ProjectConnectionBase {
  private readonly amount: () => Promise<number>;

  constructor(shape: ConnectionShape<Project> & { amountYi: () => Promise<number> }) {
    super(shape);
    this.amount = shape.amountYi;
  }

  @Field(() => Float, {
    description: 'Planned investment of every project matching the filter, not just this page (亿元; computed only when asked).',
  })
  totalAmountYi(): Promise<number> {
    return this.amount();
  }
}

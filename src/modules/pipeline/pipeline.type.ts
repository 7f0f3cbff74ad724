import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ProjectStage } from '../../domain/project-stage';
import { Team } from '../../graph/team.type';
import { Town } from '../../graph/city.type';

@ObjectType({ description: 'A count and its total investment.' })
export class Tally {
  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'Total investment, 亿元.' })
  amountYi!: number;
}

@ObjectType({ description: 'Projects of one stage.' })
export class StageTally extends Tally {
  @Field(() => ProjectStage)
  stage!: ProjectStage;

  @Field()
  label!: string;
}

@ObjectType({ description: 'A rate before and after the period, with its definition (率).' })
export class PipelineRate {
  @Field({ description: 'PERFORMANCE (履约率) or START (开工率).' })
  name!: string;

  @Field()
  label!: string;

  @Field({ description: 'How it is computed, in Chinese (口径).' })
  definition!: string;

  @Field(() => Int, {
    description: 'Projects on a formal contract (正式合同) by the day before the period: the cohort both figures are shares of.',
  })
  cohort!: number;

  @Field(() => Float, { nullable: true, description: 'Percent of the cohort on the day before the period; null without a cohort.' })
  before!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent of the cohort on the period’s last day.' })
  after!: number | null;

  @Field(() => Float, { nullable: true, description: 'after − before, percentage points (from the unrounded shares).' })
  changePoints!: number | null;
}

@ObjectType({ description: 'A project past its stage’s allowance (逾期风险).' })
export class ProjectAtRisk {
  @Field()
  id!: string;

  @Field()
  name!: string;

  @Field(() => ProjectStage)
  stage!: ProjectStage;

  @Field({ description: 'The stage in Chinese (阶段).' })
  stageLabel!: string;

  @Field(() => String, { nullable: true, description: 'Its investor’s USCC (投资方), to open the firm’s page.' })
  investorUscc!: string | null;

  @Field(() => String, { nullable: true, description: 'Its investor’s name.' })
  investorName!: string | null;

  @Field(() => LocalDateResolver, { description: 'Since when it is in that stage.' })
  since!: string;

  @Field(() => Int)
  days!: number;

  @Field({ description: 'Why, in Chinese.' })
  reason!: string;
}

@ObjectType({ description: 'Progress against one line of the year’s task (年度目标任务).' })
export class TaskProgress {
  @Field()
  name!: string;

  @Field()
  label!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The task (目标) of what the statistics cover; null when none is set for it (see PipelineStats.taskBasis).',
  })
  target!: number | null;

  @Field(() => Float, { description: 'Reached within the period.' })
  done!: number;

  @Field(() => Float, { nullable: true, description: 'done ÷ target; null without a target.' })
  share!: number | null;
}

/** What a team's or a town's projects did within the period. */
@ObjectType()
abstract class PeriodLine {
  @Field(() => Tally, { description: 'Signed within the period.' })
  signed!: Tally;

  @Field(() => Tally, { description: 'Entered 履约 within the period.' })
  performing!: Tally;

  @Field(() => Tally, { description: 'Started construction within the period.' })
  started!: Tally;
}

@ObjectType({ description: 'One team’s line: what its projects did within the period.' })
export class TeamLine extends PeriodLine {
  @Field(() => Team)
  team!: Team;
}

@ObjectType({ description: 'One town’s line (镇街): what the projects in its parks did within the period.' })
export class TownLine extends PeriodLine {
  @Field(() => Town)
  town!: Town;
}

@ObjectType({ description: 'Open and resolved defaults (违约).' })
export class DefaultCounts {
  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  resolved!: number;
}

@ObjectType({ description: 'The pipeline over a period (项目推进统计).' })
export class PipelineStats {
  @Field(() => LocalDateResolver)
  from!: string;

  @Field(() => LocalDateResolver)
  to!: string;

  @Field(() => [StageTally], { description: 'Projects by their current stage (not bound to the period).' })
  byStage!: StageTally[];

  @Field(() => [StageTally], { description: 'Projects that entered each stage within the period.' })
  entered!: StageTally[];

  @Field(() => [PipelineRate], { description: '履约率 and 开工率 before and after the period.' })
  rates!: PipelineRate[];

  @Field(() => [ProjectAtRisk], {
    description: 'Projects still in a stage past its allowance on the period’s last day (or today), longest first.',
  })
  atRisk!: ProjectAtRisk[];

  @Field(() => DefaultCounts)
  defaults!: DefaultCounts;

  @Field(() => [TaskProgress], { description: 'Signed within the period against the year’s task.' })
  task!: TaskProgress[];

  @Field({
    description:
      'Whose task `task` measures against (任务口径): 全市年度任务 unfiltered; a chain’s, team’s, park’s or the 百日攻坚’s own when set in the settings; otherwise it says none is set.',
  })
  taskBasis!: string;

  @Field(() => [TeamLine])
  byTeam!: TeamLine[];

  /** The towns' lines before their towns are read (PipelineResolver.byTown). */
  townLines!: Array<Omit<TownLine, 'town'> & { townCode: string }>;

  /** The projects the filter selected and the day risk is judged on (for the warnings field, read only when asked). */
  selectedIds!: string[];
  asOf!: string;
}

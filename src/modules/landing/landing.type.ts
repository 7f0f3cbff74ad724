import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApprovalTemplate } from '../../domain/approval-templates';
import { SERVICE_KIND_ZH, SERVICE_STATUS_ZH, ServiceKind, ServiceStatus } from '../../domain/landing-enums';
import { Office, OFFICE_ZH } from '../../domain/offices';
import { ProjectStage } from '../../domain/project-stage';
import { DefaultDisposal } from '../../domain/enums';
import { WarningColour, WarningRule } from '../../domain/warnings.model';
import { REVIEW_DISPOSAL_ZH, ReviewDisposal } from '../../domain/review.model';
import { MU_GRADE_ZH, MuGrade } from '../../domain/mu-efficiency.model';
import { describeValues } from '../../graphql/enum-registry';
import { WarningCounts } from '../../graph/warning.type';
export { WarningCounts };

registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'What a key project needs (服务类型).',
  valuesConfig: describeValues(SERVICE_KIND_ZH),
});
registerEnumType(ServiceStatus, {
  name: 'ServiceStatus',
  description: 'Where a service request stands.',
  valuesConfig: describeValues(SERVICE_STATUS_ZH),
});

registerEnumType(Office, {
  name: 'Office',
  description: 'The five offices that hand a project on (五办联动).',
  valuesConfig: Object.fromEntries(Object.entries(OFFICE_ZH).map(([k, zh]) => [k, { description: zh }])),
});
registerEnumType(ApprovalTemplate, {
  name: 'ApprovalTemplate',
  description: 'Which approval steps a project goes through (审批模板).',
  valuesConfig: {
    NEW_LAND: { description: 'An industrial project on newly supplied land (新供地工业项目)' },
    STANDARD_FACTORY: { description: 'A project moving into standard factory floor space (入驻标准厂房)' },
  },
});

export enum ApprovalStepState {
  DONE = 'DONE',
  IN_PROGRESS = 'IN_PROGRESS',
  PENDING = 'PENDING',
}
registerEnumType(ApprovalStepState, {
  name: 'ApprovalStepState',
  description: 'Where an approval step is (审批环节状态).',
  valuesConfig: { DONE: { description: '已办结' }, IN_PROGRESS: { description: '办理中' }, PENDING: { description: '未启动' } },
});

@ObjectType({ description: 'One approval step as the rehearsal plans it (审批环节).' })
export class PlannedApprovalStep {
  @Field()
  code!: string;

  @Field({ description: 'Its name (环节名称).' })
  name!: string;

  @Field(() => Office, { description: 'The office that pushes it (责任部门).' })
  office!: Office;

  @Field(() => Int, { description: 'Working days it takes (承诺时限).' })
  workdays!: number;

  @Field(() => [String], { description: 'The steps it waits for.' })
  after!: string[];

  @Field(() => ApprovalStepState)
  state!: ApprovalStepState;

  @Field({ description: 'Started, or expected to start (a working day).' })
  start!: string;

  @Field({ description: 'Finished, or expected to finish.' })
  finish!: string;

  @Field({ description: 'Under way past its time limit.' })
  overdue!: boolean;

  @Field({ description: 'On the critical path: a delay here moves 开工 (关键路径).' })
  critical!: boolean;

  @Field(() => Int, { description: 'Working days it may slip without delaying what waits for it.' })
  slackWorkdays!: number;
}

@ObjectType({ description: 'A desk rehearsal of the approvals (模拟审批): each step, the critical path and the expected 开工 day.' })
export class ApprovalPlan {
  @Field(() => ApprovalTemplate)
  template!: ApprovalTemplate;

  @Field({ description: 'The day it counts from.' })
  on!: string;

  @Field(() => [PlannedApprovalStep])
  steps!: PlannedApprovalStep[];

  @Field(() => [String], { description: 'Step codes from the first to the last on the chain that sets 开工.' })
  criticalPath!: string[];

  @Field({ description: 'Expected 开工: the working day after the last step (预计开工日).' })
  expectedStartOn!: string;

  @Field(() => Int, { description: 'Working days from the rehearsal day to 开工.' })
  workdaysLeft!: number;

  @Field(() => Int, { description: 'The last year whose official holiday schedule is known; later days count weekends only.' })
  calendarKnownThrough!: number;

  @Field(() => [String], { description: 'What the answer rests on, in Chinese (说明).' })
  notes!: string[];
}

@ObjectType({ description: 'One of a project’s recorded approval steps (审批环节, 前期办).' })
export class ProjectApprovalStep {
  @Field()
  code!: string;

  @Field({ description: 'Step name (环节名称).' })
  name!: string;

  @Field(() => Office)
  office!: Office;

  @Field({ description: 'Office in Chinese (责任部门).' })
  officeLabel!: string;

  @Field(() => Int, { description: 'Working days it takes (承诺时限).' })
  workdays!: number;

  @Field(() => [String], { description: 'The steps it waits for.' })
  after!: string[];

  @Field(() => ApprovalStepState)
  state!: ApprovalStepState;

  @Field(() => String, { nullable: true, description: 'Who runs it for the firm (帮代办).' })
  agent!: string | null;

  @Field(() => String, { nullable: true, description: 'Responsible official (责任人).' })
  owner!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Due: the last of its working days from the start.' })
  dueOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  doneOn!: string | null;
}

@ObjectType({ description: 'A key project’s service request (项目建设服务诉求, 重点办).' })
export class ServiceRequest {
  @Field(() => ID)
  id!: string;

  @Field()
  projectId!: string;

  @Field()
  projectName!: string;

  @Field(() => ServiceKind)
  kind!: ServiceKind;

  @Field({ description: 'Kind in Chinese (水电气、用工、道路、配套、融资).' })
  kindLabel!: string;

  @Field()
  description!: string;

  @Field(() => Office)
  office!: Office;

  @Field(() => String, { nullable: true, description: 'Responsible official (责任人).' })
  owner!: string | null;

  @Field(() => ServiceStatus)
  status!: ServiceStatus;

  @Field(() => LocalDateResolver)
  openedOn!: string;

  @Field(() => LocalDateResolver)
  dueOn!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  resolvedOn!: string | null;

  @Field(() => String, { nullable: true })
  resolution!: string | null;
}

@ObjectType({ description: 'A project handed from one office to another (五办联动交接).' })
export class Handoff {
  @Field(() => ID)
  id!: string;

  @Field()
  projectId!: string;

  @Field()
  projectName!: string;

  @Field(() => Office)
  fromOffice!: Office;

  @Field(() => Office)
  toOffice!: Office;

  @Field({ description: 'In Chinese: 招商办 → 园区办.' })
  label!: string;

  @Field(() => LocalDateResolver)
  on!: string;

  @Field(() => LocalDateResolver, { description: 'The taking office should act by (办理时限).' })
  dueOn!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Who recorded it.' })
  by!: string | null;
}

registerEnumType(WarningColour, {
  name: 'WarningColour',
  description: 'Three-colour warning (三色预警).',
  valuesConfig: { GREEN: { description: '绿：正常' }, AMBER: { description: '黄：滞后' }, RED: { description: '红：严重滞后' } },
});
registerEnumType(WarningRule, {
  name: 'WarningRule',
  description: 'The rule a warning reason comes from (预警规则, docs/landing.md).',
  valuesConfig: {
    IN_DEFAULT: { description: '项目违约' },
    NO_CONTRACT: { description: '签约未签正式合同' },
    LATE_START: { description: '逾期未开工（闲置风险）' },
    OVERDUE_TASK: { description: '审批或服务事项逾期' },
    MISSED_MILESTONE: { description: '履约节点逾期' },
    IDLE_FUND: { description: '基金承诺未到位' },
  },
});

@ObjectType({ description: 'Why a project is amber or red, and which office must act (预警原因).' })
export class WarningReasonType {
  @Field(() => WarningRule)
  rule!: WarningRule;

  @Field(() => WarningColour)
  colour!: WarningColour;

  @Field(() => Office)
  office!: Office;

  @Field(() => LocalDateResolver, { description: 'When the condition began.' })
  since!: string;

  @Field(() => Int)
  days!: number;

  @Field({ description: 'What an official reads: 「环评已逾期 31 天，请前期办推进」.' })
  text!: string;
}

@ObjectType({ description: 'A project’s three-colour warning (三色预警).' })
export class ProjectWarningType {
  @Field(() => WarningColour)
  colour!: WarningColour;

  @Field(() => [WarningReasonType], { description: 'The worst first; none when green.' })
  reasons!: WarningReasonType[];

  @Field(() => Office, { nullable: true, description: 'The office that must act first (none when green).' })
  office!: Office | null;

  @Field(() => LocalDateResolver, { nullable: true })
  since!: string | null;

  @Field(() => LocalDateResolver, { description: 'The day it is judged on.' })
  on!: string;
}

@ObjectType({ description: 'A watched project with its warning (预警项目).' })
export class WarnedProject {
  @Field()
  projectId!: string;

  @Field()
  projectName!: string;

  @Field(() => ProjectStage)
  stage!: ProjectStage;

  @Field(() => Office, { nullable: true, description: 'The office leading it now (牵头部门).' })
  leadOffice!: Office | null;

  @Field(() => String, { nullable: true })
  teamId!: string | null;

  @Field(() => String, { nullable: true })
  parkId!: string | null;

  @Field(() => [String], { description: 'Plots it holds (a late start puts them at idle risk).' })
  plotIds!: string[];

  @Field(() => ProjectWarningType)
  warning!: ProjectWarningType;
}

@ObjectType({ description: 'Warning counts of one office, team or park.' })
export class WarningCountsBy extends WarningCounts {
  @Field()
  key!: string;

  @Field()
  label!: string;
}

@ObjectType({ description: 'The three-colour warnings of the watched projects (三色预警), with counts.' })
export class ProjectWarnings {
  @Field(() => LocalDateResolver)
  on!: string;

  @Field(() => WarningCounts, { description: 'Over every watched project, before the filter.' })
  counts!: WarningCounts;

  @Field(() => [WarningCountsBy], { description: 'Per office that must act (AMBER and RED only count where an office is named).' })
  byOffice!: WarningCountsBy[];

  @Field(() => [WarningCountsBy], { description: 'Per responsible team.' })
  byTeam!: WarningCountsBy[];

  @Field(() => [WarnedProject], { description: 'The projects that pass the filter, red first, then the longest-standing.' })
  projects!: WarnedProject[];
}

@ObjectType({ description: 'What one office holds, what is overdue, what it handed on (五办联动看板).' })
export class OfficeBoard {
  @Field(() => Office)
  office!: Office;

  @Field()
  officeLabel!: string;

  @Field(() => LocalDateResolver)
  on!: string;

  @Field(() => [WarnedProject], { description: 'Projects it leads now (牵头项目), red first.' })
  holding!: WarnedProject[];

  @Field(() => [WarnedProject], { description: 'Projects with a warning reason that names this office (待本部门推进).' })
  mustAct!: WarnedProject[];

  @Field(() => [ProjectApprovalStep], { description: 'Its approval steps under way past their due date.' })
  overdueSteps!: ProjectApprovalStep[];

  @Field(() => [ServiceRequest], { description: 'Its open service requests past their due date.' })
  overdueServices!: ServiceRequest[];

  @Field(() => [Handoff], { description: 'Handoffs from this office in the month of `on` (本月移交).' })
  handedOnThisMonth!: Handoff[];

  @Field(() => [Handoff], { description: 'Handoffs to this office whose time to act has passed while it still leads the project.' })
  overdueHandoffs!: Handoff[];
}

// ---------------------------------------------------------------- the annual review (投后履约考核) and 亩均效益
registerEnumType(ReviewDisposal, {
  name: 'ReviewDisposal',
  description: 'The article’s 分类处置 for promises not kept, most severe first.',
  valuesConfig: describeValues(REVIEW_DISPOSAL_ZH),
});
registerEnumType(MuGrade, { name: 'MuGrade', description: '亩均效益 grade (亩均论英雄).', valuesConfig: describeValues(MU_GRADE_ZH) });

@ObjectType({ description: 'A project’s figures for one year (年度履约报送).' })
export class AnnualReport {
  @Field()
  projectId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'Investment in place, cumulative, 亿元 (累计投资).' })
  investedYi!: number;

  @Field(() => Float, { description: 'Output in the year, 亿元 (年产值).' })
  outputYi!: number;

  @Field(() => Float, { description: 'Tax paid in the year, 万元 (年税收).' })
  taxWan!: number;

  @Field(() => Int, { nullable: true })
  employees!: number | null;
}

@ObjectType({ description: 'A project’s agreement terms (协议约定): what the annual review holds it to.' })
export class Agreement {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Agreed start of construction (约定开工日).' })
  agreedStartOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Agreed start of production (约定投产日).' })
  agreedProduceOn!: string | null;

  @Field(() => Float, { nullable: true, description: 'Investment promised, 亿元.' })
  promisedInvestmentYi!: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  promisedInvestmentByOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year from which output and tax are promised (达产).' })
  fullOutputYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Annual output promised at 达产, 亿元.' })
  promisedOutputYi!: number | null;

  @Field(() => Float, { nullable: true, description: 'Annual tax promised at 达产, 万元.' })
  promisedTaxWan!: number | null;

  @Field(() => Float, { nullable: true, description: 'Land the agreement provides, 亩.' })
  landMu!: number | null;
}

@ObjectType({ description: 'One promise judged for the year (承诺事项考核).' })
export class PromiseVerdict {
  @Field({ description: 'INVESTMENT, START, PRODUCE, OUTPUT or TAX.' })
  promise!: string;

  @Field({ description: 'MET (达标), NOT_MET (未达标), NOT_DUE (未到期) or NO_REPORT (未报送).' })
  verdict!: string;

  @Field(() => Float, { nullable: true, description: 'Share short (0–1) for amounts, days late for dates.' })
  shortfall!: number | null;

  @Field()
  text!: string;
}

@ObjectType({ description: '亩均效益 of a project or a park (亩均论英雄).' })
export class MuEfficiencyType {
  @Field(() => Float, { nullable: true, description: '亩均税收, 万元/亩.' })
  taxPerMu!: number | null;

  @Field(() => Float, { nullable: true, description: '亩均产值, 万元/亩.' })
  outputPerMu!: number | null;

  @Field(() => Float, { nullable: true, description: '亩均投资 (投资强度), 万元/亩.' })
  investedPerMu!: number | null;

  @Field(() => MuGrade, { nullable: true })
  grade!: MuGrade | null;

  @Field(() => String, { nullable: true, description: '优, 良, 中 or 差.' })
  gradeLabel!: string | null;

  @Field({ description: 'What the grade rests on, or why there is none.' })
  reason!: string;
}

@ObjectType({ description: 'A project’s annual review (年度履约考核): a verdict per promise and the disposals they call for.' })
export class ProjectReview {
  @Field()
  projectId!: string;

  @Field()
  projectName!: string;

  @Field(() => ProjectStage)
  stage!: ProjectStage;

  @Field(() => [PromiseVerdict])
  promises!: PromiseVerdict[];

  @Field(() => [ReviewDisposal], { description: 'Suggested 分类处置, most severe first; none when every promise due is kept.' })
  disposals!: ReviewDisposal[];

  @Field({ description: 'The suggestion in Chinese: 「建议：核减用地、限期整改」 or 「履约达标」.' })
  suggestion!: string;

  @Field(() => DefaultDisposal, {
    nullable: true,
    description:
      'The disposal to give recordDefault for the most severe suggestion the 台账 records (收回土地 → 收回土地, 核减用地 → 协商调整, 限期整改 → 督促整改); 追究违约责任 is pursued under the agreement itself. Null when every promise due is kept.',
  })
  recordDefaultAs!: DefaultDisposal | null;

  @Field(() => MuEfficiencyType, { description: '亩均效益 from the year’s report and the land it holds.' })
  mu!: MuEfficiencyType;
}

@ObjectType({ description: 'Verdicts and disposals counted over the year’s reviews.' })
export class ReviewCount {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The year’s 投后履约考核 over every project with an agreement.' })
export class AnnualReviewResult {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Projects reviewed (with an agreement, not withdrawn).' })
  reviewed!: number;

  @Field(() => [ReviewCount], { description: 'Projects per verdict of any promise (MET, NOT_MET, NOT_DUE, NO_REPORT).' })
  byVerdict!: ReviewCount[];

  @Field(() => [ReviewCount], { description: 'Projects per suggested disposal.' })
  byDisposal!: ReviewCount[];

  @Field(() => [ProjectReview], { description: 'The projects that pass the filter: the most severe disposal first.' })
  projects!: ProjectReview[];
}

@ObjectType({ description: 'A park’s 亩均效益 and what it has left (园区亩均).' })
export class ParkPerformance {
  @Field()
  parkId!: string;

  @Field()
  parkName!: string;

  @Field(() => Int, { description: 'Rank by 亩均税收 (1 = best); parks without a grade come last.' })
  rank!: number;

  @Field(() => MuEfficiencyType)
  mu!: MuEfficiencyType;

  @Field(() => Int, { description: 'Projects whose year was reported.' })
  reportingProjects!: number;

  @Field(() => Float, { description: 'Land of the reporting projects, 亩.' })
  landMu!: number;

  @Field(() => Float, { nullable: true, description: 'Attraction rate (招商率) = enterprises / planned slots.' })
  attractionRate!: number | null;

  @Field(() => Float, { description: 'Available land, 亩 (可供地).' })
  availableMu!: number;

  @Field(() => Float, { description: 'Idle land not yet revitalized, 亩 (低效闲置).' })
  idleMu!: number;
}

import { IsInt, IsNumber, Max, MaxLength, Min } from 'class-validator';
import { ApprovalTemplate } from '../../domain/approval-templates';
import { PlotStatus, ServiceKind, ServiceStatus } from '../../domain/landing-enums';
import { Office } from '../../domain/offices';
import { IsEntityId } from '../../domain/validators';
import { Col } from './columns';
import { Sourced } from './dataset.rows';

/**
 * The files of the landing half (五池五办, docs/landing.md): land plots, funds and commitments,
 * agreement terms, approval steps, service requests, handoffs and annual reports. Like every other
 * dataset file, each is validated whole before anything is written.
 */
const OFFICES = Object.values(Office);

export class LandPlotRow extends Sourced {
  @Col('string', 'Plot identifier (地块编号)', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Park the plot is in', { required: true, ref: 'parks' })
  parkId!: string;

  @Col('number', 'Area (面积)', { required: true, unit: '亩' })
  @IsNumber()
  @Min(0.1)
  @Max(100000)
  areaMu!: number;

  @Col('string', 'Zoning (用地性质), e.g. 一类工业用地 M1')
  @MaxLength(100)
  zoning?: string;

  @Col('string', 'Planned use (规划用途)')
  @MaxLength(200)
  plannedUse?: string;

  @Col('list', 'Chains the plot suits (适宜产业链), separated by ;', { ref: 'industries' })
  industryCodes?: string[];

  @Col('number', '标准地: floor-area ratio floor (容积率下限)')
  @IsNumber()
  @Min(0)
  @Max(20)
  floorAreaRatio?: number;

  @Col('number', '标准地: investment intensity floor (投资强度下限)', { unit: '万元/亩' })
  @IsNumber()
  @Min(0)
  investmentFloorWanPerMu?: number;

  @Col('number', '标准地: 亩均税收 floor (亩均税收下限)', { unit: '万元/亩·年' })
  @IsNumber()
  @Min(0)
  taxFloorWanPerMu?: number;

  @Col('number', 'Standard factory floor space on the plot (标准厂房面积)', { unit: '平方米' })
  @IsNumber()
  @Min(0)
  factorySqm?: number;

  @Col('string', 'Status (地块状态)', { required: true, allowed: Object.values(PlotStatus) })
  status!: string;

  @Col('date', 'When it took that status')
  statusOn?: string;

  @Col('string', 'Project holding it (RESERVED, ALLOCATED, BUILDING, PRODUCING)', { ref: 'projects' })
  projectId?: string;

  @Col('number', 'Land revitalized so far (已盘活), for idle land', { unit: '亩' })
  @IsNumber()
  @Min(0)
  revitalizedMu?: number;
}

export class FundRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Name (基金名称)', { required: true })
  @MaxLength(200)
  name!: string;

  @Col('number', 'Size (基金规模)', { required: true, unit: '亿元' })
  @IsNumber()
  @Min(0)
  @Max(100000)
  sizeYi!: number;

  @Col('string', 'Manager (管理人)')
  @MaxLength(200)
  manager?: string;

  @Col('date', 'Set up on')
  setUpOn?: string;

  @Col('list', 'Chains it invests in, separated by ;', { ref: 'industries' })
  industryCodes?: string[];
}

export class FundCommitmentRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Fund', { required: true, ref: 'funds' })
  fundId!: string;

  @Col('string', 'Project', { required: true, ref: 'projects' })
  projectId!: string;

  @Col('number', 'Amount committed (承诺出资)', { required: true, unit: '亿元' })
  @IsNumber()
  @Min(0.01)
  amountYi!: number;

  @Col('number', 'Amount invested so far (已出资)', { unit: '亿元' })
  @IsNumber()
  @Min(0)
  investedYi?: number;

  @Col('date', 'Committed on', { required: true })
  committedOn!: string;
}

export class AgreementRow {
  @Col('string', 'Project', { required: true, ref: 'projects' })
  projectId!: string;

  @Col('string', 'Approval template (审批模板)', { allowed: Object.values(ApprovalTemplate) })
  approvalTemplate?: string;

  @Col('string', 'Office leading the project now (牵头部门)', { allowed: OFFICES })
  leadOffice?: string;

  @Col('date', 'Agreed start of construction (约定开工日)')
  agreedStartOn?: string;

  @Col('date', 'Agreed start of production (约定投产日)')
  agreedProduceOn?: string;

  @Col('number', 'Investment promised (承诺投资)', { unit: '亿元' })
  @IsNumber()
  @Min(0)
  promisedInvestmentYi?: number;

  @Col('date', 'Investment promised in place by')
  promisedInvestmentByOn?: string;

  @Col('int', 'Year from which output and tax are promised (达产年份)')
  @IsInt()
  @Min(2000)
  @Max(2100)
  fullOutputYear?: number;

  @Col('number', 'Annual output promised at 达产 (承诺年产值)', { unit: '亿元' })
  @IsNumber()
  @Min(0)
  promisedOutputYi?: number;

  @Col('number', 'Annual tax promised at 达产 (承诺年税收)', { unit: '万元' })
  @IsNumber()
  @Min(0)
  promisedTaxWan?: number;

  @Col('number', 'Land the agreement provides (协议用地)', { unit: '亩' })
  @IsNumber()
  @Min(0)
  landMu?: number;
}

export class ApprovalStepRow extends Sourced {
  @Col('string', 'Project', { required: true, ref: 'projects' })
  projectId!: string;

  @Col('string', 'Step code from the template, e.g. EIA', { required: true })
  @MaxLength(40)
  code!: string;

  @Col('string', 'Step name (环节名称)', { required: true })
  @MaxLength(100)
  name!: string;

  @Col('string', 'Office pushing it', { required: true, allowed: OFFICES })
  office!: string;

  @Col('int', 'Working days it takes (承诺时限)', { required: true })
  @IsInt()
  @Min(0)
  @Max(1000)
  workdays!: number;

  @Col('list', 'Codes of the steps it waits for, separated by ;')
  after?: string[];

  @Col('date', 'Started on')
  startedOn?: string;

  @Col('date', 'Due on (its working days from the start)')
  dueOn?: string;

  @Col('date', 'Done on')
  doneOn?: string;

  @Col('string', 'Who runs it for the firm (帮代办)')
  @MaxLength(100)
  agent?: string;

  @Col('string', 'Responsible official (责任人)')
  @MaxLength(100)
  owner?: string;
}

export class ServiceRequestRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Project', { required: true, ref: 'projects' })
  projectId!: string;

  @Col('string', 'What is needed (服务类型)', { required: true, allowed: Object.values(ServiceKind) })
  kind!: string;

  @Col('string', 'Description', { required: true })
  @MaxLength(1000)
  description!: string;

  @Col('string', 'Office handling it', { required: true, allowed: OFFICES })
  office!: string;

  @Col('string', 'Responsible official (责任人)')
  @MaxLength(100)
  owner?: string;

  @Col('date', 'Opened on', { required: true })
  openedOn!: string;

  @Col('date', 'Due on', { required: true })
  dueOn!: string;

  @Col('string', 'Status', { required: true, allowed: Object.values(ServiceStatus) })
  status!: string;

  @Col('date', 'Resolved on')
  resolvedOn?: string;

  @Col('string', 'How it was resolved')
  @MaxLength(1000)
  resolution?: string;
}

export class HandoffRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Project', { required: true, ref: 'projects' })
  projectId!: string;

  @Col('string', 'Office handing it on', { required: true, allowed: OFFICES })
  fromOffice!: string;

  @Col('string', 'Office taking it', { required: true, allowed: OFFICES })
  toOffice!: string;

  @Col('date', 'Handed on', { required: true })
  on!: string;

  @Col('date', 'The taking office should act by', { required: true })
  dueOn!: string;

  @Col('string', 'Note (交接说明)')
  @MaxLength(1000)
  note?: string;
}

export class AnnualReportRow extends Sourced {
  @Col('string', 'Project', { required: true, ref: 'projects' })
  projectId!: string;

  @Col('int', 'Year', { required: true })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Col('number', 'Investment in place, cumulative to the year’s end (累计投资)', { required: true, unit: '亿元' })
  @IsNumber()
  @Min(0)
  investedYi!: number;

  @Col('number', 'Output in the year (年产值)', { required: true, unit: '亿元' })
  @IsNumber()
  @Min(0)
  outputYi!: number;

  @Col('number', 'Tax paid in the year (年税收)', { required: true, unit: '万元' })
  @IsNumber()
  @Min(0)
  taxWan!: number;

  @Col('int', 'Employees at the year’s end')
  @IsInt()
  @Min(0)
  employees?: number;
}

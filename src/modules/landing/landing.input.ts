import {
  IsNumber,
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { ApprovalTemplate } from '../../domain/approval-templates';
import { IsCalendarDate } from '../../domain/calendar';
import { ServiceKind } from '../../domain/landing-enums';
import { Office } from '../../domain/offices';
import { IsCode, IsEntityId, IsPlainText } from '../../domain/validators';
import { WarningColour } from '../../domain/warnings.model';
import { ReviewDisposal } from '../../domain/review.model';
import { VersionedInput, WriteInput } from '../../graph/write.input';

@InputType({ description: 'A step already under way or done (已启动或已办结的审批环节).' })
export class ApprovalStepProgressInput {
  @Field({ description: 'The step code of the template, e.g. EIA.' })
  @IsCode()
  code!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it started (not after the rehearsal day).' })
  @IsOptional()
  @IsCalendarDate()
  startedOn?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was done (not after the rehearsal day).' })
  @IsOptional()
  @IsCalendarDate()
  doneOn?: string;
}

@InputType({ description: 'Another time limit for one step in this rehearsal (承诺时限).' })
export class ApprovalStepWorkdaysInput {
  @Field({ description: 'The step code of the template.' })
  @IsCode()
  code!: string;

  @Field(() => Int, { description: 'Working days the step takes (0–250).' })
  @IsInt()
  @Min(0)
  @Max(250)
  workdays!: number;
}

@InputType({
  description:
    'A desk rehearsal of a project’s approvals (桌面推演/模拟审批): the template’s steps, what is already under way or done, and any other time limits.',
})
export class SimulateApprovalsInput {
  @Field({
    nullable: true,
    description:
      'Rehearse this project’s recorded steps (its template, dates and time limits); progress and workdays below still apply on top.',
  })
  @IsOptional()
  @IsEntityId()
  projectId?: string;

  @Field(() => ApprovalTemplate, { defaultValue: ApprovalTemplate.NEW_LAND })
  @IsEnum(ApprovalTemplate)
  template: ApprovalTemplate = ApprovalTemplate.NEW_LAND;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the rehearsal counts from; today when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;

  @Field(() => [ApprovalStepProgressInput], { defaultValue: [], description: 'Steps under way or done (at most 30).' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  progress!: ApprovalStepProgressInput[];

  @Field(() => [ApprovalStepWorkdaysInput], { defaultValue: [], description: 'Other time limits for this rehearsal (at most 30).' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  workdays!: ApprovalStepWorkdaysInput[];
}

@ArgsType()
export class SimulateApprovalsArgs {
  @Field(() => SimulateApprovalsInput)
  @ValidateNested()
  input!: SimulateApprovalsInput;
}

// ---------------------------------------------------------------- a project's approvals (前期办)
@InputType({ description: 'Gives a project its approval steps from a template (生成审批环节), with the configured time limits.' })
export class PlanProjectApprovalsInput extends VersionedInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => ApprovalTemplate)
  @IsEnum(ApprovalTemplate)
  template!: ApprovalTemplate;
}

/** A write on one of a project's approval steps, on a day. */
@InputType()
abstract class ApprovalStepWrite extends VersionedInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field({ description: 'Step code, e.g. EIA.' })
  @IsCode()
  code!: string;

  @Field(() => LocalDateResolver)
  @IsCalendarDate()
  on!: string;
}

@InputType({ description: 'Starts one approval step (启动审批环节); what it waits for must be done.' })
export class StartApprovalStepInput extends ApprovalStepWrite {
  @Field({ nullable: true, description: 'Who runs it for the firm (帮代办).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsPlainText()
  agent?: string;

  @Field({ nullable: true, description: 'Responsible official (责任人).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsPlainText()
  owner?: string;
}

@InputType({ description: 'Records an approval step as done (审批办结).' })
export class CompleteApprovalStepInput extends ApprovalStepWrite {}

// ---------------------------------------------------------------- construction services (重点办)
@InputType({ description: 'A key project asks for a service (提出服务诉求).' })
export class RequestServiceInput extends VersionedInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => ServiceKind)
  @IsEnum(ServiceKind)
  kind!: ServiceKind;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  @IsPlainText()
  description!: string;

  @Field(() => LocalDateResolver, { description: 'Opened on.' })
  @IsCalendarDate()
  on!: string;

  @Field(() => LocalDateResolver, { description: 'Due on (办结时限).' })
  @IsCalendarDate()
  dueOn!: string;

  @Field(() => Office, { nullable: true, description: 'The office handling it; by default the one for its kind.' })
  @IsOptional()
  @IsEnum(Office)
  office?: Office;

  @Field({ nullable: true, description: 'Responsible official (责任人).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsPlainText()
  owner?: string;
}

@InputType({ description: 'Records a service request as resolved (诉求办结).' })
export class ResolveServiceInput extends WriteInput {
  @Field({ description: 'The service request (诉求编号).' })
  @IsEntityId()
  serviceId!: string;

  @Field(() => LocalDateResolver)
  @IsCalendarDate()
  on!: string;

  @Field({ description: 'How it was resolved.' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  @IsPlainText()
  resolution!: string;
}

// ---------------------------------------------------------------- the five offices (五办联动)
@InputType({ description: 'Hands a project to another office (移交), which then leads it.' })
export class HandOffProjectInput extends VersionedInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => Office, { description: 'The office taking it.' })
  @IsEnum(Office)
  office!: Office;

  @Field(() => LocalDateResolver)
  @IsCalendarDate()
  on!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The taking office should act by; by default its configured days after `on`.',
  })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;

  @Field({ nullable: true, description: 'What the taking office must know (交接说明).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsPlainText()
  note?: string;
}

@ArgsType()
export class OfficeBoardArgs {
  @Field(() => Office)
  @IsEnum(Office)
  office!: Office;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day it is judged on; today when omitted (the demo data is as of 2022-12-15).',
  })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

@InputType({ description: 'Which warned projects to list.' })
export class WarningFilter {
  @Field(() => [WarningColour], { nullable: true, description: 'Only these colours.' })
  @IsOptional()
  @IsArray()
  @IsEnum(WarningColour, { each: true })
  colours?: WarningColour[];

  @Field(() => Office, { nullable: true, description: 'Only projects where this office must act.' })
  @IsOptional()
  @IsEnum(Office)
  office?: Office;

  @Field({ nullable: true })
  @IsOptional()
  @IsEntityId()
  teamId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEntityId()
  parkId?: string;
}

@ArgsType()
export class ProjectWarningsArgs {
  @Field(() => WarningFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: WarningFilter;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day it is judged on; today when omitted (the demo data is as of 2022-12-15).',
  })
  @IsOptional()
  @IsCalendarDate()
  on?: string;

  @Field(() => Int, { defaultValue: 50, description: 'At most this many projects (1–500).' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}

@ArgsType()
export class WarningOnArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it is judged on; today when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

// ---------------------------------------------------------------- agreements, annual reports and the review
@InputType({ description: 'Sets a project’s agreement terms (协议约定); omitted terms stay as they are.' })
export class UpdateAgreementInput extends VersionedInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Agreed start of construction (约定开工日).' })
  @IsOptional()
  @IsCalendarDate()
  agreedStartOn?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Agreed start of production (约定投产日).' })
  @IsOptional()
  @IsCalendarDate()
  agreedProduceOn?: string;

  @Field(() => Float, { nullable: true, description: 'Investment promised, 亿元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000)
  promisedInvestmentYi?: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Investment promised in place by.' })
  @IsOptional()
  @IsCalendarDate()
  promisedInvestmentByOn?: string;

  @Field(() => Int, { nullable: true, description: 'Year from which output and tax are promised (达产年份).' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fullOutputYear?: number;

  @Field(() => Float, { nullable: true, description: 'Annual output promised at 达产, 亿元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000)
  promisedOutputYi?: number;

  @Field(() => Float, { nullable: true, description: 'Annual tax promised at 达产, 万元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000000)
  promisedTaxWan?: number;

  @Field(() => Float, { nullable: true, description: 'Land the agreement provides, 亩.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000)
  landMu?: number;
}

@InputType({ description: 'A project’s figures for one year (年度履约报送); a second report for the same year replaces the first.' })
export class RecordAnnualReportInput extends VersionedInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Float, { description: 'Investment in place, cumulative to the year’s end, 亿元.' })
  @IsNumber()
  @Min(0)
  @Max(100000)
  investedYi!: number;

  @Field(() => Float, { description: 'Output in the year, 亿元.' })
  @IsNumber()
  @Min(0)
  @Max(100000)
  outputYi!: number;

  @Field(() => Float, { description: 'Tax paid in the year, 万元.' })
  @IsNumber()
  @Min(0)
  @Max(100000000)
  taxWan!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  employees?: number;
}

@ArgsType()
export class AnnualReviewArgs {
  @Field(() => Int, { description: 'The year reviewed (promises judged at its end).' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => [ReviewDisposal], { nullable: true, description: 'Only projects with one of these suggested disposals.' })
  @IsOptional()
  @IsArray()
  @IsEnum(ReviewDisposal, { each: true })
  disposals?: ReviewDisposal[];

  @Field(() => Int, { defaultValue: 50, description: 'At most this many projects (1–500).' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}

@ArgsType()
export class ParkPerformanceArgs {
  @Field(() => Int, { description: 'The year whose reports are counted.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

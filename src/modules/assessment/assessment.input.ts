import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
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
import { AssessmentVerdict, SiteZoning } from '../../domain/assessment.model';
import { IsCalendarDate } from '../../domain/calendar';
import { IsCode, IsEntityId, IsPlainText, IsUscc } from '../../domain/validators';
import { VersionedInput, WriteInput } from '../../graph/write.input';

@InputType({ description: 'A credit check of a firm not yet in the graph (信用核查): all three facts, their source and day.' })
export class CreditFactsInput {
  @Field(() => LocalDateResolver)
  @IsCalendarDate()
  checkedOn!: string;

  @Field({ description: 'Where it was checked, e.g. 信用中国.' })
  @IsPlainText()
  @MinLength(2)
  @MaxLength(100)
  checkedIn!: string;

  @Field({ description: '失信被执行人.' })
  @IsBoolean()
  dishonestDebtor!: boolean;

  @Field({ description: '经营异常名录.' })
  @IsBoolean()
  businessAbnormal!: boolean;

  @Field({ description: '重大环保/安全生产违法.' })
  @IsBoolean()
  majorViolation!: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsPlainText()
  @MaxLength(500)
  note?: string;
}

@InputType({
  description:
    'An investor not yet in the graph (新投资方), with the facts the proposal gives and where they come from. A fact left out is 需核实: never scored as clean.',
})
export class NewInvestorInput {
  @Field()
  @IsPlainText()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field({ description: 'Where the facts come from (e.g. 企业申报材料, 年报).' })
  @IsPlainText()
  @MinLength(2)
  @MaxLength(200)
  factsSource!: string;

  @Field(() => LocalDateResolver, { description: 'The day of the facts.' })
  @IsCalendarDate()
  factsOn!: string;

  @Field(() => Float, { nullable: true, description: '营业收入, 亿元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1000000)
  revenueYi?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  fortune500?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  chainLeader?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  listed?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  specialized?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  highTech?: boolean;

  @Field(() => CreditFactsInput, { nullable: true, description: 'Its credit check; without one, the credit vetoes are 需核实.' })
  @IsOptional()
  @ValidateNested()
  credit?: CreditFactsInput;
}

/** The terms of a proposal (项目申报要素), as recorded on a project or stated in a proposal. */
@InputType()
export abstract class ProposalTermsFields {
  @Field(() => Float, { nullable: true, description: '拟用地, 亩.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000)
  landMu?: number;

  @Field(() => Float, { nullable: true, description: '标准厂房, m².' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10000000)
  factorySqm?: number;

  @Field(() => Float, { nullable: true, description: '达产年产值, 亿元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1000000)
  outputYi?: number;

  @Field(() => Float, { nullable: true, description: '达产年税收, 万元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000000)
  taxWan?: number;

  @Field(() => Int, { nullable: true, description: '达产年限 (years from land delivery).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  yearsToFullOutput?: number;

  @Field(() => Float, { nullable: true, description: 'Share of the investment with funding in place (资金到位比例, 0–1).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  fundingSecuredShare?: number;

  @Field(() => [String], { nullable: true, description: 'Funding sources (资金来源), at most 10.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsPlainText({ each: true })
  @MaxLength(50, { each: true })
  fundingSources?: string[];

  @Field(() => [String], { nullable: true, description: 'Products (主要产品), checked against the negative list (at most 10).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsPlainText({ each: true })
  @MaxLength(100, { each: true })
  products?: string[];

  @Field(() => SiteZoning, { nullable: true, description: 'Zoning of the site asked for; left out = 需核实.' })
  @IsOptional()
  @IsEnum(SiteZoning)
  siteZoning?: SiteZoning;
}

@InputType({ description: 'A project’s proposal terms (项目申报要素); a term left out is not known.' })
export class ProposalTermsInput extends ProposalTermsFields {}

/** The terms a proposal states; with a project, the ones given replace the project's own. */
@InputType({ description: 'A proposal (项目申报要素). With projectId, the terms given replace the project’s for this assessment.' })
export class ProposalInput extends ProposalTermsFields {
  @Field({ nullable: true, description: 'Project name (required without projectId).' })
  @IsOptional()
  @IsPlainText()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @Field(() => Float, { nullable: true, description: '总投资, 亿元 (required without projectId).' })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(100000)
  amountYi?: number;

  @Field({ nullable: true, description: 'The investor, a firm in the graph (USCC).' })
  @IsOptional()
  @IsUscc()
  investorUscc?: string;

  @Field(() => NewInvestorInput, { nullable: true, description: 'Or a firm not yet in the graph.' })
  @IsOptional()
  @ValidateNested()
  newInvestor?: NewInvestorInput;

  @Field({ nullable: true, description: 'Chain code; defaults to the chain of the links.' })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field(() => [String], { nullable: true, description: 'Chain links it makes (1–5).' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsCode({ each: true })
  linkCodes?: string[];

  @Field({ nullable: true, description: 'The park wished for (意向园区).' })
  @IsOptional()
  @IsEntityId()
  parkId?: string;
}

@InputType({ description: 'What to assess: a project in the pipeline, a proposal, or a project with some terms replaced.' })
export class AssessProjectInput {
  @Field({ nullable: true, description: 'A project in the pipeline.' })
  @IsOptional()
  @IsEntityId()
  projectId?: string;

  @Field(() => ProposalInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  proposal?: ProposalInput;
}

@ArgsType()
export class AssessProjectArgs {
  @Field(() => AssessProjectInput)
  @ValidateNested()
  input!: AssessProjectInput;
}

@InputType({ description: 'A project’s proposal terms to record (项目申报要素); a term left out is cleared.' })
export class UpdateProposalInput extends VersionedInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => ProposalTermsInput)
  @ValidateNested()
  terms!: ProposalTermsInput;
}

@ArgsType()
export class UpdateProposalArgs {
  @Field(() => UpdateProposalInput)
  @ValidateNested()
  input!: UpdateProposalInput;
}

@InputType({ description: 'An expert of the 招商专家库 to create (no expectedVersion) or update.' })
export class SaveExpertInput extends WriteInput {
  @Field({ description: 'Identifier; the expert signs in with a token whose subject is this id.' })
  @IsEntityId()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version read; leave out to create a new expert.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;

  @Field()
  @IsPlainText()
  @MinLength(2)
  @MaxLength(50)
  name!: string;

  @Field({ description: '专业领域.' })
  @IsPlainText()
  @MinLength(2)
  @MaxLength(100)
  field!: string;

  @Field({ description: '工作单位.' })
  @IsPlainText()
  @MinLength(2)
  @MaxLength(200)
  organisation!: string;

  @Field(() => [String], { description: 'Chains the expert reviews (1–8).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsCode({ each: true })
  industryCodes!: string[];

  @Field({ nullable: true, description: 'The person in the graph, for conflicts of interest.' })
  @IsOptional()
  @IsEntityId()
  personId?: string;

  @Field({ defaultValue: true, description: 'False takes the expert out of new reviews.' })
  @IsBoolean()
  active!: boolean;
}

@ArgsType()
export class SaveExpertArgs {
  @Field(() => SaveExpertInput)
  @ValidateNested()
  input!: SaveExpertInput;
}

@ArgsType()
export class ExpertsArgs {
  @Field({ nullable: true, description: 'Only the experts of this chain.' })
  @IsOptional()
  @IsCode()
  industryCode?: string;
}

@InputType({ description: 'Sends a project to experts for review (专家评审); conflicts of interest are found and recorded.' })
export class RequestReviewInput extends VersionedInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => [String], { description: 'Experts (1–9).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @IsEntityId({ each: true })
  expertIds!: string[];

  @Field(() => LocalDateResolver, { description: 'Reviews due by (not before today).' })
  @IsCalendarDate()
  dueOn!: string;
}

@ArgsType()
export class RequestReviewArgs {
  @Field(() => RequestReviewInput)
  @ValidateNested()
  input!: RequestReviewInput;
}

@InputType({ description: 'Points an expert gives each section (0 to the section’s points).' })
export class ReviewScoresInput {
  @Field(() => Float, { description: '硬指标.' })
  @IsNumber()
  @Min(0)
  @Max(100)
  hard!: number;

  @Field(() => Float, { description: '企业实力.' })
  @IsNumber()
  @Min(0)
  @Max(100)
  strength!: number;

  @Field(() => Float, { description: '产业协同.' })
  @IsNumber()
  @Min(0)
  @Max(100)
  synergy!: number;

  @Field(() => Float, { description: '可落地性.' })
  @IsNumber()
  @Min(0)
  @Max(100)
  feasibility!: number;
}

@InputType({ description: 'An expert’s review of a project sent to them (submitted once).' })
export class SubmitReviewInput extends WriteInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => ReviewScoresInput)
  @ValidateNested()
  scores!: ReviewScoresInput;

  @Field({ description: 'Opinion (评审意见), 10–2000 characters.' })
  @IsString()
  @IsPlainText()
  @MinLength(10)
  @MaxLength(2000)
  opinion!: string;

  @Field(() => AssessmentVerdict, { description: 'Recommendation (建议结论).' })
  @IsEnum(AssessmentVerdict)
  recommendation!: AssessmentVerdict;
}

@ArgsType()
export class SubmitReviewArgs {
  @Field(() => SubmitReviewInput)
  @ValidateNested()
  input!: SubmitReviewInput;
}

@InputType({ description: 'The 领导小组’s decision on a project’s assessment.' })
export class DecideAssessmentInput extends VersionedInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => AssessmentVerdict)
  @IsEnum(AssessmentVerdict)
  verdict!: AssessmentVerdict;

  @Field(() => [String], { defaultValue: [], description: 'Conditions to write into the agreement (required for 附条件通过), at most 20.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsPlainText({ each: true })
  @MinLength(4, { each: true })
  @MaxLength(500, { each: true })
  conditions!: string[];

  @Field({ nullable: true, description: 'Why, or the meeting’s minutes reference.' })
  @IsOptional()
  @IsPlainText()
  @MaxLength(1000)
  note?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day of the decision (defaults to today; not in the future).' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

@ArgsType()
export class DecideAssessmentArgs {
  @Field(() => DecideAssessmentInput)
  @ValidateNested()
  input!: DecideAssessmentInput;
}

@InputType({ description: 'Which signed projects to calibrate on (each assessed as of its signing day).' })
export class CalibrationInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Signed from (default 2000-01-01).' })
  @IsOptional()
  @IsCalendarDate()
  signedFrom?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Signed up to (default: 180 days before the outcome day, so outcomes can show).',
  })
  @IsOptional()
  @IsCalendarDate()
  signedTo?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Outcomes as known on this day (default today; the demo’s world stops on 2022-12-15).',
  })
  @IsOptional()
  @IsCalendarDate()
  outcomesOn?: string;
}

@ArgsType()
export class CalibrationArgs {
  @Field(() => CalibrationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  input?: CalibrationInput;
}

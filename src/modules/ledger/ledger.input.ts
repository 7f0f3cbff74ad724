import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { DefaultDisposal, FollowUpKind, MemberRole, MilestoneKind, Ownership, TargetStatus } from '../../domain/enums';
import { ProjectStage } from '../../domain/project-stage';
import { IsCityCode, IsCode, IsCountryCode, IsEntityId, IsUscc, IsPlainText } from '../../domain/validators';
import { IsCalendarDate } from '../../domain/calendar';

export { VersionedInput, WriteInput } from '../../graph/write.input';
import { VersionedInput, WriteInput } from '../../graph/write.input';

@InputType({ description: 'A new project (新增项目), entered at 策划, 对接 or 签约; later stages are reached with advanceProjectStage.' })
export class CreateProjectInput extends WriteInput {
  @Field({ description: 'Project name (项目名称).' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  name!: string;

  @Field(() => Float, { description: 'Planned total investment in 亿元.' })
  @IsNumber()
  @Min(0)
  @Max(100000)
  amountYi!: number;

  @Field(() => ProjectStage, { description: 'PLANNED, NEGOTIATING or SIGNED.' })
  @IsEnum(ProjectStage)
  stage!: ProjectStage;

  @Field(() => LocalDateResolver, { description: 'When it entered that stage.' })
  @IsCalendarDate()
  on!: string;

  @Field({ nullable: true, description: 'Industry chain code.' })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field({ nullable: true, description: 'Investor (USCC).' })
  @IsOptional()
  @IsUscc()
  investorUscc?: string;

  @Field({ nullable: true, description: 'Park it lands in.' })
  @IsOptional()
  @IsEntityId()
  parkId?: string;

  @Field({ nullable: true, description: 'Responsible team.' })
  @IsOptional()
  @IsEntityId()
  teamId?: string;

  @Field(() => [String], { nullable: true, description: 'Chain links it fills (FILLS).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsCode({ each: true })
  linkCodes?: string[];

  @Field({ defaultValue: false, description: 'Key project (重点项目).' })
  @IsBoolean()
  keyProject: boolean = false;

  @Field({ defaultValue: false, description: 'Part of the 100-day campaign (百日攻坚).' })
  @IsBoolean()
  campaign100Days: boolean = false;
}

@InputType({ description: 'Changes to a project other than its stage; omitted fields stay as they are.' })
export class UpdateProjectInput extends VersionedInput {
  @Field()
  @IsEntityId()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  name?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000)
  amountYi?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUscc()
  investorUscc?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEntityId()
  parkId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEntityId()
  teamId?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the links it fills.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsCode({ each: true })
  linkCodes?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  keyProject?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  campaign100Days?: boolean;
}

@InputType({ description: 'Moves a project one stage on (策划 → 对接 → 签约 → 正式合同 → 履约 → 开工 → 投产).' })
export class AdvanceProjectStageInput extends VersionedInput {
  @Field()
  @IsEntityId()
  id!: string;

  @Field(() => ProjectStage, { description: 'The next stage; anything else is refused, naming the allowed one.' })
  @IsEnum(ProjectStage)
  to!: ProjectStage;

  @Field(() => LocalDateResolver, { description: 'When it entered the stage: not before the current stage’s date, not in the future.' })
  @IsCalendarDate()
  on!: string;
}

@InputType({ description: 'Takes a project out of the pipeline (退库).' })
export class WithdrawProjectInput extends VersionedInput {
  @Field()
  @IsEntityId()
  id!: string;

  @Field(() => LocalDateResolver)
  @IsCalendarDate()
  on!: string;

  @Field({ description: 'Why (退库原因).' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  @IsPlainText()
  reason!: string;
}

// ---------------------------------------------------------------- 履约
@InputType({ description: 'A 履约 milestone reached by a project (签订合同、交付土地、开工建设、投产、达产).' })
export class RecordMilestoneInput extends WriteInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => MilestoneKind)
  @IsEnum(MilestoneKind)
  kind!: MilestoneKind;

  @Field(() => LocalDateResolver)
  @IsCalendarDate()
  on!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsPlainText()
  note?: string;
}

@InputType({
  description: 'A default (违约) on a signed project, with its disposal and a deadline; the project becomes 违约 until resolved.',
})
export class RecordDefaultInput extends VersionedInput {
  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => LocalDateResolver, { description: 'When the default was found.' })
  @IsCalendarDate()
  on!: string;

  @Field(() => DefaultDisposal, { description: '督促整改, 协商调整, 收回土地 or 解除协议.' })
  @IsEnum(DefaultDisposal)
  disposal!: DefaultDisposal;

  @Field({ description: 'What is wrong (违约情形).' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  @IsPlainText()
  description!: string;

  @Field(() => LocalDateResolver, { description: 'Deadline of the disposal (整改期限).' })
  @IsCalendarDate()
  deadline!: string;
}

@InputType({
  description:
    'Closes a default: the project goes back to its stage, or out of the pipeline when the land is reclaimed or the agreement ended.',
})
export class ResolveDefaultInput extends VersionedInput {
  @Field({ description: 'The default case (DefaultCase.id).' })
  @IsString()
  @Matches(/^[\w-]{1,64}$/)
  defaultId!: string;

  @Field(() => LocalDateResolver)
  @IsCalendarDate()
  on!: string;

  @Field({ description: 'How it was resolved (处置结果).' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  @IsPlainText()
  resolution!: string;
}

// ---------------------------------------------------------------- targets
@InputType({ description: 'A team takes on following a firm (跟踪对接), with an owner and a due date.' })
export class AssignTargetInput extends WriteInput {
  @Field()
  @IsUscc()
  uscc!: string;

  @Field()
  @IsEntityId()
  teamId!: string;

  @Field({ description: 'The person in the team who owns it (责任人).' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @IsPlainText()
  owner!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the next result is due.' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}

@InputType({ description: 'A team stops following a firm.' })
export class UnassignTargetInput extends WriteInput {
  @Field()
  @IsUscc()
  uscc!: string;

  @Field()
  @IsEntityId()
  teamId!: string;
}

@InputType({ description: 'A follow-up record (跟进记录): a visit, call, meeting or event with a firm.' })
export class LogFollowUpInput extends WriteInput {
  @Field()
  @IsUscc()
  uscc!: string;

  @Field({ nullable: true, description: 'The team that followed up.' })
  @IsOptional()
  @IsEntityId()
  teamId?: string;

  @Field(() => LocalDateResolver)
  @IsCalendarDate()
  on!: string;

  @Field(() => FollowUpKind)
  @IsEnum(FollowUpKind)
  kind!: FollowUpKind;

  @Field(() => [String], { description: 'People met (names and titles).' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @IsPlainText({ each: true })
  peopleMet!: string[];

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(4000)
  @IsPlainText()
  notes!: string;

  @Field({ nullable: true, description: 'Next step (下一步).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  nextStep?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  nextOn?: string;
}

@InputType({
  description: 'Where the campaign stands with a target: one step forward (线索 → 接洽 → 意向 → 洽谈 → 签约), or 放弃 with a reason.',
})
export class SetTargetStatusInput extends VersionedInput {
  @Field()
  @IsUscc()
  uscc!: string;

  @Field(() => TargetStatus)
  @IsEnum(TargetStatus)
  status!: TargetStatus;

  @Field({ nullable: true, description: 'Why; required for 放弃 (DROPPED).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsPlainText()
  reason?: string;
}

// ---------------------------------------------------------------- firms and people
@InputType({ description: 'Creates a firm, or updates it (then expectedVersion is its current version); omitted fields stay as they are.' })
export class UpsertEnterpriseInput extends WriteInput {
  @Field()
  @IsUscc()
  uscc!: string;

  @Field(() => Int, { nullable: true, description: 'Required to update an existing firm: the version you read.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;

  @Field({ nullable: true, description: 'Required to create.' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  name?: string;

  @Field({ nullable: true, description: 'City (GB/T 2260); or countryCode for a firm abroad.' })
  @IsOptional()
  @IsCityCode()
  cityCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @Field(() => Float, { nullable: true, description: '营业收入, 亿元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  revenueYi?: number;

  @Field(() => Ownership, { nullable: true })
  @IsOptional()
  @IsEnum(Ownership)
  ownership?: Ownership;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isLocal?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isTarget?: boolean;

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
  specialized?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  highTech?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  expansionPlan?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  recentFinancing?: boolean;
}

@InputType({ description: 'Creates a person (omit id), or updates one (id and expectedVersion).' })
export class UpsertPersonInput extends WriteInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsEntityId()
  id?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;

  @Field({ nullable: true, description: 'Required to create.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @IsPlainText()
  name?: string;

  @Field({ nullable: true, description: 'Native place (籍贯), GB/T 2260.' })
  @IsOptional()
  @IsCityCode()
  nativeCityCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  overseasChinese?: boolean;
}

@InputType({ description: 'A person’s position in a firm (任职); an existing one gets the new title.' })
export class LinkExecutiveInput extends WriteInput {
  @Field()
  @IsEntityId()
  personId!: string;

  @Field()
  @IsUscc()
  uscc!: string;

  @Field({ description: 'e.g. 董事长, 总经理.' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @IsPlainText()
  title!: string;
}

@InputType({ description: 'A person’s role in a Nan’an chamber (商会职务); an existing membership gets the new role.' })
export class RecordMembershipInput extends WriteInput {
  @Field()
  @IsEntityId()
  personId!: string;

  @Field()
  @IsEntityId()
  chamberId!: string;

  @Field(() => MemberRole)
  @IsEnum(MemberRole)
  role!: MemberRole;
}

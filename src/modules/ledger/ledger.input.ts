import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { ProjectStage } from '../../domain/enums';
import { IsCode, IsEntityId, IsUscc } from '../../domain/validators';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every write may carry a client-chosen id: a retry with it returns the first answer, nothing is written twice. */
@InputType()
export abstract class WriteInput {
  @Field({ nullable: true, description: 'Idempotency key chosen by the client (8–64 letters, digits, - or _): a retry with the same key returns the first answer and writes nothing again.' })
  @IsOptional()
  @Matches(/^[\w-]{8,64}$/, { message: 'requestId must be 8–64 letters, digits, - or _' })
  requestId?: string;
}

/** An update names the version it read (optimistic concurrency): a stale one is CONFLICT. */
@InputType()
export abstract class VersionedInput extends WriteInput {
  @Field(() => Int, { description: 'The `version` you read; the write is refused with CONFLICT when the record has changed since.' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

@InputType({ description: 'A new project (新增项目), entered at 策划, 对接 or 签约; later stages are reached with advanceProjectStage.' })
export class CreateProjectInput extends WriteInput {
  @Field({ description: 'Project name (项目名称).' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
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
  @Matches(ISO_DATE)
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
  @Matches(ISO_DATE)
  on!: string;
}

@InputType({ description: 'Takes a project out of the pipeline (退库).' })
export class WithdrawProjectInput extends VersionedInput {
  @Field()
  @IsEntityId()
  id!: string;

  @Field(() => LocalDateResolver)
  @Matches(ISO_DATE)
  on!: string;

  @Field({ description: 'Why (退库原因).' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason!: string;
}

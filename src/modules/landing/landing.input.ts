import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ApprovalTemplate } from '../../domain/approval-templates';
import { IsCalendarDate } from '../../domain/calendar';
import { IsCode } from '../../domain/validators';

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

import { IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType } from 'type-graphql';
import { IsCode, IsEntityId } from '../../domain/validators';
import { IsCalendarDate } from '../../domain/calendar';

@InputType({ description: 'Which projects and which period the statistics cover.' })
export class PipelineStatsFilter {
  @Field(() => LocalDateResolver, { description: 'First day of the period (inclusive).' })
  @IsCalendarDate()
  from!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period (inclusive).' })
  @IsCalendarDate()
  to!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEntityId()
  parkId?: string;

  @Field({ nullable: true, description: 'Projects this team is responsible for (each of the 1+2+5+8 sees its own line).' })
  @IsOptional()
  @IsEntityId()
  teamId?: string;

  @Field({ nullable: true, description: 'Only projects of the 100-day campaign (百日攻坚), or none of them.' })
  @IsOptional()
  @IsBoolean()
  campaign100Days?: boolean;
}

@ArgsType()
export class PipelineStatsArgs {
  @Field(() => PipelineStatsFilter)
  @ValidateNested()
  filter!: PipelineStatsFilter;
}

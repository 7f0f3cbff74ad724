import { IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsCalendarDate } from '../../domain/calendar';
import { RankingMode } from '../../domain/ranking.model';
import { IsCode } from '../../domain/validators';

@InputType({ description: 'A period (期间) and, optionally, one chain.' })
export class PeriodInput {
  @Field(() => LocalDateResolver, { description: 'First day of the period; the graph is compared as it stood the day before.' })
  @IsCalendarDate()
  from!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period.' })
  @IsCalendarDate()
  to!: string;

  @Field({ nullable: true, description: 'Industry chain; omit for all chains.' })
  @IsOptional()
  @IsCode()
  industryCode?: string;
}

@InputType({ description: 'How the top targets moved over a period (推荐名单变化).' })
export class TargetMovesInput extends PeriodInput {
  @Field(() => RankingMode, { defaultValue: RankingMode.FILL })
  @IsEnum(RankingMode)
  mode: RankingMode = RankingMode.FILL;

  @Field(() => Int, { defaultValue: 10, description: 'The top N compared (1–50).' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number = 10;
}

@ArgsType()
export class GapChangesArgs {
  @Field(() => PeriodInput)
  @ValidateNested()
  input!: PeriodInput;
}

@ArgsType()
export class TargetMovesArgs {
  @Field(() => TargetMovesInput)
  @ValidateNested()
  input!: TargetMovesInput;
}

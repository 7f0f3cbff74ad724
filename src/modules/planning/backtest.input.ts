import { IsEnum, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsCode } from '../../domain/validators';
import { RankingMode } from '../../domain/ranking.model';

@InputType({
  description:
    'A backtest (回测): rank with the graph as it stood on asOf, and measure against the firms that signed in the horizon after it.',
})
export class BacktestRankingInput {
  @Field(() => LocalDateResolver, { description: 'The day to look back from (not in the future).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  asOf!: string;

  @Field(() => Int, { defaultValue: 365, description: 'Days after asOf in which a signing counts (1–1095).' })
  @IsInt()
  @Min(1)
  @Max(1095)
  horizonDays: number = 365;

  @Field(() => RankingMode, { defaultValue: RankingMode.FILL })
  @IsEnum(RankingMode)
  mode: RankingMode = RankingMode.FILL;

  @Field({ nullable: true, description: 'Industry chain; omit for all chains.' })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field(() => Int, { defaultValue: 10, description: 'How many of the top of each order count (1–100).' })
  @IsInt()
  @Min(1)
  @Max(100)
  k: number = 10;
}

@ArgsType()
export class BacktestRankingArgs {
  @Field(() => BacktestRankingInput)
  @ValidateNested()
  input!: BacktestRankingInput;
}

import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { IsCode, IsEntityId, IsUscc } from '../../domain/validators';
import { RankingMode } from '../../domain/ranking.model';

export const MAX_PORTFOLIO = 30;

@InputType({ description: 'Which firms to shortlist (招商组合): how many, within how much land, from which parks.' })
export class PlanPortfolioInput {
  @Field({ nullable: true, description: 'Industry chain; omit for all chains (then every chain’s links count).' })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field(() => RankingMode, {
    defaultValue: RankingMode.FILL,
    description: 'FILL weighs gaps by severity; STRENGTHEN strong links by importance; EXTEND absent neighbours of strong links by flow.',
  })
  @IsEnum(RankingMode)
  mode: RankingMode = RankingMode.FILL;

  @Field(() => Int, { description: `How many firms (1–${MAX_PORTFOLIO}).` })
  @IsInt()
  @Min(1)
  @Max(MAX_PORTFOLIO)
  count!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Land the picks may use together (亩); omit for the free land of the parks given, or of every park.',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1000000)
  landBudgetMu?: number;

  @Field(() => [String], {
    nullable: true,
    description: 'Only firms a park among these is positioned for (园区 id); their free land is the default budget.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsEntityId({ each: true })
  parks?: string[];

  @Field(() => [String], { nullable: true, description: 'Firms (USCC) picked first, in this order; they count against count and land.' })
  @IsOptional()
  @ArrayMaxSize(MAX_PORTFOLIO)
  @IsUscc({ each: true })
  mustInclude?: string[];

  @Field(() => [String], { nullable: true, description: 'Firms (USCC) never picked.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUscc({ each: true })
  exclude?: string[];

  @Field({ defaultValue: true, description: 'Leave out firms already investing in a project of the pipeline (unless in mustInclude).' })
  @IsBoolean()
  excludeInPipeline: boolean = true;
}

@ArgsType()
export class PlanPortfolioArgs {
  @Field(() => PlanPortfolioInput)
  @ValidateNested()
  input!: PlanPortfolioInput;
}

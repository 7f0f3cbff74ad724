import { IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsEntityId, IsPlainText } from '../../domain/validators';
import { PageArgs } from '../../graphql/pagination';
import { PlanPortfolioInput } from './portfolio.input';
import { SimulateLandingInput } from './simulation.input';
import { ScenarioKind } from './scenario.type';

@InputType({ description: 'A scenario to keep (保存方案): a name and exactly one of whatIf or portfolio.' })
export class SaveScenarioInput {
  @Field({ description: 'Name (方案名称), 1–100 characters.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @IsPlainText()
  name!: string;

  @Field({ nullable: true, description: 'Note (备注), up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsPlainText()
  note?: string;

  @Field(() => SimulateLandingInput, { nullable: true, description: 'A what-if, as simulateLanding takes it.' })
  @IsOptional()
  @ValidateNested()
  whatIf?: SimulateLandingInput;

  @Field(() => PlanPortfolioInput, { nullable: true, description: 'A portfolio, as planPortfolio takes it.' })
  @IsOptional()
  @ValidateNested()
  portfolio?: PlanPortfolioInput;
}

@ArgsType()
export class SaveScenarioArgs {
  @Field(() => SaveScenarioInput)
  @ValidateNested()
  input!: SaveScenarioInput;
}

@ArgsType()
export class ScenarioIdArgs {
  @Field(() => ID)
  @IsEntityId()
  id!: string;
}

@InputType({ description: 'Which saved scenarios.' })
export class ScenarioFilter {
  @Field(() => ScenarioKind, { nullable: true })
  @IsOptional()
  @IsEnum(ScenarioKind)
  kind?: ScenarioKind;

  @Field({ nullable: true, description: 'Saved by (the token’s subject).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsPlainText()
  createdBy?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsPlainText()
  nameContains?: string;
}

@ArgsType()
export class ScenariosArgs extends PageArgs {
  @Field(() => ScenarioFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ScenarioFilter;
}

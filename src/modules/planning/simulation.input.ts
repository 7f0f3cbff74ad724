import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { IsEntityId, IsUscc } from '../../domain/validators';

@InputType({ description: 'Where one firm would land; omit to take the best positioned park with the land it needs.' })
export class LandingPark {
  @Field()
  @IsUscc()
  uscc!: string;

  @Field()
  @IsEntityId()
  parkId!: string;
}

@InputType({ description: 'A what-if: these firms land (nothing is written).' })
export class SimulateLandingInput {
  @Field(() => [String], { description: 'The firms (USCC), 1–30.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsUscc({ each: true })
  targets!: string[];

  @Field(() => [LandingPark], { nullable: true, description: 'Parks chosen for some of them.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  parks?: LandingPark[];
}

@ArgsType()
export class SimulateLandingArgs {
  @Field(() => SimulateLandingInput)
  @ValidateNested()
  input!: SimulateLandingInput;
}

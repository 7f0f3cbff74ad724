import { IsNumber, IsOptional, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, InputType } from 'type-graphql';
import { IsCalendarDate } from '../../domain/calendar';
import { IsEntityId } from '../../domain/validators';
import { VersionedInput } from '../../graph/write.input';

@ArgsType()
export class FundsArgs {
  @Field({ nullable: true, description: 'Only this fund.' })
  @IsOptional()
  @IsEntityId()
  id?: string;
}

@InputType({ description: 'A fund commits money to a project (承诺出资); refused beyond what the fund has left.' })
export class CommitFundInput extends VersionedInput {
  @Field({ description: 'The fund; expectedVersion is the fund’s.' })
  @IsEntityId()
  fundId!: string;

  @Field()
  @IsEntityId()
  projectId!: string;

  @Field(() => Float, { description: '亿元.' })
  @IsNumber()
  @Min(0.01)
  @Max(10000)
  amountYi!: number;

  @Field(() => LocalDateResolver)
  @IsCalendarDate()
  on!: string;
}

@InputType({ description: 'Money a fund put into a project against its commitment (实际出资).' })
export class RecordFundInvestmentInput extends VersionedInput {
  @Field({ description: 'The commitment; expectedVersion is its fund’s.' })
  @IsEntityId()
  commitmentId!: string;

  @Field(() => Float, { description: '亿元 invested by this payment.' })
  @IsNumber()
  @Min(0.01)
  @Max(10000)
  amountYi!: number;

  @Field(() => LocalDateResolver)
  @IsCalendarDate()
  on!: string;
}

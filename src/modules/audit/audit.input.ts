import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsCalendarDate } from '../../domain/calendar';

@InputType({ description: 'Audit trail filters; all given conditions must hold.' })
export class AuditFilter {
  @Field({ nullable: true, description: 'About this node: project id, USCC or person id.' })
  @IsOptional()
  @Matches(/^[\w-]{1,64}$/)
  entityKey?: string;

  @Field({ nullable: true, description: 'Written by (the token’s subject).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actor?: string;

  @Field({ nullable: true, description: 'Through this mutation, e.g. advanceProjectStage.' })
  @IsOptional()
  @Matches(/^[a-zA-Z]{1,50}$/)
  operation?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'On or after this day (UTC).' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Before this day (UTC).' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

@ArgsType()
export class AuditTrailArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditFilter;

  @Field(() => Int, { defaultValue: 50, description: 'How many (1–200).' })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 50;

  @Field({ nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

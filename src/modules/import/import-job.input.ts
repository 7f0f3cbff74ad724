import { IsInt, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class ImportJobArgs {
  @Field(() => ID, { description: 'The job id POST /import answered with (import-…).' })
  @Matches(/^import-[0-9a-f-]{36}$/, { message: 'is not an import job id (import-…)' })
  id!: string;
}

@ArgsType()
export class ImportJobsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many, newest first (1–100).' })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;
}

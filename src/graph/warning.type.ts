import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Projects per warning colour (预警统计).' })
export class WarningCounts {
  @Field(() => Int)
  green!: number;

  @Field(() => Int)
  amber!: number;

  @Field(() => Int)
  red!: number;
}

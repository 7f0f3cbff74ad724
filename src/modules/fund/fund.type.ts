import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A fund’s commitment to a project (基金出资承诺).' })
export class FundCommitment {
  @Field(() => ID)
  id!: string;

  @Field()
  fundId!: string;

  @Field()
  fundName!: string;

  @Field()
  projectId!: string;

  @Field()
  projectName!: string;

  @Field(() => Float, { description: 'Committed, 亿元 (承诺出资).' })
  amountYi!: number;

  @Field(() => Float, { description: 'Invested so far, 亿元 (已出资).' })
  investedYi!: number;

  @Field(() => LocalDateResolver)
  committedOn!: string;
}

@ObjectType({ description: 'An industry fund (产业基金) in the fund pool (产业基金资源池).' })
export class Fund {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (基金名称).' })
  name!: string;

  @Field(() => Float, { description: 'Size, 亿元 (基金规模).' })
  sizeYi!: number;

  @Field(() => String, { nullable: true, description: 'Manager (管理人).' })
  manager!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  setUpOn!: string | null;

  @Field(() => [String], { description: 'Chains it invests in.' })
  industryCodes!: string[];

  @Field(() => Float, { description: 'Committed to projects, 亿元 (已承诺).' })
  committedYi!: number;

  @Field(() => Float, { description: 'Invested, 亿元 (已出资).' })
  investedYi!: number;

  @Field(() => Float, { description: 'Left to commit, 亿元 (可承诺余额).' })
  leftYi!: number;

  @Field(() => [FundCommitment])
  commitments!: FundCommitment[];

  @Field(() => Int)
  version!: number;

  @Field()
  source!: string;
}

import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Enterprise } from '../../graph/enterprise.type';
import { RankingMode } from '../../domain/ranking.model';

@ObjectType({ description: 'How one order did in the first k (命中、精确率、召回率).' })
export class BacktestScore {
  @Field({ description: 'ranking (本系统排名), random (随机, the expected value) or revenue (按营收).' })
  method!: string;

  @Field()
  label!: string;

  @Field(() => Float, { description: 'Signers among the first k (hit@k); for random, the expected number.' })
  hits!: number;

  @Field(() => Float, { description: 'hits ÷ k (precision@k).' })
  precision!: number;

  @Field(() => Float, { nullable: true, description: 'hits ÷ the signers in the pool (recall@k); null when none signed.' })
  recall!: number | null;
}

@ObjectType({ description: 'A firm that signed in the horizon, and where each order put it.' })
export class BacktestFirm {
  @Field(() => Enterprise)
  enterprise!: Enterprise;

  @Field(() => Int, { description: 'Its rank in the backtest ranking.' })
  rank!: number;

  @Field(() => Int, { description: 'Its place when ordered by revenue.' })
  revenueRank!: number;

  @Field({ description: 'The project it signed first in the horizon.' })
  projectName!: string;

  @Field(() => LocalDateResolver)
  signedOn!: string;
}

@ObjectType({
  description:
    'A backtest of the ranking (排名回测) against two baselines. On the demo data the signings are invented: the figures show the method, not its worth.',
})
export class BacktestResult {
  @Field(() => LocalDateResolver)
  asOf!: string;

  @Field(() => LocalDateResolver, { description: 'The horizon’s last day.' })
  until!: string;

  @Field(() => RankingMode)
  mode!: RankingMode;

  @Field(() => String, { nullable: true })
  industryCode!: string | null;

  @Field(() => Int)
  k!: number;

  @Field(() => Int, { description: 'Firms ranked on asOf (the pool every order is drawn from).' })
  candidates!: number;

  @Field(() => Int, { description: 'Firms of the pool that signed a project in the horizon.' })
  signed!: number;

  @Field(() => Int, {
    description:
      'Target firms that signed in the horizon but were not in the pool (added to the library later, already in the pipeline, or no link counting in this mode).',
  })
  signedOutsidePool!: number;

  @Field(() => Int, { description: 'Signings in the horizon by firms that are not targets (local reinvestment, other investors).' })
  signedByOthers!: number;

  @Field(() => [BacktestScore], { description: 'ranking, random, revenue.' })
  scores!: BacktestScore[];

  @Field(() => [BacktestFirm], { description: 'Signers the ranking had in its first k.' })
  hits!: BacktestFirm[];

  @Field(() => [BacktestFirm], { description: 'Signers it ranked below k.' })
  missed!: BacktestFirm[];

  @Field(() => [String], { description: 'What the figures rest on (说明).' })
  notes!: string[];
}

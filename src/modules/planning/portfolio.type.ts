import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Enterprise } from '../../graph/enterprise.type';
import { ChainLink } from '../../graph/industry.type';
import { Park } from '../../graph/park.type';
import { RankingMode } from '../../domain/ranking.model';
import { GuaranteeKind } from './portfolio.model';
import { LandNeedBasis } from '../../domain/ranking.model';

registerEnumType(GuaranteeKind, {
  name: 'GuaranteeKind',
  description: 'Which bound the greedy portfolio carries on this instance (近似保证).',
  valuesConfig: {
    CARDINALITY: { description: 'Only the count binds: ≥ 1 − (1 − 1/k)^k of the best, ≥ 63.2% (仅数量约束)' },
    BUDGET: { description: 'Only the land binds: ≥ ½(1 − 1/e) ≈ 31.6% of the best within the land (仅用地约束)' },
    NONE: { description: 'Count and land both bind: no bound is proved (无可证下界)' },
  },
});

export enum PortfolioMethod {
  GAIN = 'GAIN',
  GAIN_PER_MU = 'GAIN_PER_MU',
}
registerEnumType(PortfolioMethod, {
  name: 'PortfolioMethod',
  description: 'Which greedy run gave the picks.',
  valuesConfig: {
    GAIN: { description: 'Largest marginal gain first (按增益).' },
    GAIN_PER_MU: { description: 'Largest marginal gain per 亩 first (按每亩增益).' },
  },
});

@ObjectType({ description: 'The bound the method guarantees here (近似保证), and in words.' })
export class PortfolioGuarantee {
  @Field(() => GuaranteeKind)
  kind!: GuaranteeKind;

  @Field(() => Float, {
    nullable: true,
    description: 'The picks are worth at least this share of the best feasible set; null when no bound is proved.',
  })
  factor!: number | null;

  @Field()
  statement!: string;
}

@ObjectType({ description: 'What one pick adds on one link.' })
export class PortfolioLinkGain {
  @Field(() => ChainLink)
  link!: ChainLink;

  @Field(() => Float, { description: 'Marginal gain on this link (weight × share newly closed).' })
  gain!: number;
}

@ObjectType({ description: 'One firm of the portfolio, in the order picked.' })
export class PortfolioPick {
  @Field(() => Int)
  order!: number;

  @Field(() => Enterprise)
  target!: Enterprise;

  @Field({ description: 'Picked because the request named it (mustInclude).' })
  forced!: boolean;

  @Field(() => Float, { description: 'Value it adds given the firms before it (边际增益).' })
  marginalGain!: number;

  @Field(() => Float, { description: 'Value of the picks so far.' })
  value!: number;

  @Field(() => Float, { description: 'Value so far ÷ the value of closing every weighted link fully (0–1).' })
  coverage!: number;

  @Field(() => Float, { description: 'Land it is estimated to need (亩).' })
  landNeedMu!: number;

  @Field(() => LandNeedBasis)
  landNeedBasis!: LandNeedBasis;

  @Field(() => Float, { description: 'Land of the picks so far (亩).' })
  cumulativeLandMu!: number;

  @Field(() => Park, { nullable: true, description: 'The park positioned for it (among those given).' })
  park!: Park | null;

  @Field(() => [PortfolioLinkGain])
  links!: PortfolioLinkGain[];

  @Field(() => [String], { description: 'Why it was picked (理由).' })
  reasons!: string[];
}

@ObjectType({ description: 'One point of the cumulative coverage curve.' })
export class CoveragePoint {
  @Field(() => Int, { description: 'Firms picked.' })
  picks!: number;

  @Field(() => Float)
  value!: number;

  @Field(() => Float, { description: '0–1.' })
  coverage!: number;

  @Field(() => Float, { description: 'Land used (亩).' })
  landMu!: number;
}

@ObjectType({ description: 'A weighted link of the objective and how much of it the picks close.' })
export class PortfolioLinkCoverage {
  @Field(() => ChainLink)
  link!: ChainLink;

  @Field(() => Float, { description: 'Its weight: severity ÷ 100 (FILL), importance (STRENGTHEN), flow value (EXTEND).' })
  weight!: number;

  @Field(() => Float, { description: 'Share closed by the picks, 1 − Π(1 − q) (0–1).' })
  closed!: number;
}

@ObjectType({
  description:
    'The best shortlist within the land (招商组合): picks in order with marginal gains, the coverage curve and the bound that holds.',
})
export class PortfolioPlan {
  @Field(() => RankingMode)
  mode!: RankingMode;

  @Field(() => String, { nullable: true })
  industryCode!: string | null;

  @Field(() => [PortfolioPick])
  picks!: PortfolioPick[];

  @Field(() => [CoveragePoint], { description: 'From 0 picks to all of them.' })
  curve!: CoveragePoint[];

  @Field(() => Float)
  value!: number;

  @Field(() => Float, { description: 'Value of closing every weighted link fully (Σ weights).' })
  maxValue!: number;

  @Field(() => Float, { description: 'value ÷ maxValue (0–1).' })
  coverage!: number;

  @Field(() => Float, { nullable: true, description: 'Land budget (亩); null for none.' })
  landBudgetMu!: number | null;

  @Field({ description: 'Where the budget comes from (用地预算来源).' })
  landBudgetBasis!: string;

  @Field(() => Float, { description: 'Land the picks use (亩).' })
  landUsedMu!: number;

  @Field(() => PortfolioMethod)
  method!: PortfolioMethod;

  @Field(() => PortfolioGuarantee)
  guarantee!: PortfolioGuarantee;

  @Field(() => [Enterprise], { description: 'Firms worth more that the land kept out (因用地不足未选).' })
  refusedForLand!: Enterprise[];

  @Field(() => [PortfolioLinkCoverage], { description: 'Every weighted link, heaviest first.' })
  links!: PortfolioLinkCoverage[];

  @Field(() => Int, { description: 'Firms that could be picked.' })
  candidates!: number;

  @Field({ description: 'The objective in words (目标函数).' })
  objective!: string;
}

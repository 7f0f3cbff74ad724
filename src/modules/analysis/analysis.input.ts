import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { IsCode, IsProvinceCode, IsUscc } from '../../domain/validators';
import { Ownership } from '../../domain/enums';
import { PageArgs } from '../../graphql/pagination';
import { LinkStatus } from '../../domain/gaps.model';
import { RankingMode } from '../../domain/ranking.model';

@ArgsType()
export class ChainGapsArgs {
  @Field({ description: 'Industry chain code, e.g. NE.' })
  @IsCode()
  industryCode!: string;
}

/** The largest weight a question may give: ratios between weights are what matter, and 1000:1 is plenty. */
const MAX_WEIGHT = 1000;

@InputType({
  description: 'Ranking weights; each is optional (defaults in docs/ranking.md) and must be between 0 and 1000; not all may be 0.',
})
export class RankingWeightsInput {
  @Field(() => Float, { nullable: true, description: '补链匹配度: severity of the gaps filled × evidence.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  // Bounded and finite: a huge weight would overflow the sums and zero every score.
  @Max(MAX_WEIGHT)
  gapFit?: number;

  @Field(() => Float, { nullable: true, description: '企业实力: scale, 500强, 链主, 专精特新, high-tech.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(MAX_WEIGHT)
  capability?: number;

  @Field(() => Float, { nullable: true, description: '以商招商关系: the best warm path.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(MAX_WEIGHT)
  affinity?: number;

  @Field(() => Float, { nullable: true, description: '园区承载: a positioned park with enough land.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(MAX_WEIGHT)
  parkFit?: number;

  @Field(() => Float, { nullable: true, description: '投资意向: expansion plan, recent financing.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(MAX_WEIGHT)
  intent?: number;

  @Field(() => Float, { nullable: true, description: '产业风口: the chain is a priority theme.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(MAX_WEIGHT)
  priorityTheme?: number;
}

@InputType({ description: 'What to rank the target enterprises for.' })
export class RankTargetsInput {
  @Field({ nullable: true, description: 'Industry chain; omit for all chains.' })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field(() => RankingMode, { defaultValue: RankingMode.FILL })
  @IsEnum(RankingMode)
  mode: RankingMode = RankingMode.FILL;

  @Field(() => RankingWeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  weights?: RankingWeightsInput;

  @Field({ nullable: true, description: 'Only targets registered in this province (two GB/T 2260 digits, e.g. 44).' })
  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Only targets that count for these chain links (环节编码), e.g. the gaps a session is about.',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsCode({ each: true })
  linkCodes?: string[];

  @Field(() => [LinkStatus], {
    nullable: true,
    description: 'Only targets that count for links in these statuses, e.g. [MISSING, BROKEN] (缺链、断链).',
  })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(LinkStatus, { each: true })
  statuses?: LinkStatus[];

  @Field({
    defaultValue: true,
    description:
      'Leave out targets already investing in a project of the pipeline (已在项目库的企业: followed, not prospected); false ranks them too, marked.',
  })
  @IsBoolean()
  excludeInPipeline: boolean = true;

  @Field(() => [Ownership], {
    nullable: true,
    description: 'Only targets owned as one of these (企业性质), e.g. [HK_MACAO_TAIWAN, OVERSEAS_CHINESE] for 港澳台侨资.',
  })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(Ownership, { each: true })
  ownerships?: Ownership[];

  @Field({ defaultValue: false, description: 'Only 500强 group members.' })
  @IsBoolean()
  fortune500Only: boolean = false;

  @Field({ defaultValue: false, description: 'Only targets for which a positioned park has enough land.' })
  @IsBoolean()
  needsParkFit: boolean = false;

  @Field(() => Float, {
    nullable: true,
    description: 'One land need for every firm, in 亩; omit to estimate each firm’s (from its project or revenue, RankedTarget.landNeed).',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100000)
  landNeedMu?: number;
}

/** Paging (first, after) sits beside the input, as on every other connection. */
@ArgsType()
export class RankTargetsArgs extends PageArgs {
  @Field(() => RankTargetsInput, { description: 'What to rank for; `{}` ranks every chain for filling gaps.' })
  @ValidateNested()
  input!: RankTargetsInput;
}

@ArgsType()
export class WarmPathsArgs {
  @Field({ description: 'The firm (USCC).' })
  @IsUscc()
  uscc!: string;

  @Field(() => Int, { defaultValue: 2, description: 'Longest path, in relationships (1–4).' })
  @IsInt()
  @Min(1)
  @Max(4)
  maxHops: number = 2;
}

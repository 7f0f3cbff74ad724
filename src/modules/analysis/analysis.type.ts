import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { Evidence, MemberRole } from '../../domain/enums';
import { ProjectStage } from '../../domain/project-stage';
import { Project } from '../../graph/project.type';
import { PageInfo } from '../../graphql/pagination';
import { Enterprise } from '../../graph/enterprise.type';
import { ChainLink, Industry } from '../../graph/industry.type';
import { Park } from '../../graph/park.type';
import { LinkStatus, PIPELINE_EFFECT_ZH, PipelineEffect, SEVERITY_ZH, SeverityGrade } from '../../domain/gaps.model';
import { describeValues } from '../../graphql/enum-registry';
import { listOf } from '../../graphql/limits';
import {
  EXTEND_DIRECTION_ZH,
  ExtendDirection,
  LAND_NEED_BASIS_ZH,
  LandNeedBasis,
  RankingMode,
  WarmPathKind,
} from '../../domain/ranking.model';

registerEnumType(LinkStatus, {
  name: 'LinkStatus',
  description: 'Status of a chain link locally.',
  valuesConfig: {
    MISSING: { description: '缺链: no local producer although there is local demand or the link is core' },
    BROKEN: { description: '断链: local firms upstream and downstream, none in between' },
    WEAK: { description: '弱链: present but small, weakly evidenced, or sourced locally below the threshold' },
    ADEQUATE: { description: '稳链: present, neither weak nor strong' },
    STRONG: { description: '强链: a chain leader (链主) or several solid producers' },
    ABSENT: { description: '空白: no local producer and no local need (not a gap)' },
    FILLING: {
      description: '补链中: a gap (缺链/断链/弱链) that a signed project, not yet producing, is filling; still a gap, at a lower severity',
    },
  },
});
registerEnumType(PipelineEffect, {
  name: 'PipelineEffect',
  description: 'What a project does to the diagnosis of the link it fills (项目对补链的作用).',
  valuesConfig: describeValues(PIPELINE_EFFECT_ZH, {
    PRESENCE: 'Producing (投产): counts as a local producer',
    IN_PROGRESS: 'Signed to started: a gap it fills is being filled (补链中), its severity lowered by the stage credit',
    PROSPECT: 'Planned or negotiating: named, not counted',
    NONE: 'Defaulted or withdrawn: not counted',
  }),
});
registerEnumType(SeverityGrade, {
  name: 'SeverityGrade',
  description: 'Gap severity grade.',
  valuesConfig: describeValues(SEVERITY_ZH),
});
registerEnumType(RankingMode, {
  name: 'RankingMode',
  description: 'What the ranking is for.',
  valuesConfig: {
    FILL: { description: '补链: targets operating in MISSING, BROKEN or WEAK links' },
    STRENGTHEN: { description: '强链: chain leaders and large producers in STRONG links' },
    EXTEND: { description: '延链: targets one step up- or downstream of STRONG links, in links absent locally' },
  },
});

registerEnumType(ExtendDirection, {
  name: 'ExtendDirection',
  description: 'Where an EXTEND link lies relative to the strong link it extends (延链方向).',
  valuesConfig: describeValues(EXTEND_DIRECTION_ZH, { UPSTREAM: 'It supplies the strong link', DOWNSTREAM: 'The strong link supplies it' }),
});
registerEnumType(LandNeedBasis, {
  name: 'LandNeedBasis',
  description: 'Where a land estimate comes from (用地估算依据).',
  valuesConfig: describeValues(LAND_NEED_BASIS_ZH, {
    REQUEST: 'The request gave one land need for every firm',
    PROJECT: 'Its largest active project: investment ÷ the chain’s investment intensity',
    REVENUE: 'A share of its revenue as a new base’s investment ÷ the chain’s investment intensity',
    DEFAULT: 'Nothing known: the configured default, to be checked',
  }),
});
registerEnumType(WarmPathKind, {
  name: 'WarmPathKind',
  description: 'Kind of warm path (以商招商关系).',
  valuesConfig: {
    NATIVE_CHAMBER_EXEC: { description: 'An executive is a Nan’an native and sits in a Nan’an chamber (南安籍商会成员)' },
    NATIVE_EXEC: { description: 'An executive is a Nan’an native (南安籍高管)' },
    CHAMBER_EXEC: { description: 'An executive sits in a Nan’an chamber (商会成员)' },
    CHAMBER_OFFICER: {
      description: 'An executive sits in a Nan’an chamber whose officer runs a local firm and can introduce (商会负责人引荐)',
    },
    SUPPLIES_LOCAL: { description: 'Supplies to, or buys from, a local enterprise (本地供需)' },
    PARTNER_CHAIR: { description: 'Trades with a local enterprise, whose chairman can introduce (本地伙伴董事长引荐)' },
    TEAM_FOLLOWS: { description: 'A campaign team already follows the firm (已有队伍跟进)' },
    CHAMBER_IN_CITY: { description: 'A Nan’an chamber is based in the firm’s city (所在地有南安商会)' },
    CITY_CHAMBER_OFFICER: {
      description: 'The Nan’an chamber in the firm’s city has an officer who runs a local firm and can introduce (当地商会负责人引荐)',
    },
  },
});

@ObjectType({ description: 'A local producer in a chain link.' })
export class GapProducer {
  @Field()
  uscc!: string;

  @Field()
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Revenue in 亿元.' })
  revenueYi?: number | null;

  @Field({ description: '链主.' })
  chainLeader!: boolean;

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => String, {
    nullable: true,
    description: 'Set when the producer is a producing project (投产项目) of the pipeline, not a recorded local firm.',
  })
  projectId?: string | null;
}

@ObjectType({ description: 'A project filling a chain link (补链项目), and what it does to the diagnosis.' })
export class LinkProject {
  @Field(() => Project)
  project!: Project;

  @Field(() => ProjectStage)
  stage!: ProjectStage;

  @Field({ description: 'Stage in Chinese (签约, 履约, 投产, …).' })
  stageLabel!: string;

  @Field(() => PipelineEffect)
  effect!: PipelineEffect;

  @Field({ description: 'Effect in Chinese.' })
  effectLabel!: string;

  @Field(() => Float, { description: 'Share of the gap this project is taken to close (the stage credit; 0 when it does not fill).' })
  credit!: number;
}

@ObjectType({ description: 'One chain link’s local situation (环节诊断).' })
export class LinkGapReport {
  @Field(() => ChainLink)
  link!: ChainLink;

  @Field(() => LinkStatus)
  status!: LinkStatus;

  @Field({ description: 'Status in Chinese (缺链, 断链, 弱链, 稳链, 强链, 空白, 补链中).' })
  statusLabel!: string;

  @Field(() => LinkStatus, {
    description:
      'The status the local firms and producing projects give before signed projects are counted; differs from status only when FILLING.',
  })
  statusWithoutPipeline!: LinkStatus;

  @Field(() => Int, {
    description: 'Severity 0–100 = 100 × importance × demand factor × deficit × (1 − pipeline credit); 0 when not a gap.',
  })
  severity!: number;

  @Field(() => Float, { description: 'Share of the gap taken as closed by the best signed project filling it (补链中), 0–1.' })
  pipelineCredit!: number;

  @Field(() => String, { nullable: true, description: 'What the pipeline does here, in Chinese; null when no project fills the link.' })
  pipelineNote!: string | null;

  // Computed in memory with the report; counted as a few items so that a full report stays affordable.
  @Field(() => [LinkProject], {
    complexity: listOf(3),
    description: 'Projects filling this link (FILLS), largest first, with what each counts for.',
  })
  projects!: LinkProject[];

  @Field(() => SeverityGrade, { nullable: true, description: 'Grade of a gap; null when the link is not a gap.' })
  grade!: SeverityGrade | null;

  @Field(() => String, { nullable: true, description: 'Grade in Chinese (紧急, 重要, 一般).' })
  gradeLabel!: string | null;

  @Field(() => Float, { description: 'Local presence: Σ evidence weight × size of local producers.' })
  presence!: number;

  @Field(() => Int, { description: 'Local producers: enterprises operating in the link, plus producing projects of other investors.' })
  localProducers!: number;

  @Field(() => Int, { description: 'Solid producers (STRONG/MEDIUM evidence and enough revenue).' })
  solidProducers!: number;

  @Field(() => Int, { description: 'Chain leaders (链主) among them.' })
  chainLeaders!: number;

  @Field(() => Float, { description: 'Local demand: local firms in the links it supplies, weighted by flow strength.' })
  localDemand!: number;

  @Field(() => Float, { description: 'Demand factor used in the severity, 0–1.' })
  demandFactor!: number;

  @Field(() => Float, { description: 'Deficit used in the severity, 0–1.' })
  deficit!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Local supply rate (本地配套率) of this link, 0–1; null when local firms buy none of it.',
  })
  localSupplyRate!: number | null;

  @Field(() => Float, { description: 'What local firms buy of this link per year, in 亿元.' })
  purchasedYi!: number;

  @Field(() => Float, { description: 'Of which from local suppliers, in 亿元.' })
  purchasedLocalYi!: number;

  @Field({ description: 'Some link supplying this one has local producers.' })
  localUpstream!: boolean;

  @Field({ description: 'Some link this one supplies has local producers.' })
  localDownstream!: boolean;

  @Field(() => [GapProducer], { complexity: listOf(5), description: 'Local producers, largest first.' })
  producers!: GapProducer[];
}

@ObjectType({ description: 'How many links have a status.' })
export class StatusCount {
  @Field(() => LinkStatus)
  status!: LinkStatus;

  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Chain-gap analysis of one industry chain (产业链诊断).' })
export class ChainGapReport {
  @Field(() => Industry)
  industry!: Industry;

  @Field(() => Float, { nullable: true, description: 'Local supply rate (本地配套率) of the whole chain, 0–1.' })
  localSupplyRate!: number | null;

  @Field(() => [StatusCount])
  statusCounts!: StatusCount[];

  @Field(() => [LinkGapReport], { description: 'Every link, most severe gap first.' })
  links!: LinkGapReport[];
}

@ObjectType({ description: 'One part of a ranking score.' })
export class ScoreComponent {
  @Field({ description: 'gapFit, capability, affinity, parkFit, intent or priorityTheme.' })
  name!: string;

  @Field({ description: 'Name in Chinese.' })
  label!: string;

  @Field(() => Float, { description: 'Weight as used (before normalising by the sum of weights).' })
  weight!: number;

  @Field(() => Float, { description: 'Raw value, 0–1.' })
  raw!: number;

  @Field(() => Float, { description: 'weight / Σweights × raw × 100 (4 decimals); the contributions add up to the score.' })
  contribution!: number;
}

@ObjectType({ description: 'A link a target would fill or strengthen.' })
export class FilledLink {
  @Field(() => ChainLink)
  link!: ChainLink;

  @Field(() => LinkStatus)
  status!: LinkStatus;

  @Field()
  statusLabel!: string;

  @Field(() => Int)
  severity!: number;

  @Field(() => SeverityGrade, { nullable: true })
  grade!: SeverityGrade | null;

  @Field(() => Evidence, { description: 'How we know the firm works in this link (证据强度).' })
  evidence!: Evidence;

  @Field(() => String, { nullable: true, description: 'What it makes there, when recorded (主营产品).' })
  products?: string | null;

  @Field({
    description: 'Below the evidence floor: ranked only because no candidate has better evidence for this link; to be checked (需核实).',
  })
  unverified!: boolean;

  @Field(() => ChainLink, { nullable: true, description: 'EXTEND: the strong link it extends.' })
  via?: ChainLink | null;

  @Field(() => ExtendDirection, {
    nullable: true,
    description:
      'EXTEND: which side of the strong link this link lies on (上游: it supplies the strong link; 下游: the strong link supplies it).',
  })
  direction?: ExtendDirection | null;
}

@ObjectType({ description: 'A node on a warm path.' })
export class PathNode {
  @Field({ description: 'Enterprise, Person, City, Chamber or Team.' })
  label!: string;

  @Field()
  key!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A relationship on a warm path.' })
export class PathRelationship {
  @Field()
  type!: string;

  @Field({ description: 'Key of the start node.' })
  from!: string;

  @Field({ description: 'Key of the end node.' })
  to!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Title, role, value or date on the relationship; a chamber role in Chinese (会长, 副会长, …).',
  })
  detail!: string | null;

  @Field(() => MemberRole, { nullable: true, description: 'MEMBER_OF: the role as a code, for front-ends that translate themselves.' })
  role?: MemberRole | null;
}

@ObjectType({ description: 'A warm path from Nan’an to a firm (以商招商关系), renderable as a small graph.' })
export class WarmPath {
  @Field(() => WarmPathKind)
  kind!: WarmPathKind;

  @Field(() => Int, {
    description: 'Relationships on the path, from the firm to its Nan’an anchor (the city, a Nan’an chamber, a local firm or a team).',
  })
  hops!: number;

  @Field(() => String, { nullable: true, description: 'Whom to ask for the introduction (引荐人), in Chinese, when the path names one.' })
  introducer?: string | null;

  @Field(() => Float, { description: 'Strength 0–1: shorter and stronger paths score higher.' })
  strength!: number;

  @Field({ description: 'What the path says, in Chinese.' })
  description!: string;

  @Field(() => [PathNode])
  nodes!: PathNode[];

  @Field(() => [PathRelationship])
  relationships!: PathRelationship[];
}

@ObjectType({ description: 'A park that could take the firm.' })
export class ParkSuggestion {
  @Field(() => Park)
  park!: Park;

  @Field(() => Float, {
    description: '1: positioned for the link with enough land; 0.7: for the industry; 0.3: positioned but short of land.',
  })
  fit!: number;

  @Field({ description: 'The link or industry code it is positioned for.' })
  positionedFor!: string;
}

@ObjectType({ description: 'How much land a target’s project is expected to need (预计用地), and from what.' })
export class LandNeed {
  @Field(() => Float, { description: 'Land in 亩.' })
  mu!: number;

  @Field(() => LandNeedBasis)
  basis!: LandNeedBasis;

  @Field({ description: 'Basis in Chinese.' })
  basisLabel!: string;

  @Field(() => Float, { nullable: true, description: 'The investment the estimate assumes, in 亿元; null when given or defaulted.' })
  investmentYi!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The chain’s investment intensity used (投资强度, 万元/亩); null when given or defaulted.',
  })
  intensityWanPerMu!: number | null;
}

@ObjectType({ description: 'A project a ranked target already invests in.' })
export class TargetProject {
  @Field(() => Project)
  project!: Project;

  @Field(() => ProjectStage)
  stage!: ProjectStage;

  @Field({ description: 'Stage in Chinese.' })
  stageLabel!: string;
}

@ObjectType({ implements: Node, description: 'A target enterprise in a ranking, with its explanation.' })
export class RankedTarget {
  @Field(() => ID, {
    description:
      'Key of the row: RankedTarget:mode:chain:USCC (RankedTarget:FILL:NE:9144…; ALL for every chain). `node(id)` refetches it as that mode and chain rank it with the default weights and no filters.',
  })
  id!: string;

  @Field(() => Int)
  rank!: number;

  @Field(() => Float, { description: 'Score 0–100: the sum of the component contributions.' })
  score!: number;

  @Field(() => [ScoreComponent])
  components!: ScoreComponent[];

  @Field(() => Enterprise)
  enterprise!: Enterprise;

  @Field(() => [FilledLink], { description: 'Links it would fill (FILL), strengthen (STRENGTHEN) or add (EXTEND), best first.' })
  filledLinks!: FilledLink[];

  @Field(() => [WarmPath], { description: 'Warm paths from Nan’an, strongest first.' })
  warmPaths!: WarmPath[];

  @Field(() => [ParkSuggestion], { description: 'Up to three parks, best fit first.' })
  suggestedParks!: ParkSuggestion[];

  @Field(() => [Enterprise], {
    description: 'Other records of the same firm (probable duplicates: same name and a shared executive or city), merged into this row.',
  })
  duplicates!: Enterprise[];

  @Field(() => LandNeed, { description: 'Its expected land need, used for park fit.' })
  landNeed!: LandNeed;

  @Field(() => [TargetProject], { description: 'Its projects already in the campaign’s pipeline (项目库, not withdrawn), largest first.' })
  pipeline!: TargetProject[];

  @Field(() => [String], { description: 'Reasons in Chinese, citing the graph.' })
  reasons!: string[];
}

@ObjectType({ description: 'Ranking weights (as given; the score normalises them by their sum).' })
export class RankingWeightsUsed {
  @Field(() => Float) gapFit!: number;
  @Field(() => Float) capability!: number;
  @Field(() => Float) affinity!: number;
  @Field(() => Float) parkFit!: number;
  @Field(() => Float) intent!: number;
  @Field(() => Float) priorityTheme!: number;
}

@ObjectType('RankedTargetEdge')
export class RankedTargetEdge {
  @Field(() => RankedTarget)
  node!: RankedTarget;

  @Field()
  cursor!: string;
}

@ObjectType({ description: 'A page of ranked target enterprises.' })
export class TargetRanking {
  @Field(() => RankingMode)
  mode!: RankingMode;

  @Field(() => String, { nullable: true, description: 'Industry chain ranked for; null = all chains.' })
  industryCode!: string | null;

  @Field(() => RankingWeightsUsed, { description: 'The weights used (defaults merged with those given).' })
  weights!: RankingWeightsUsed;

  @Field(() => Float, {
    nullable: true,
    description: 'The land need the request gave every firm, in 亩; null when each firm’s is estimated (RankedTarget.landNeed).',
  })
  landNeedMu!: number | null;

  @Field(() => Int, { description: 'How many targets qualify.' })
  totalCount!: number;

  @Field(() => [RankedTargetEdge])
  edges!: RankedTargetEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

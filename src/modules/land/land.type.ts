import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PLOT_STATUS_ZH, PlotStatus } from '../../domain/landing-enums';
import { describeValues } from '../../graphql/enum-registry';

registerEnumType(PlotStatus, {
  name: 'PlotStatus',
  description: 'Where a plot of the land pool stands (地块状态).',
  valuesConfig: describeValues(PLOT_STATUS_ZH),
});

@ObjectType({ description: 'A plot of park land (地块), in the land pool (园区空间资源池), with its 标准地 facts.' })
export class LandPlot {
  @Field(() => ID)
  id!: string;

  @Field()
  parkId!: string;

  @Field({ description: 'Park name (园区).' })
  parkName!: string;

  @Field(() => Float, { description: 'Area in 亩 (面积).' })
  areaMu!: number;

  @Field(() => String, { nullable: true, description: 'Zoning (用地性质).' })
  zoning!: string | null;

  @Field(() => String, { nullable: true, description: 'Planned use (规划用途).' })
  plannedUse!: string | null;

  @Field(() => [String], { description: 'Codes of the chains it suits (适宜产业链).' })
  industryCodes!: string[];

  @Field(() => Float, { nullable: true, description: '标准地: floor-area ratio floor (容积率).' })
  floorAreaRatio!: number | null;

  @Field(() => Float, { nullable: true, description: '标准地: investment intensity floor in 万元/亩 (投资强度).' })
  investmentFloorWanPerMu!: number | null;

  @Field(() => Float, { nullable: true, description: '标准地: 亩均税收 floor in 万元/亩·年.' })
  taxFloorWanPerMu!: number | null;

  @Field(() => Float, { nullable: true, description: 'Standard factory floor space in m² (标准厂房).' })
  factorySqm!: number | null;

  @Field(() => PlotStatus)
  status!: PlotStatus;

  @Field({ description: 'Status in Chinese (状态).' })
  statusLabel!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it took that status.' })
  statusOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The project holding it (预留/供地), if any.' })
  projectId!: string | null;

  @Field(() => String, { nullable: true })
  projectName!: string | null;

  @Field(() => Float, { description: 'Idle land revitalized so far, 亩 (已盘活).' })
  revitalizedMu!: number;

  @Field(() => Int, { description: 'Version for optimistic concurrency (pass it as expectedVersion).' })
  version!: number;

  @Field()
  source!: string;
}

@ObjectType({ description: 'A plot write’s answer: the plot and its park’s available land after it.' })
export class PlotChange {
  @Field(() => LandPlot)
  plot!: LandPlot;

  @Field(() => Float, { description: 'The park’s available land after the write (可供地, the sum of its AVAILABLE plots).' })
  parkAvailableMu!: number;
}

@ObjectType({ description: 'The campaign’s idle-land task (“3年1.5万亩”低效闲置用地清理盘活).' })
export class IdleLandTask {
  @Field(() => Float, { description: 'Target in 亩 (目标).' })
  targetMu!: number;

  @Field(() => LocalDateResolver)
  fromOn!: string;

  @Field(() => LocalDateResolver)
  toOn!: string;

  @Field(() => Float, { description: 'Revitalized so far in 亩 (已盘活).' })
  doneMu!: number;

  @Field(() => Float, { description: 'doneMu / targetMu, 0–1 (完成率).' })
  share!: number;

  @Field(() => Float, { description: 'Idle land in the pool not yet revitalized, 亩 (待盘活).' })
  idleLeftMu!: number;

  @Field(() => Int)
  idlePlots!: number;

  @Field(() => Int)
  revitalizingPlots!: number;

  @Field({ description: 'What the figures rest on (口径说明).' })
  note!: string;
}

@ObjectType({ description: 'Land supply against demand in one park or chain (用地供需).' })
export class LandBalance {
  @Field({ description: 'Park id or chain code.' })
  key!: string;

  @Field()
  name!: string;

  @Field(() => Float, { description: 'Available land, 亩 (可供地).' })
  availableMu!: number;

  @Field(() => Float, { description: 'Land the waiting projects need, 亩 (用地需求).' })
  demandMu!: number;

  @Field(() => Float, { description: 'availableMu − demandMu; negative is a shortfall (缺口).' })
  balanceMu!: number;

  @Field(() => Int, { description: 'Projects (签约 or earlier stages, or contracted) that hold no plot yet.' })
  waitingProjects!: number;

  @Field(() => Float, { nullable: true, description: 'Idle land not yet revitalized in the park, 亩 (parks only).' })
  idleMu!: number | null;

  @Field(() => Int, { nullable: true, description: 'Targets in 意向 or 洽谈 with no project yet (chains only; they have no park yet).' })
  prospects!: number | null;

  @Field(() => Float, { nullable: true, description: 'Land those targets would need, 亩, by the ranking’s estimate (chains only).' })
  prospectMu!: number | null;

  @Field({ description: 'How the figure is reached (口径).' })
  note!: string;
}

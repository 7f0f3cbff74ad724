import { Args, Authorized, FieldResolver, Mutation, Query, Resolver, Root, registerEnumType, ArgsType, Field } from 'type-graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IsCalendarDate, today } from '../../domain/calendar';
import { PlotStatus } from '../../domain/landing-enums';
import { ProjectWarningReader } from '../../graph/warnings.service';
import { Role } from '../../auth/roles';
import { InputArgs } from '../../graphql/input-args';
import { listOf } from '../../graphql/limits';
import { Loaders } from '../../graphql/loaders';
import { Park } from '../../graph/park.type';
import {
  AllocatePlotInput,
  LandPlotsArgs,
  MarkPlotIdleInput,
  RecordRevitalizationInput,
  ReleasePlotInput,
  ReservePlotInput,
} from './land.input';
import { PLOTS_OF_PARK } from './land.queries';
import { LandService, toPlot } from './land.service';
import { IdleLandTask, LandBalance, LandPlot, PlotChange } from './land.type';

export enum LandBalanceBy {
  PARK = 'PARK',
  CHAIN = 'CHAIN',
}
registerEnumType(LandBalanceBy, {
  name: 'LandBalanceBy',
  description: 'Land balance per park or per chain.',
  valuesConfig: { PARK: { description: '按园区' }, CHAIN: { description: '按产业链' } },
});

@ArgsType()
class LandBalanceArgs {
  @Field(() => LandBalanceBy, { defaultValue: LandBalanceBy.PARK })
  @IsEnum(LandBalanceBy)
  by!: LandBalanceBy;
}

const ReservePlotArgs = InputArgs(ReservePlotInput);
const AllocatePlotArgs = InputArgs(AllocatePlotInput);
const ReleasePlotArgs = InputArgs(ReleasePlotInput);
const MarkPlotIdleArgs = InputArgs(MarkPlotIdleInput);
const RecordRevitalizationArgs = InputArgs(RecordRevitalizationInput);

/** 园区空间资源池: the plots, their moves and the idle-land task. Every write is audited and versioned. */
@Resolver()
export class LandResolver {
  constructor(private readonly land: LandService) {}

  @Authorized(Role.VIEWER)
  @Query(() => [LandPlot], { complexity: listOf(100), description: 'Plots of the land pool (地块), filtered.' })
  landPlots(@Args() args: LandPlotsArgs): Promise<LandPlot[]> {
    return this.land.plots(args);
  }

  @Authorized(Role.VIEWER)
  @Query(() => IdleLandTask, {
    complexity: 20,
    description: 'The idle-land task “3年1.5万亩” (低效闲置用地清理盘活): target, done, share.',
  })
  idleLandTask(): Promise<IdleLandTask> {
    return this.land.idleLandTask();
  }

  @Authorized(Role.VIEWER)
  @Query(() => [LandBalance], {
    complexity: 30,
    description: 'Land supply against demand per park or per chain (用地供需): available plots against the land waiting projects need.',
  })
  landBalance(@Args() { by }: LandBalanceArgs): Promise<LandBalance[]> {
    return this.land.landBalance(by);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => PlotChange, { description: 'Reserves an AVAILABLE plot for a signed project (预留用地).' })
  reservePlot(@Args(() => ReservePlotArgs) { input }: { input: ReservePlotInput }): Promise<PlotChange> {
    return this.land.reservePlot(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => PlotChange, {
    description:
      'Allocates a plot to a project (供地): AVAILABLE, or RESERVED for the same project. One project per plot: a second allocation is CONFLICT.',
  })
  allocatePlot(@Args(() => AllocatePlotArgs) { input }: { input: AllocatePlotInput }): Promise<PlotChange> {
    return this.land.allocatePlot(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => PlotChange, { description: 'Gives a RESERVED or ALLOCATED plot back to the pool (释放用地).' })
  releasePlot(@Args(() => ReleasePlotArgs) { input }: { input: ReleasePlotInput }): Promise<PlotChange> {
    return this.land.releasePlot(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => PlotChange, { description: 'Marks a plot as idle or low-efficiency land (认定低效闲置用地); its holder stays on it.' })
  markPlotIdle(@Args(() => MarkPlotIdleArgs) { input }: { input: MarkPlotIdleInput }): Promise<PlotChange> {
    return this.land.markPlotIdle(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => PlotChange, {
    description: 'Records idle land brought back into use (盘活); with returnToPool the plot becomes AVAILABLE again.',
  })
  recordRevitalization(@Args(() => RecordRevitalizationArgs) { input }: { input: RecordRevitalizationInput }): Promise<PlotChange> {
    return this.land.recordRevitalization(input);
  }
}

@ArgsType()
class OnArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it is judged on; today when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

/** The idle-land risk on a plot: its holder has not started past the agreed day (the warnings' LATE_START). */
@Resolver(() => LandPlot)
export class LandPlotFields {
  constructor(private readonly warnings: ProjectWarningReader) {}

  @Authorized(Role.VIEWER)
  @FieldResolver(() => String, {
    nullable: true,
    complexity: 5,
    description: 'Idle-land risk (闲置风险): the holder is past its agreed start and has not started; null when none.',
  })
  async idleRisk(@Root() plot: LandPlot, @Args() { on }: OnArgs): Promise<string | null> {
    if (!plot.projectId || plot.status !== PlotStatus.ALLOCATED) return null;
    const w = await this.warnings.of(plot.projectId, on ?? today());
    return w?.warning.reasons.find((r) => r.rule === 'LATE_START')?.text ?? null;
  }
}

/** What the land pool adds to a park: its plots. */
@Resolver(() => Park)
export class ParkLandResolver {
  constructor(private readonly loaders: Loaders) {}

  @Authorized(Role.VIEWER)
  @FieldResolver(() => [LandPlot], {
    complexity: listOf(20),
    description: 'Its plots (地块); availableLandMu is the sum of the AVAILABLE ones.',
  })
  async landPlots(@Root() p: Park): Promise<LandPlot[]> {
    return (await this.loaders.many(PLOTS_OF_PARK, p.id)).map(toPlot);
  }
}

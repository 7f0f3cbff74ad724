/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- rows carry the enums' values as the strings Cypher returns */
import crypto from 'node:crypto';
import { AnalysisSettings } from '../../analysis-settings';
import type { GatewayTx } from '../../db/gateway';
import { Neo4jGateway } from '../../db/gateway';
import { HELD_PLOT_STATUSES, PLOT_STATUS_ZH, PlotStatus } from '../../domain/landing-enums';
import { PROJECT_STAGE_ZH, ProjectStage } from '../../domain/project-stage';
import { TargetStatus } from '../../domain/enums';
import { landNeedOf } from '../../domain/ranking.model';
import { BadInputError, ConflictError, NotFoundError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { Change, ConflictVersionError, WriteService } from '../../graph/write.service';
import { recordedDateProblems } from '../../graph/write-dates';
import { PROJECT_HOLD } from '../../graph/project-hold.queries';
import type {
  AllocatePlotInput,
  LandPlotsArgs,
  MarkPlotIdleInput,
  RecordRevitalizationInput,
  ReleasePlotInput,
  ReservePlotInput,
} from './land.input';
import { ADD_REVITALIZATION, CHAIN_BALANCE, IDLE_TASK, PARK_BALANCE, PlotRow, PLOT_STATE, PLOTS, SAVE_PLOT } from './land.queries';
import { IdleLandTask, LandBalance, LandPlot, PlotChange } from './land.type';

const r1 = (x: number): number => Math.round(x * 10) / 10;
/** Projects that may hold land: signed and not yet withdrawn or in default. */
const MAY_HOLD = new Set<string>([
  ProjectStage.SIGNED,
  ProjectStage.CONTRACTED,
  ProjectStage.PERFORMING,
  ProjectStage.STARTED,
  ProjectStage.PRODUCING,
]);
/** Projects still waiting for land: up to the formal contract. */
const WAITING = [ProjectStage.PLANNED, ProjectStage.NEGOTIATING, ProjectStage.SIGNED, ProjectStage.CONTRACTED];

export function toPlot(r: PlotRow): LandPlot {
  const status = r.status as PlotStatus;
  return { ...r, status, statusLabel: PLOT_STATUS_ZH[status] ?? r.status };
}

/** What an audit entry compares about a plot. */
const plotView = (p: PlotRow): Record<string, unknown> => ({
  status: p.status,
  statusOn: p.statusOn,
  projectId: p.projectId,
  revitalizedMu: p.revitalizedMu,
});

interface PlotMove {
  status: PlotStatus;
  projectId: string | null;
  revitalizedMu?: number;
  /** Extra audit fields (the reason, the revitalization record). */
  note?: Record<string, unknown>;
  afterSave?: () => Promise<void>;
}

/** 园区空间资源池: plots, their moves (each audited, versioned), idle land and land balance. */
@Injectable()
export class LandService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly writes: WriteService,
    private readonly settings: AnalysisSettings,
  ) {}

  async plots(args: LandPlotsArgs): Promise<LandPlot[]> {
    const rows = await this.gw.read(PLOTS, {
      parkId: args.parkId ?? null,
      statuses: args.statuses ?? null,
      industryCode: args.industryCode ?? null,
      projectId: args.projectId ?? null,
      limit: args.first,
    });
    return rows.map((r) => toPlot(r.plot));
  }

  reservePlot(input: ReservePlotInput): Promise<PlotChange> {
    return this.move('reservePlot', input, async (tx, plot) => {
      await this.holder(tx, input.projectId);
      if (plot.status !== PlotStatus.AVAILABLE) throw this.taken(plot, input.projectId);
      return { status: PlotStatus.RESERVED, projectId: input.projectId };
    });
  }

  allocatePlot(input: AllocatePlotInput): Promise<PlotChange> {
    return this.move('allocatePlot', input, async (tx, plot) => {
      await this.holder(tx, input.projectId);
      const reservedForIt = plot.status === PlotStatus.RESERVED && plot.projectId === input.projectId;
      if (plot.status !== PlotStatus.AVAILABLE && !reservedForIt) throw this.taken(plot, input.projectId);
      return { status: PlotStatus.ALLOCATED, projectId: input.projectId };
    });
  }

  releasePlot(input: ReleasePlotInput): Promise<PlotChange> {
    return this.move('releasePlot', input, (_tx, plot) => {
      if (plot.status !== PlotStatus.RESERVED && plot.status !== PlotStatus.ALLOCATED)
        throw new BadInputError([
          {
            path: 'input.plotId',
            message: `only a RESERVED or ALLOCATED plot can be released; this one is ${plot.status}`,
            messageZh: `只有已预留或已供地的地块可以释放，该地块为「${PLOT_STATUS_ZH[plot.status as PlotStatus]}」`,
          },
        ]);
      return Promise.resolve({ status: PlotStatus.AVAILABLE, projectId: null, note: { reason: input.reason } });
    });
  }

  markPlotIdle(input: MarkPlotIdleInput): Promise<PlotChange> {
    return this.move('markPlotIdle', input, (_tx, plot) => {
      if (plot.status === PlotStatus.IDLE || plot.status === PlotStatus.REVITALIZING || plot.status === PlotStatus.RESERVED)
        throw new BadInputError([
          {
            path: 'input.plotId',
            message: `a ${plot.status} plot cannot be marked idle`,
            messageZh: `「${PLOT_STATUS_ZH[plot.status as PlotStatus]}」地块不能认定为低效闲置`,
          },
        ]);
      // The holder stays on the plot: idle land is land someone holds and does not use.
      return Promise.resolve({ status: PlotStatus.IDLE, projectId: plot.projectId, note: { reason: input.reason } });
    });
  }

  recordRevitalization(input: RecordRevitalizationInput): Promise<PlotChange> {
    return this.move('recordRevitalization', input, (tx, plot) => {
      if (plot.status !== PlotStatus.IDLE && plot.status !== PlotStatus.REVITALIZING)
        throw new BadInputError([
          {
            path: 'input.plotId',
            message: `only IDLE or REVITALIZING land is revitalized; this plot is ${plot.status}`,
            messageZh: '只有低效闲置或盘活中的地块可以登记盘活',
          },
        ]);
      const total = r1(plot.revitalizedMu + input.mu);
      if (total > plot.areaMu)
        throw new BadInputError([
          {
            path: 'input.mu',
            message: `the plot has ${plot.areaMu} 亩 and ${plot.revitalizedMu} 亩 are already revitalized; at most ${r1(plot.areaMu - plot.revitalizedMu)} 亩 remain`,
            messageZh: `该地块 ${plot.areaMu} 亩，已盘活 ${plot.revitalizedMu} 亩，最多还可登记 ${r1(plot.areaMu - plot.revitalizedMu)} 亩`,
          },
        ]);
      const id = `RV-${crypto.randomUUID()}`;
      return Promise.resolve({
        status: input.returnToPool ? PlotStatus.AVAILABLE : PlotStatus.REVITALIZING,
        projectId: input.returnToPool ? null : plot.projectId,
        revitalizedMu: total,
        note: { revitalization: `${input.mu} 亩 ${input.on} (${id})` },
        afterSave: () =>
          tx
            .run(ADD_REVITALIZATION, { plotId: plot.id, id, mu: input.mu, on: input.on, note: input.note ?? null, by: this.writes.actor })
            .then(() => undefined),
      });
    });
  }

  async idleLandTask(): Promise<IdleLandTask> {
    const task = this.settings.config.landing.idleLandTask;
    const [row] = await this.gw.read(IDLE_TASK, {});
    const doneMu = r1(row?.revitalizedMu ?? 0);
    return {
      ...task,
      doneMu,
      share: task.targetMu > 0 ? Math.round((doneMu / task.targetMu) * 1000) / 1000 : 0,
      idleLeftMu: r1(row?.idleMu ?? 0),
      idlePlots: row?.idlePlots ?? 0,
      revitalizingPlots: row?.revitalizingPlots ?? 0,
      note: `已盘活为地块库中登记的盘活面积之和（含导入数据），目标与期限取自配置（${task.fromOn} 至 ${task.toOn}，${task.targetMu} 亩）；园区外的低效闲置用地未入库时不计入`,
    };
  }

  async landBalance(by: 'PARK' | 'CHAIN'): Promise<LandBalance[]> {
    const params = { waiting: WAITING, perMuWan: this.settings.config.ranking.defaultInvestmentPerMuWan };
    const basis = `需求为签约至正式合同阶段、尚未获得地块的项目：有协议用地面积的按协议，否则按总投资 ÷ ${params.perMuWan} 万元/亩估算`;
    if (by === 'PARK') {
      const rows = await this.gw.read(PARK_BALANCE, params);
      return rows.map((r) => ({
        key: r.parkId,
        name: r.parkName,
        availableMu: r1(r.availableMu),
        demandMu: r1(r.demandMu),
        balanceMu: r1(r.availableMu - r.demandMu),
        waitingProjects: r.waitingProjects,
        idleMu: r.idleMu === null ? null : r1(r.idleMu),
        prospects: null,
        prospectMu: null,
        note: `${r.fromPlots ? '可供地为园区可供地块面积之和' : '园区尚无地块数据，可供地为园区填报数'}；${basis}`,
      }));
    }
    const ranking = this.settings.config.ranking;
    const rows = await this.gw.read(CHAIN_BALANCE, { ...params, prospectStatuses: [TargetStatus.INTENT, TargetStatus.NEGOTIATING] });
    return rows.map((r) => {
      // The ranking's own estimate (src/domain/ranking.model.ts, landNeedOf): a new base as a share of revenue.
      const intensity = new Map(r.intensity ? [[r.industryCode, r.intensity]] : []);
      const prospectMu = r.prospects.reduce(
        (s, p) =>
          s + landNeedOf({ revenueYi: p.revenueYi, pipeline: [] }, r.industryCode, { investmentIntensity: intensity, config: ranking }).mu,
        0,
      );
      return {
        key: r.industryCode,
        name: r.industryName,
        availableMu: r1(r.availableMu ?? 0),
        demandMu: r1(r.demandMu),
        balanceMu: r1((r.availableMu ?? 0) - r.demandMu),
        waitingProjects: r.waitingProjects,
        idleMu: null,
        prospects: r.prospects.length,
        prospectMu: r1(prospectMu),
        note: `可供地为标注适宜该产业链的可供地块面积之和（一个地块可适宜多条链）；${basis}；另列意向、洽谈阶段尚无项目的目标企业，按推荐排名的用地估算（营收 × ${ranking.newBaseShareOfRevenue} ÷ 投资强度）`,
      };
    });
  }

  /** The shape of every plot write: lock, check the version and the date, move, recompute the park, audit. */
  private move(
    operation: string,
    input: { plotId: string; expectedVersion: number; on: string; requestId?: string },
    decide: (tx: GatewayTx, plot: PlotRow) => Promise<PlotMove>,
  ): Promise<PlotChange> {
    return this.writes.run(operation, input, async (tx) => {
      const [found] = await tx.run(PLOT_STATE, { id: input.plotId });
      if (!found)
        throw new NotFoundError('LandPlot', input.plotId, [{ path: 'input.plotId', message: 'no such plot', messageZh: '没有该地块' }]);
      const before = found.plot;
      if (before.version !== input.expectedVersion)
        throw new ConflictVersionError('LandPlot', before.id, input.expectedVersion, before.version);
      const problems = recordedDateProblems(input.on, 'input.on', before.statusOn);
      if (problems.length > 0) throw new BadInputError(problems);
      const m = await decide(tx, before);
      const [saved] = await tx.run(SAVE_PLOT, {
        id: before.id,
        status: m.status,
        on: input.on,
        version: before.version + 1,
        revitalizedMu: m.revitalizedMu ?? before.revitalizedMu,
        projectId: m.projectId,
      });
      await m.afterSave?.();
      const [after] = await tx.run(PLOT_STATE, { id: before.id });
      const changes: Change[] = [
        { label: 'LandPlot', key: before.id, before: plotView(before), after: { ...plotView(after.plot), ...m.note } },
      ];
      // The projects that gain or lose the plot see it in their own trail.
      for (const [key, gained] of [
        [before.projectId, false],
        [after.plot.projectId, true],
      ] as const)
        if (key && before.projectId !== after.plot.projectId)
          changes.push({ label: 'Project', key, before: gained ? {} : { plot: before.id }, after: gained ? { plot: before.id } : {} });
      return { result: { plot: toPlot(after.plot), parkAvailableMu: r1(saved.parkAvailableMu) }, changes };
    });
  }

  /** The project must exist and be one that may hold land. */
  private async holder(tx: GatewayTx, projectId: string): Promise<void> {
    const [p] = await tx.run(PROJECT_HOLD, { projectId });
    if (!p)
      throw new NotFoundError('Project', projectId, [{ path: 'input.projectId', message: 'no such project', messageZh: '没有该项目' }]);
    if (!MAY_HOLD.has(p.stage))
      throw new BadInputError([
        {
          path: 'input.projectId',
          message: `a project at ${p.stage} cannot hold land; it must be signed and not withdrawn or in default`,
          messageZh: `「${PROJECT_STAGE_ZH[p.stage as ProjectStage]}」阶段的项目不能预留或获得用地`,
        },
      ]);
  }

  /** One project per plot: a plot someone holds (or that is not in the pool) is CONFLICT, naming the holder. */
  private taken(plot: PlotRow, projectId: string): ConflictError {
    const held = HELD_PLOT_STATUSES.includes(plot.status as PlotStatus) && plot.projectId;
    const who = held ? (plot.projectId === projectId ? '该项目' : `项目「${plot.projectName}」（${plot.projectId}）`) : null;
    const zh = who
      ? `地块 ${plot.id} 已${PLOT_STATUS_ZH[plot.status as PlotStatus]}给${who}，一个地块只能供给一个项目`
      : `地块 ${plot.id} 当前为「${PLOT_STATUS_ZH[plot.status as PlotStatus]}」，不在可供地池中`;
    const en = held
      ? `plot ${plot.id} is already ${plot.status} to project ${plot.projectId}; a plot goes to one project only`
      : `plot ${plot.id} is ${plot.status}, not available`;
    return new ConflictError(`${en}. ${zh}。`);
  }
}

/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- rows carry the enums' values as the strings Cypher returns */
import crypto from 'node:crypto';
import { AnalysisSettings } from '../../analysis-settings';
import type { GatewayTx } from '../../db/gateway';
import { APPROVAL_TEMPLATES } from '../../domain/approval-templates';
import { addDays, today } from '../../domain/calendar';
import { SERVICE_KIND_OFFICE, ServiceStatus } from '../../domain/landing-enums';
import { Office, OFFICE_ZH } from '../../domain/offices';
import { ProjectStage } from '../../domain/project-stage';
import { addWorkdays, CHINESE_WORKDAYS } from '../../domain/workdays';
import { BadInputError, NotFoundError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { ConflictVersionError, WriteService } from '../../graph/write.service';
import { recordedDateProblems } from '../../graph/write-dates';
import type {
  CompleteApprovalStepInput,
  HandOffProjectInput,
  PlanProjectApprovalsInput,
  RecordAnnualReportInput,
  RequestServiceInput,
  ResolveServiceInput,
  StartApprovalStepInput,
  UpdateAgreementInput,
} from './landing.input';
import {
  AGREEMENT_OF,
  AgreementRow,
  REPORT_OF,
  SAVE_AGREEMENT,
  SAVE_REPORT,
  ADD_HANDOFF,
  ADD_SERVICE,
  CREATE_STEPS,
  HANDOFFS_OF,
  PROJECT_FOR_WRITE,
  ProjectForWrite,
  RESOLVE_SERVICE,
  SAVE_STEP,
  SERVICE_BY_ID,
  STEPS_OF,
  StepRow,
  TOUCH_PROJECT,
} from './landing.queries';
import { toHandoff, toService, toStep } from './landing.mappers';
import { Agreement, AnnualReport, Handoff, ProjectApprovalStep, ServiceRequest } from './landing.type';

const bad = (path: string, message: string, messageZh: string): BadInputError => new BadInputError([{ path, message, messageZh }]);

/**
 * The writes of the landing half on a project (前期办 approvals, 重点办 services, 五办 handoffs). Each
 * locks the project, checks the version the client read, moves it and leaves an audit entry.
 */
@Injectable()
export class ProjectLandingService {
  constructor(
    private readonly writes: WriteService,
    private readonly settings: AnalysisSettings,
  ) {}

  planProjectApprovals(input: PlanProjectApprovalsInput): Promise<ProjectApprovalStep[]> {
    return this.onProject('planProjectApprovals', input, async (tx, p) => {
      const existing = await tx.run(STEPS_OF, { keys: [p.id] });
      if (existing.length > 0)
        throw bad(
          'input.projectId',
          `the project already has ${existing.length} approval steps`,
          `该项目已有 ${existing.length} 个审批环节`,
        );
      const limits = this.settings.config.approvals[input.template];
      const steps = APPROVAL_TEMPLATES[input.template].map((s, order) => ({ ...s, workdays: limits[s.code] ?? 0, order }));
      await tx.run(CREATE_STEPS, { projectId: p.id, steps });
      const after = (await tx.run(STEPS_OF, { keys: [p.id] })).map((r) => toStep(r.item));
      return {
        result: after,
        approvalTemplate: input.template,
        audit: { before: {}, after: { approvalTemplate: input.template, approvalSteps: steps.map((s) => s.code).join(',') } },
      };
    });
  }

  startApprovalStep(input: StartApprovalStepInput): Promise<ProjectApprovalStep> {
    return this.onProject('startApprovalStep', input, async (tx, p) => {
      const { step, all } = await this.step(tx, p.id, input.code);
      if (step.startedOn)
        throw bad('input.code', `${step.code} started on ${step.startedOn}`, `「${step.name}」已于 ${step.startedOn} 启动`);
      const waiting = step.after.filter((a) => !all.find((s) => s.code === a)?.doneOn);
      if (waiting.length > 0) {
        const names = waiting.map((a) => all.find((s) => s.code === a)?.name ?? a).join('、');
        throw bad(
          'input.code',
          `${step.code} waits for ${waiting.join(', ')}, not yet done`,
          `「${step.name}」须等待「${names}」办结后启动`,
        );
      }
      const done = step.after.map((a) => all.find((s) => s.code === a)!.doneOn!).reduce((a, b) => (a > b ? a : b), '');
      const problems = recordedDateProblems(input.on, 'input.on', done || null);
      if (problems.length > 0) throw new BadInputError(problems);
      // Due on the last of its working days, counting the start day (as the rehearsal counts).
      const first = CHINESE_WORKDAYS.isWorkday(input.on) ? input.on : addWorkdays(CHINESE_WORKDAYS, input.on, 1);
      const dueOn = step.workdays <= 1 ? first : addWorkdays(CHINESE_WORKDAYS, first, step.workdays - 1);
      const saved = { ...step, startedOn: input.on, dueOn, agent: input.agent ?? step.agent, owner: input.owner ?? step.owner };
      await tx.run(SAVE_STEP, { projectId: p.id, ...saved });
      return {
        result: toStep(saved),
        audit: { before: { [`step:${step.code}`]: 'PENDING' }, after: { [`step:${step.code}`]: `IN_PROGRESS ${input.on} due ${dueOn}` } },
      };
    });
  }

  completeApprovalStep(input: CompleteApprovalStepInput): Promise<ProjectApprovalStep> {
    return this.onProject('completeApprovalStep', input, async (tx, p) => {
      const { step } = await this.step(tx, p.id, input.code);
      if (!step.startedOn) throw bad('input.code', `${step.code} has not started`, `「${step.name}」尚未启动`);
      if (step.doneOn) throw bad('input.code', `${step.code} was done on ${step.doneOn}`, `「${step.name}」已于 ${step.doneOn} 办结`);
      const problems = recordedDateProblems(input.on, 'input.on', step.startedOn);
      if (problems.length > 0) throw new BadInputError(problems);
      const saved = { ...step, doneOn: input.on };
      await tx.run(SAVE_STEP, { projectId: p.id, ...saved });
      return {
        result: toStep(saved),
        audit: { before: { [`step:${step.code}`]: `IN_PROGRESS due ${step.dueOn}` }, after: { [`step:${step.code}`]: `DONE ${input.on}` } },
      };
    });
  }

  requestService(input: RequestServiceInput): Promise<ServiceRequest> {
    return this.onProject('requestService', input, async (tx, p) => {
      const problems = recordedDateProblems(input.on, 'input.on');
      if (input.dueOn < input.on)
        problems.push({ path: 'input.dueOn', message: 'must not be before `on`', messageZh: '办结时限不能早于提出日期' });
      if (problems.length > 0) throw new BadInputError(problems);
      const id = `SR-${crypto.randomUUID()}`;
      const office = input.office ?? SERVICE_KIND_OFFICE[input.kind];
      await tx.run(ADD_SERVICE, {
        projectId: p.id,
        id,
        kind: input.kind,
        description: input.description,
        office,
        owner: input.owner ?? null,
        on: input.on,
        dueOn: input.dueOn,
        by: this.writes.actor,
      });
      const [row] = await tx.run(SERVICE_BY_ID, { id });
      return {
        result: toService(row.request),
        audit: { before: {}, after: { [`service:${id}`]: `OPEN ${input.kind} due ${input.dueOn}` } },
      };
    });
  }

  resolveService(input: ResolveServiceInput): Promise<ServiceRequest> {
    return this.writes.run('resolveService', input, async (tx) => {
      const [found] = await tx.run(SERVICE_BY_ID, { id: input.serviceId });
      if (!found)
        throw new NotFoundError('ServiceRequest', input.serviceId, [
          { path: 'input.serviceId', message: 'no such request', messageZh: '没有该服务诉求' },
        ]);
      // Lock the project first, then read the request again: two resolutions at once never both pass.
      const [p] = await tx.run(PROJECT_FOR_WRITE, { id: found.request.projectId });
      const r = (await tx.run(SERVICE_BY_ID, { id: input.serviceId }))[0].request;
      if (r.status !== ServiceStatus.OPEN) throw bad('input.serviceId', `resolved on ${r.resolvedOn}`, `该诉求已于 ${r.resolvedOn} 办结`);
      const problems = recordedDateProblems(input.on, 'input.on', r.openedOn);
      if (problems.length > 0) throw new BadInputError(problems);
      await tx.run(RESOLVE_SERVICE, { id: r.id, on: input.on, resolution: input.resolution, by: this.writes.actor });
      await tx.run(TOUCH_PROJECT, { id: p.id, version: p.version + 1, leadOffice: null, approvalTemplate: null });
      const [row] = await tx.run(SERVICE_BY_ID, { id: r.id });
      return {
        result: toService(row.request),
        changes: [
          { label: 'Project', key: p.id, before: { [`service:${r.id}`]: 'OPEN' }, after: { [`service:${r.id}`]: `RESOLVED ${input.on}` } },
        ],
      };
    });
  }

  handOffProject(input: HandOffProjectInput): Promise<Handoff> {
    return this.onProject('handOffProject', input, async (tx, p) => {
      const offices = this.settings.config.landing.offices;
      const from = (p.leadOffice ?? offices.leads[p.stage as ProjectStage]) as Office;
      if (from === input.office)
        throw bad('input.office', `${input.office} already leads the project`, `该项目已由${OFFICE_ZH[input.office]}牵头`);
      if (p.stage === ProjectStage.WITHDRAWN) throw bad('input.projectId', 'the project is withdrawn', '项目已退库，无需移交');
      const dueOn = input.dueOn ?? addDays(input.on, offices.handoffDays[input.office]);
      const problems = recordedDateProblems(input.on, 'input.on');
      if (dueOn < input.on)
        problems.push({ path: 'input.dueOn', message: 'must not be before `on`', messageZh: '办理时限不能早于移交日期' });
      if (problems.length > 0) throw new BadInputError(problems);
      const id = `HO-${crypto.randomUUID()}`;
      await tx.run(ADD_HANDOFF, {
        projectId: p.id,
        id,
        fromOffice: from,
        toOffice: input.office,
        on: input.on,
        dueOn,
        note: input.note ?? null,
        by: this.writes.actor,
      });
      const row = (await tx.run(HANDOFFS_OF, { keys: [p.id] })).find((h) => h.item.id === id)!;
      return {
        result: toHandoff(row.item),
        leadOffice: input.office,
        audit: { before: { leadOffice: from }, after: { leadOffice: input.office } },
      };
    });
  }

  updateAgreement(input: UpdateAgreementInput): Promise<Agreement> {
    return this.onProject('updateAgreement', input, async (tx, p) => {
      const [before] = await tx.run(AGREEMENT_OF, { id: p.id });
      const next = { ...before };
      for (const k of Object.keys(before) as Array<keyof AgreementRow>) {
        const v = input[k];
        if (v !== undefined) (next as Record<string, unknown>)[k] = v;
      }
      const problems = [];
      if (next.agreedStartOn && next.agreedProduceOn && next.agreedProduceOn < next.agreedStartOn)
        problems.push({
          path: 'input.agreedProduceOn',
          message: 'production agreed before the start of construction',
          messageZh: '约定投产日不能早于约定开工日',
        });
      if (next.promisedInvestmentYi !== null && !next.promisedInvestmentByOn)
        problems.push({
          path: 'input.promisedInvestmentByOn',
          message: 'a promised investment has its date',
          messageZh: '承诺投资须有到位期限',
        });
      if (problems.length > 0) throw new BadInputError(problems);
      const [after] = await tx.run(SAVE_AGREEMENT, { id: p.id, ...next });
      return { result: after, audit: { before: { ...before }, after: { ...after } } };
    });
  }

  recordAnnualReport(input: RecordAnnualReportInput): Promise<AnnualReport> {
    return this.onProject('recordAnnualReport', input, async (tx, p) => {
      if (input.year > Number(today().slice(0, 4)))
        throw bad('input.year', 'a year not yet begun cannot be reported', '不能报送尚未开始年度的数据');
      const [before] = await tx.run(REPORT_OF, { projectId: p.id, year: input.year });
      const figures = { investedYi: input.investedYi, outputYi: input.outputYi, taxWan: input.taxWan, employees: input.employees ?? null };
      await tx.run(SAVE_REPORT, { projectId: p.id, year: input.year, ...figures, by: this.writes.actor });
      const key = `report:${input.year}`;
      return {
        result: { projectId: p.id, year: input.year, ...figures },
        audit: {
          before: before ? { [key]: JSON.stringify(before) } : {},
          after: { [key]: JSON.stringify({ year: input.year, ...figures }) },
        },
      };
    });
  }

  /** Lock the project, check its version, do the work, move the version, audit. */
  private onProject<T>(
    operation: string,
    input: { projectId: string; expectedVersion: number; requestId?: string },
    work: (
      tx: GatewayTx,
      p: ProjectForWrite,
    ) => Promise<{
      result: T;
      audit: { before: Record<string, unknown>; after: Record<string, unknown> };
      leadOffice?: string;
      approvalTemplate?: string;
    }>,
  ): Promise<T> {
    return this.writes.run(operation, input, async (tx) => {
      const [p] = await tx.run(PROJECT_FOR_WRITE, { id: input.projectId });
      if (!p)
        throw new NotFoundError('Project', input.projectId, [
          { path: 'input.projectId', message: 'no such project', messageZh: '没有该项目' },
        ]);
      if (p.version !== input.expectedVersion) throw new ConflictVersionError('Project', p.id, input.expectedVersion, p.version);
      const done = await work(tx, p);
      await tx.run(TOUCH_PROJECT, {
        id: p.id,
        version: p.version + 1,
        leadOffice: done.leadOffice ?? null,
        approvalTemplate: done.approvalTemplate ?? null,
      });
      return { result: done.result, changes: [{ label: 'Project', key: p.id, ...done.audit }] };
    });
  }

  private async step(tx: GatewayTx, projectId: string, code: string): Promise<{ step: StepRow; all: StepRow[] }> {
    const all = (await tx.run(STEPS_OF, { keys: [projectId] })).map((r) => r.item);
    const step = all.find((s) => s.code === code);
    if (!step) {
      const hint = all.length === 0 ? '项目尚无审批环节，请先用 planProjectApprovals 生成' : `可选：${all.map((s) => s.code).join('、')}`;
      throw bad('input.code', `the project has no step ${code}`, `该项目没有审批环节 ${code}（${hint}）`);
    }
    return { step, all };
  }
}

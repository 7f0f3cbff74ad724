import { AnalysisSettings } from '../../analysis-settings';
import { Neo4jGateway } from '../../db/gateway';
import { NotFoundError } from '../../errors';
import { STEPS_OF, TEMPLATE_OF } from './landing.queries';
import { APPROVAL_TEMPLATES, ApprovalTemplate } from '../../domain/approval-templates';
import { today } from '../../domain/calendar';
import { CHINESE_WORKDAYS } from '../../domain/workdays';
import { Office } from '../../domain/offices';
import { BadInputError, FieldProblem } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { ApprovalStep, planApprovals } from '../../domain/approvals.model';
import type { SimulateApprovalsInput } from './landing.input';
import { ApprovalPlan, ApprovalStepState } from './landing.type';

/** The landing half (落地服务): desk rehearsals of approvals; nothing is written. */
@Injectable()
export class LandingService {
  constructor(
    private readonly settings: AnalysisSettings,
    private readonly gw: Neo4jGateway,
  ) {}

  /** 模拟审批 of a recorded project (its own steps, dates and time limits), or of a template. */
  async simulateApprovals(input: SimulateApprovalsInput): Promise<ApprovalPlan> {
    if (!input.projectId) return this.simulate(input, null);
    const rows = await this.gw.read(STEPS_OF, { keys: [input.projectId] });
    if (rows.length === 0)
      throw new NotFoundError('approval steps of project', input.projectId, [
        {
          path: 'input.projectId',
          message: 'the project has no approval steps (planProjectApprovals gives it some)',
          messageZh: '该项目尚无审批环节，请先生成',
        },
      ]);
    const [t] = await this.gw.read(TEMPLATE_OF, { id: input.projectId });
    const template = (t?.template as ApprovalTemplate | null) ?? input.template;
    return this.simulate(
      { ...input, template },
      rows.map((r) => r.item),
    );
  }

  /** 模拟审批: the template's steps with the county's time limits, what is already done, planned in working days. */
  private simulate(
    input: SimulateApprovalsInput,
    recorded: Array<{
      code: string;
      name: string;
      office: string;
      workdays: number;
      after: string[];
      startedOn: string | null;
      doneOn: string | null;
    }> | null,
  ): ApprovalPlan {
    const on = input.on ?? today();
    const limits = recorded
      ? Object.fromEntries(recorded.map((s) => [s.code, s.workdays]))
      : this.settings.config.approvals[input.template];
    const template = recorded
      ? recorded.map((s) => ({ code: s.code, name: s.name, office: s.office as Office, after: s.after }))
      : APPROVAL_TEMPLATES[input.template];
    const codes = new Set(template.map((s) => s.code));
    const problems: FieldProblem[] = [];
    const unknown = (path: string, code: string): void => {
      if (!codes.has(code))
        problems.push({
          path,
          message: `no step ${code} in ${input.template}`,
          messageZh: `审批模板中没有环节 ${code}（可选：${[...codes].join('、')}）`,
        });
    };
    input.workdays.forEach((w, i) => unknown(`input.workdays.${i}.code`, w.code));
    input.progress.forEach((p, i) => {
      unknown(`input.progress.${i}.code`, p.code);
      const at = `input.progress.${i}`;
      if (!p.startedOn && !p.doneOn)
        problems.push({ path: at, message: 'give startedOn, doneOn or both', messageZh: '请填写启动日期或办结日期' });
      for (const [field, day] of [
        ['startedOn', p.startedOn],
        ['doneOn', p.doneOn],
      ] as const)
        if (day && day > on)
          problems.push({ path: `${at}.${field}`, message: `must not be after ${on}`, messageZh: `日期不能晚于推演日 ${on}` });
      if (p.startedOn && p.doneOn && p.doneOn < p.startedOn)
        problems.push({ path: `${at}.doneOn`, message: 'must not be before startedOn', messageZh: '办结日期不能早于启动日期' });
    });
    if (problems.length > 0) throw new BadInputError(problems);

    const workdays = new Map(input.workdays.map((w) => [w.code, w.workdays]));
    const progress = new Map<string, { startedOn?: string | null; doneOn?: string | null }>(
      (recorded ?? [])
        .filter((s) => s.startedOn && s.startedOn <= on)
        .map((s) => [s.code, { startedOn: s.startedOn, doneOn: s.doneOn && s.doneOn <= on ? s.doneOn : null }]),
    );
    for (const p of input.progress) progress.set(p.code, p);
    const steps: ApprovalStep[] = template.map((s) => ({
      ...s,
      workdays: workdays.get(s.code) ?? limits[s.code] ?? 0,
      startedOn: progress.get(s.code)?.startedOn ?? null,
      doneOn: progress.get(s.code)?.doneOn ?? null,
    }));
    const plan = planApprovals(steps, on, CHINESE_WORKDAYS);
    const byCode = new Map(steps.map((s) => [s.code, s]));
    const notes = [`按中国法定工作日计算（含调休），节假日安排已知至 ${CHINESE_WORKDAYS.knownThrough} 年`];
    if (plan.expectedStartOn.slice(0, 4) > String(CHINESE_WORKDAYS.knownThrough))
      notes.push(`${CHINESE_WORKDAYS.knownThrough + 1} 年起只扣除周末，法定节假日公布后结果会推后`);
    if (recorded) notes.push(`按项目 ${input.projectId} 已登记的审批环节、时限和办理进度推演`);
    else if (input.workdays.length === 0) notes.push('各环节时限为配置中的默认值（示例），请按本地承诺时限设置 analysis.approvals');
    return {
      template: input.template,
      on,
      steps: plan.steps.map((p) => {
        const s = byCode.get(p.code)!;
        return { ...p, state: p.state as ApprovalStepState, name: s.name, office: s.office, workdays: s.workdays, after: s.after };
      }),
      criticalPath: plan.criticalPath,
      expectedStartOn: plan.expectedStartOn,
      workdaysLeft: plan.workdaysLeft,
      calendarKnownThrough: CHINESE_WORKDAYS.knownThrough,
      notes,
    };
  }
}

import { PROJECT_STAGE_ZH, ProjectStage, STAGE_DATE_FIELD, STAGE_PROGRESSION } from '../../domain/project-stage';
import type { AnnualTask, PipelineSettings } from '../../domain/analysis-config';
import { addDays, daysBetween } from '../../domain/calendar';

/** A project as the statistics see it: its amount, stage and the day it entered each stage. */
export interface PipelineProject {
  id: string;
  name: string;
  amountYi: number;
  stage: string;
  teamId: string | null;
  /** The town of its park (镇街), for the towns' 比拼晾晒. */
  townCode: string | null;
  investorUscc: string | null;
  investorName: string | null;
  plannedOn: string | null;
  negotiatingOn: string | null;
  signedOn: string | null;
  contractedOn: string | null;
  performingOn: string | null;
  startedOn: string | null;
  producingOn: string | null;
  defaultedOn: string | null;
  withdrawnOn: string | null;
  openDefaults: number;
  resolvedDefaults: number;
}

export interface CountAndAmount {
  count: number;
  amountYi: number;
}
export interface StageCount extends CountAndAmount {
  stage: ProjectStage;
  label: string;
}
export interface Rate {
  name: 'PERFORMANCE' | 'START';
  label: string;
  definition: string;
  /** Projects on a formal contract by the day before the period: the cohort both figures are shares of. */
  cohort: number;
  /** Percent of the cohort at the day before the period, and at its last day; null without a cohort. */
  before: number | null;
  after: number | null;
  /** after − before, in percentage points (from the unrounded shares). */
  changePoints: number | null;
}
export interface AtRisk {
  id: string;
  name: string;
  stage: ProjectStage;
  stageLabel: string;
  investorUscc: string | null;
  investorName: string | null;
  since: string;
  days: number;
  reason: string;
}
export interface PipelineFigures {
  byStage: StageCount[];
  entered: StageCount[];
  rates: Rate[];
  atRisk: AtRisk[];
  defaults: { open: number; resolved: number };
  task: TaskLine[];
  /** Whose task the figures are measured against (全市年度任务, 本产业链任务…), or that none is set. */
  taskBasis: string;
  byTeam: Array<{ teamId: string } & PeriodLine>;
  byTown: Array<{ townCode: string } & PeriodLine>;
}
export interface TaskLine {
  name: string;
  label: string;
  /** null when no task is set for what the statistics cover. */
  target: number | null;
  done: number;
  share: number | null;
}
export interface PeriodLine {
  signed: CountAndAmount;
  performing: CountAndAmount;
  started: CountAndAmount;
}

/** What the statistics cover, for choosing the task they are measured against. */
export interface TaskScope {
  industryCode?: string | null;
  teamId?: string | null;
  parkId?: string | null;
  campaign100Days?: boolean | null;
}

/**
 * The task a selection is measured against: the city's for the whole pipeline, a chain's, team's or
 * park's own (or the 百日攻坚's) when exactly that is selected and a task is set for it; otherwise none —
 * a chain's signings are never shown as a share of the city's task.
 */
export function taskFor(scope: TaskScope, s: PipelineSettings): { task: AnnualTask | null; basis: string } {
  const picked = [
    scope.industryCode ? (['industry', scope.industryCode] as const) : null,
    scope.teamId ? (['team', scope.teamId] as const) : null,
    scope.parkId ? (['park', scope.parkId] as const) : null,
    scope.campaign100Days === true ? (['campaign', ''] as const) : null,
  ].filter((x) => x !== null);
  if (scope.campaign100Days === false) return { task: null, basis: '未设定任务（已排除百日攻坚项目）' };
  if (picked.length === 0) return { task: s.annualTask, basis: '全市年度任务' };
  if (picked.length > 1) return { task: null, basis: '未设定任务（多个筛选条件组合）' };
  const [kind, key] = picked[0];
  const own: Record<string, [AnnualTask | undefined, string]> = {
    industry: [s.taskByIndustry[key], `产业链 ${key}`],
    team: [s.taskByTeam[key], `队伍 ${key}`],
    park: [s.taskByPark[key], `园区 ${key}`],
    campaign: [Object.keys(s.campaignTask).length ? (s.campaignTask as AnnualTask) : undefined, '百日攻坚'],
  };
  const [task, name] = own[kind];
  const whose = `${name}${/[A-Za-z0-9]$/.test(name) ? ' ' : ''}的任务`;
  return task ? { task, basis: whose } : { task: null, basis: `未设定${whose}` };
}

const r1 = (x: number): number => Math.round(x * 10) / 10;
const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const dateOf = (p: PipelineProject, stage: ProjectStage): string | null =>
  p[STAGE_DATE_FIELD[stage] as keyof PipelineProject] as string | null;
const within = (d: string | null, from: string, to: string): boolean => d !== null && d >= from && d <= to;
const tally = (ps: PipelineProject[]): CountAndAmount => ({ count: ps.length, amountYi: r1(ps.reduce((s, p) => s + p.amountYi, 0)) });
const dayBefore = (iso: string): string => addDays(iso, -1);

/** Share (percent, unrounded) of the cohort that had entered `stage` by `day`. */
function shareAt(cohort: PipelineProject[], stage: ProjectStage, day: string): number | null {
  if (cohort.length === 0) return null;
  const reached = cohort.filter((p) => {
    const d = dateOf(p, stage);
    return d !== null && d <= day;
  });
  return (100 * reached.length) / cohort.length;
}

/**
 * The pipeline over a period [from, to] (inclusive days). Pure: the projects and settings in, the
 * figures out, each defined in docs/api.md (Pipeline statistics).
 */
export function pipelineStats(
  ps: PipelineProject[],
  from: string,
  to: string,
  asOf: string,
  s: PipelineSettings,
  scope: TaskScope = {},
): PipelineFigures {
  const stages = Object.values(ProjectStage);
  const byStage = stages.map((stage) => ({
    stage,
    label: PROJECT_STAGE_ZH[stage],
    ...tally(ps.filter((p) => p.stage === (stage as string))),
  }));
  const entered = stages.map((stage) => ({
    stage,
    label: PROJECT_STAGE_ZH[stage],
    ...tally(ps.filter((p) => within(dateOf(p, stage), from, to))),
  }));
  const before = dayBefore(from);
  // A fixed cohort, the projects under formal contract when the period began: the change then
  // measures how far they moved, not how many new contracts arrived in the denominator.
  const cohort = ps.filter((p) => p.contractedOn !== null && p.contractedOn <= before);
  const rate = (name: Rate['name'], stage: ProjectStage, label: string, definition: string): Rate => {
    const [b, a] = [shareAt(cohort, stage, before), shareAt(cohort, stage, to)];
    return {
      name,
      label,
      definition,
      cohort: cohort.length,
      before: b === null ? null : r1(b),
      after: a === null ? null : r1(a),
      changePoints: a !== null && b !== null ? r1(a - b) : null,
    };
  };
  const rates = [
    rate(
      'PERFORMANCE',
      ProjectStage.PERFORMING,
      '履约率',
      '期初前一日已签正式合同的项目（基数）中，已进入履约阶段的比例：期初按期初前一日计，期末按期末日计。',
    ),
    rate('START', ProjectStage.STARTED, '开工率', '同一基数中已开工的比例：期初按期初前一日计，期末按期末日计。'),
  ];
  // At risk: still in a stage past its allowance, counted to asOf (the period's end, or today).
  const atRisk: AtRisk[] = [];
  for (const p of ps) {
    const stage = p.stage as keyof PipelineSettings['overdueDays'];
    if (!(stage in s.overdueDays)) continue;
    const since = dateOf(p, p.stage as ProjectStage);
    if (!since) continue;
    const days = daysBetween(since, asOf);
    const next = STAGE_PROGRESSION[STAGE_PROGRESSION.indexOf(p.stage as ProjectStage) + 1];
    if (days > s.overdueDays[stage]) {
      atRisk.push({
        id: p.id,
        name: p.name,
        stage: p.stage as ProjectStage,
        stageLabel: PROJECT_STAGE_ZH[p.stage as ProjectStage],
        investorUscc: p.investorUscc,
        investorName: p.investorName,
        since,
        days,
        reason: `${PROJECT_STAGE_ZH[p.stage as ProjectStage]}已${days}天未进入${PROJECT_STAGE_ZH[next]}（上限${s.overdueDays[stage]}天）`,
      });
    }
  }
  atRisk.sort((a, b) => b.days - a.days || a.id.localeCompare(b.id));
  const signedInPeriod = ps.filter((p) => within(p.signedOn, from, to));
  const { task: t, basis: taskBasis } = taskFor(scope, s);
  const line = (name: keyof AnnualTask, label: string, done: number): TaskLine => {
    const target = t ? t[name] : null;
    return { name, label, target, done, share: target === null ? null : target > 0 ? r4(done / target) : 0 };
  };
  const task = [
    line('signedProjects', '签约项目数', signedInPeriod.length),
    line('signedAmountYi', '签约总投资（亿元）', r1(signedInPeriod.reduce((x, p) => x + p.amountYi, 0))),
    line('projectsOver1Yi', '亿元以上项目数', signedInPeriod.filter((p) => p.amountYi >= 1).length),
    line('projectsOver20Yi', '20亿元以上项目数', signedInPeriod.filter((p) => p.amountYi >= 20).length),
  ];
  const period = (mine: PipelineProject[]): PeriodLine => ({
    signed: tally(mine.filter((p) => within(p.signedOn, from, to))),
    performing: tally(mine.filter((p) => within(p.performingOn, from, to))),
    started: tally(mine.filter((p) => within(p.startedOn, from, to))),
  });
  const keys = (f: (p: PipelineProject) => string | null): string[] =>
    [...new Set(ps.map(f).filter((x): x is string => x !== null))].sort();
  const byTeam = keys((p) => p.teamId).map((teamId) => ({ teamId, ...period(ps.filter((p) => p.teamId === teamId)) }));
  const byTown = keys((p) => p.townCode).map((townCode) => ({ townCode, ...period(ps.filter((p) => p.townCode === townCode)) }));
  return {
    byStage,
    entered,
    rates,
    atRisk,
    defaults: { open: ps.reduce((x, p) => x + p.openDefaults, 0), resolved: ps.reduce((x, p) => x + p.resolvedDefaults, 0) },
    task,
    taskBasis,
    byTeam,
    byTown,
  };
}

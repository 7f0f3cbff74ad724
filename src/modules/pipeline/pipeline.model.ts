import { PROJECT_STAGE_ZH, ProjectStage, STAGE_DATE_FIELD, STAGE_PROGRESSION } from '../../domain/project-stage';
import type { PipelineSettings } from '../../domain/analysis-config';
import { addDays, daysBetween } from '../../domain/calendar';

/** A project as the statistics see it: its amount, stage and the day it entered each stage. */
export interface PipelineProject {
  id: string;
  name: string;
  amountYi: number;
  stage: string;
  teamId: string | null;
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
  task: Array<{ name: string; label: string; target: number; done: number; share: number }>;
  byTeam: Array<{ teamId: string; signed: CountAndAmount; performing: CountAndAmount; started: CountAndAmount }>;
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
export function pipelineStats(ps: PipelineProject[], from: string, to: string, asOf: string, s: PipelineSettings): PipelineFigures {
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
        since,
        days,
        reason: `${PROJECT_STAGE_ZH[p.stage as ProjectStage]}已${days}天未进入${PROJECT_STAGE_ZH[next]}（上限${s.overdueDays[stage]}天）`,
      });
    }
  }
  atRisk.sort((a, b) => b.days - a.days || a.id.localeCompare(b.id));
  const signedInPeriod = ps.filter((p) => within(p.signedOn, from, to));
  const t = s.annualTask;
  const task = [
    { name: 'signedProjects', label: '签约项目数', target: t.signedProjects, done: signedInPeriod.length },
    {
      name: 'signedAmountYi',
      label: '签约总投资（亿元）',
      target: t.signedAmountYi,
      done: r1(signedInPeriod.reduce((x, p) => x + p.amountYi, 0)),
    },
    {
      name: 'projectsOver1Yi',
      label: '亿元以上项目数',
      target: t.projectsOver1Yi,
      done: signedInPeriod.filter((p) => p.amountYi >= 1).length,
    },
    {
      name: 'projectsOver20Yi',
      label: '20亿元以上项目数',
      target: t.projectsOver20Yi,
      done: signedInPeriod.filter((p) => p.amountYi >= 20).length,
    },
  ].map((x) => ({ ...x, share: x.target > 0 ? r4(x.done / x.target) : 0 }));
  const teams = [...new Set(ps.map((p) => p.teamId).filter((x): x is string => x !== null))].sort();
  const byTeam = teams.map((teamId) => {
    const mine = ps.filter((p) => p.teamId === teamId);
    return {
      teamId,
      signed: tally(mine.filter((p) => within(p.signedOn, from, to))),
      performing: tally(mine.filter((p) => within(p.performingOn, from, to))),
      started: tally(mine.filter((p) => within(p.startedOn, from, to))),
    };
  });
  return {
    byStage,
    entered,
    rates,
    atRisk,
    defaults: { open: ps.reduce((x, p) => x + p.openDefaults, 0), resolved: ps.reduce((x, p) => x + p.resolvedDefaults, 0) },
    task,
    byTeam,
  };
}

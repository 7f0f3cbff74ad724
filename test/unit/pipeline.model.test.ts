import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAnalysisConfig } from '../../src/analysis-settings';
import { DEFAULT_ANALYSIS_CONFIG } from '../../src/domain/analysis-config';
import { ProjectStage } from '../../src/domain/project-stage';
import { PipelineProject, pipelineStats, taskFor } from '../../src/modules/pipeline/pipeline.model';

const base: PipelineProject = {
  id: '',
  name: '',
  amountYi: 0,
  stage: 'SIGNED',
  teamId: 'T1',
  townCode: null,
  investorUscc: null,
  investorName: null,
  plannedOn: null,
  negotiatingOn: null,
  signedOn: null,
  contractedOn: null,
  performingOn: null,
  startedOn: null,
  producingOn: null,
  defaultedOn: null,
  withdrawnOn: null,
  openDefaults: 0,
  resolvedDefaults: 0,
};
const p = (id: string, amountYi: number, over: Partial<PipelineProject>): PipelineProject => ({ ...base, id, name: id, amountYi, ...over });

/**
 * Four projects, period 2022-08-10 … 2022-11-17 (the 100-day campaign):
 *   A signed 03-01, contracted 03-10, performing 05-01, started 09-01   (contracted before; starts within)
 *   B signed 04-01, contracted 04-15, performing 09-15                   (contracted before; performs within)
 *   C signed 09-01, contracted 09-20                                     (signed and contracted within)
 *   D signed 10-01, 25亿                                                 (signed within, no contract)
 */
const PROJECTS = [
  p('A', 10, {
    stage: 'STARTED',
    signedOn: '2022-03-01',
    contractedOn: '2022-03-10',
    performingOn: '2022-05-01',
    startedOn: '2022-09-01',
    townCode: 'X',
  }),
  p('B', 5, {
    stage: 'PERFORMING',
    signedOn: '2022-04-01',
    contractedOn: '2022-04-15',
    performingOn: '2022-09-15',
    teamId: 'T2',
    townCode: 'X',
  }),
  p('C', 0.5, { stage: 'CONTRACTED', signedOn: '2022-09-01', contractedOn: '2022-09-20', openDefaults: 1, townCode: 'Y' }),
  p('D', 25, { stage: 'SIGNED', signedOn: '2022-10-01', resolvedDefaults: 1, investorUscc: 'U', investorName: '某公司' }),
];
const S = { ...DEFAULT_ANALYSIS_CONFIG.pipeline, overdueDays: { SIGNED: 30, CONTRACTED: 60, PERFORMING: 180, STARTED: 365 } };
const stats = pipelineStats(PROJECTS, '2022-08-10', '2022-11-17', '2022-11-17', S);

describe('pipeline statistics (pure)', () => {
  it('counts projects entering each stage within the period, with their investment', () => {
    const entered = Object.fromEntries(stats.entered.map((e) => [e.stage, [e.count, e.amountYi]]));
    expect(entered).toMatchObject({ SIGNED: [2, 25.5], CONTRACTED: [1, 0.5], PERFORMING: [1, 5], STARTED: [1, 10], PRODUCING: [0, 0] });
    expect(stats.byStage.find((s) => s.stage === ProjectStage.STARTED)).toMatchObject({ count: 1, amountYi: 10 });
  });

  it('works out 履约率 and 开工率 of the cohort contracted before the period, by hand', () => {
    // Cohort: contracted by 08-09 → A, B (C, contracted within, does not enter the denominator).
    // 08-09: performing A → 50%; started none → 0%.  11-17: performing A, B → 100%; started A → 50%.
    expect(stats.rates.map((r) => [r.name, r.cohort, r.before, r.after, r.changePoints])).toEqual([
      ['PERFORMANCE', 2, 50, 100, 50],
      ['START', 2, 0, 50, 50],
    ]);
  });

  it('takes the change from the unrounded shares (1 of 3 → 2 of 3 is +33.3, not 66.7 − 33.3 = 33.4)', () => {
    const three = [
      p('E', 1, { contractedOn: '2022-01-01', performingOn: '2022-02-01' }),
      p('F', 1, { contractedOn: '2022-01-01', performingOn: '2022-09-01' }),
      p('G', 1, { contractedOn: '2022-01-01' }),
    ];
    const r = pipelineStats(three, '2022-08-10', '2022-11-17', '2022-11-17', S).rates[0];
    expect([r.before, r.after, r.changePoints]).toEqual([33.3, 66.7, 33.3]);
  });

  it('flags projects past their stage allowance, longest first', () => {
    // D: signed 10-01, 47 days to 11-17 > 30. C: contracted 09-20, 58 days ≤ 60. B: performing 09-15, 63 ≤ 180.
    expect(stats.atRisk).toEqual([
      {
        id: 'D',
        name: 'D',
        stage: 'SIGNED',
        stageLabel: '签约',
        investorUscc: 'U',
        investorName: '某公司',
        since: '2022-10-01',
        days: 47,
        reason: '签约已47天未进入正式合同（上限30天）',
      },
    ]);
  });

  it('counts defaults, progress against the task and each team’s line', () => {
    expect(stats.defaults).toEqual({ open: 1, resolved: 1 });
    expect(stats.task.map((t) => [t.name, t.done, t.share])).toEqual([
      ['signedProjects', 2, 0.01],
      ['signedAmountYi', 25.5, 0.0196],
      ['projectsOver1Yi', 1, 0.01],
      ['projectsOver20Yi', 1, 0.05],
    ]);
    expect(stats.byTeam).toEqual([
      { teamId: 'T1', signed: { count: 2, amountYi: 25.5 }, performing: { count: 0, amountYi: 0 }, started: { count: 1, amountYi: 10 } },
      { teamId: 'T2', signed: { count: 0, amountYi: 0 }, performing: { count: 1, amountYi: 5 }, started: { count: 0, amountYi: 0 } },
    ]);
  });

  it('lines the towns up as the teams: D has no park, so no town', () => {
    expect(stats.byTown).toEqual([
      { townCode: 'X', signed: { count: 0, amountYi: 0 }, performing: { count: 1, amountYi: 5 }, started: { count: 1, amountYi: 10 } },
      { townCode: 'Y', signed: { count: 1, amountYi: 0.5 }, performing: { count: 0, amountYi: 0 }, started: { count: 0, amountYi: 0 } },
    ]);
  });

  it('measures a selection against its own task, never the city’s', () => {
    const NE = { signedProjects: 4, signedAmountYi: 50, projectsOver1Yi: 2, projectsOver20Yi: 1 };
    const withNE = { ...S, taskByIndustry: { NE } };
    expect(stats.taskBasis).toBe('全市年度任务');
    // A chain with its own task: 2 signed of 4 = 0.5, 25.5 of 50亿 = 0.51.
    const ne = pipelineStats(PROJECTS, '2022-08-10', '2022-11-17', '2022-11-17', withNE, { industryCode: 'NE' });
    expect(ne.taskBasis).toBe('产业链 NE 的任务');
    expect(ne.task.map((t) => [t.target, t.share])).toEqual([
      [4, 0.5],
      [50, 0.51],
      [2, 0.5],
      [1, 1],
    ]);
    // A chain without one: the figures done, no target and no share.
    const ic = pipelineStats(PROJECTS, '2022-08-10', '2022-11-17', '2022-11-17', withNE, { industryCode: 'IC' });
    expect(ic.taskBasis).toBe('未设定产业链 IC 的任务');
    expect(ic.task.map((t) => [t.done, t.target, t.share])).toEqual([
      [2, null, null],
      [25.5, null, null],
      [1, null, null],
      [1, null, null],
    ]);
    expect(taskFor({ industryCode: 'NE', teamId: 'T1' }, withNE).task).toBeNull();
    expect(taskFor({ campaign100Days: true }, { ...S, campaignTask: NE })).toEqual({ task: NE, basis: '百日攻坚的任务' });
    expect(taskFor({ campaign100Days: false }, S).task).toBeNull();
  });
});

describe('analysis.pipeline tasks (the config file)', () => {
  const write = (json: unknown): string => {
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tasks-')), 'a.json');
    fs.writeFileSync(f, JSON.stringify(json));
    return f;
  };
  const NE = { signedProjects: 40, signedAmountYi: 300, projectsOver1Yi: 20, projectsOver20Yi: 4 };

  it('take a chain’s, team’s, park’s and the campaign’s own task', () => {
    const c = loadAnalysisConfig(write({ pipeline: { taskByIndustry: { NE }, campaignTask: NE } })).pipeline;
    expect(c.taskByIndustry.NE).toEqual(NE);
    expect(c.campaignTask).toEqual(NE);
    expect(c.annualTask.signedProjects).toBe(200);
  });

  it('refuse a task missing a figure, with a negative one or an unknown one, naming the setting', () => {
    expect(() => loadAnalysisConfig(write({ pipeline: { taskByIndustry: { NE: { signedProjects: 4 } } } }))).toThrow(
      'analysis.pipeline.taskByIndustry.NE.signedAmountYi must be a non-negative number',
    );
    expect(() => loadAnalysisConfig(write({ pipeline: { taskByTeam: { T1: { ...NE, projectsOver1Yi: -1 } } } }))).toThrow(
      'analysis.pipeline.taskByTeam.T1.projectsOver1Yi must be a non-negative number',
    );
    expect(() => loadAnalysisConfig(write({ pipeline: { campaignTask: { ...NE, landMu: 3 } } }))).toThrow(
      'analysis.pipeline.campaignTask.landMu is not a setting',
    );
  });
});

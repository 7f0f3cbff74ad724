import { Office } from '../../../src/domain/offices';
import { ProjectStage } from '../../../src/domain/project-stage';
import { DEFAULT_WARNING_RULES, ProjectFacts, projectWarning, WarningColour } from '../../../src/domain/warnings.model';

const TODAY = '2026-12-02';
const facts = (more: Partial<ProjectFacts>): ProjectFacts => ({
  stage: ProjectStage.SIGNED,
  tasks: [],
  milestones: [],
  funds: [],
  ...more,
});

describe('三色预警: each rule, counted by hand from 2026-12-02', () => {
  it('signed without a formal contract: amber from 60 days, red from 90', () => {
    expect(projectWarning(facts({ signedOn: '2026-10-05' }), TODAY)).toEqual({ colour: 'GREEN', reasons: [], office: null, since: null });
    const amber = projectWarning(facts({ signedOn: '2026-10-01' }), TODAY);
    expect(amber).toMatchObject({ colour: 'AMBER', office: 'INVESTMENT', since: '2026-10-01' });
    expect(amber.reasons).toEqual([
      {
        rule: 'NO_CONTRACT',
        colour: 'AMBER',
        office: 'INVESTMENT',
        since: '2026-10-01',
        days: 62,
        text: '签约 62 天仍未签订正式合同，请招商办推进',
      },
    ]);
    expect(projectWarning(facts({ signedOn: '2026-09-01' }), TODAY).reasons[0]).toMatchObject({ colour: 'RED', days: 92 });
  });

  it('contracted and not started after the agreed date: the idle-land risk', () => {
    const late = projectWarning(facts({ stage: ProjectStage.CONTRACTED, agreedStartOn: '2026-11-30' }), TODAY);
    expect(late.reasons).toEqual([expect.objectContaining({ rule: 'LATE_START', colour: 'AMBER', days: 2, office: 'KEY_PROJECTS' })]);
    expect(late.reasons[0].text).toBe('超过约定开工日 2 天仍未开工，土地有闲置风险，请重点办推进');
    expect(projectWarning(facts({ stage: ProjectStage.CONTRACTED, agreedStartOn: '2026-12-05' }), TODAY).colour).toBe('GREEN');
    expect(projectWarning(facts({ stage: ProjectStage.STARTED, agreedStartOn: '2026-01-01' }), TODAY).colour).toBe('GREEN');
  });

  it('overdue tasks name their own office; the worst colour wins and comes first', () => {
    const w = projectWarning(
      facts({
        stage: ProjectStage.PERFORMING,
        tasks: [
          { name: '环评', office: Office.PREPARATION, dueOn: '2026-11-01', done: false },
          { name: '通电', office: Office.KEY_PROJECTS, dueOn: '2026-10-01', done: true },
        ],
        milestones: [{ name: '固定资产投资到位 50%', dueOn: '2026-11-20', met: false }],
      }),
      TODAY,
    );
    expect(w).toMatchObject({ colour: 'RED', office: 'PREPARATION', since: '2026-11-01' });
    expect(w.reasons.map((r) => [r.rule, r.colour, r.days, r.text])).toEqual([
      ['OVERDUE_TASK', 'RED', 31, '环评已逾期 31 天，请前期办推进'],
      ['MISSED_MILESTONE', 'AMBER', 12, '履约节点「固定资产投资到位 50%」已逾期 12 天，请招商办推进'],
    ]);
  });

  it('fund committed and not invested, a project in default, and withdrawn projects', () => {
    const fund = projectWarning(
      facts({ stage: ProjectStage.STARTED, funds: [{ fund: '产业引导基金', committedOn: '2026-06-01', committedYi: 2, investedYi: 1.5 }] }),
      TODAY,
    );
    expect(fund.reasons[0]).toMatchObject({ rule: 'IDLE_FUND', colour: 'RED', days: 184, office: 'STATE_ASSETS' });
    expect(fund.reasons[0].text).toBe('产业引导基金承诺出资后 184 天仍有 0.5 亿元未到位，请国资办推进');
    expect(projectWarning(facts({ stage: ProjectStage.DEFAULTED, defaultedOn: '2026-12-02' }), TODAY).reasons[0]).toMatchObject({
      rule: 'IN_DEFAULT',
      colour: 'RED',
      days: 0,
    });
    const withdrawn = facts({
      stage: ProjectStage.WITHDRAWN,
      tasks: [{ name: '环评', office: Office.PREPARATION, dueOn: '2026-01-01', done: false }],
    });
    expect(projectWarning(withdrawn, TODAY).colour).toBe(WarningColour.GREEN);
  });

  it('takes its thresholds from the rules it is given', () => {
    const strict = { ...DEFAULT_WARNING_RULES, noContract: { amber: 30, red: 45, office: Office.INVESTMENT } };
    expect(projectWarning(facts({ signedOn: '2026-11-01' }), TODAY, strict).colour).toBe('AMBER');
    expect(projectWarning(facts({ signedOn: '2026-11-01' }), TODAY).colour).toBe('GREEN');
  });
});

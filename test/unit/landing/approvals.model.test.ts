import { Office } from '../../../src/domain/offices';
import { addWorkdays, CHINESE_WORKDAYS, WorkCalendar, workdaysBetween } from '../../../src/domain/workdays';
import { ApprovalStep, orderSteps, planApprovals } from '../../../src/domain/approvals.model';

/** Monday to Friday, no holidays: the hand-worked plans below count on it. */
const WEEKDAYS: WorkCalendar = { isWorkday: (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()), knownThrough: 9999 };

const step = (code: string, workdays: number, after: string[] = [], more: Partial<ApprovalStep> = {}): ApprovalStep => ({
  code,
  name: code,
  office: Office.PREPARATION,
  workdays,
  after,
  ...more,
});

describe('Chinese working days (the official 2026 schedule)', () => {
  it('skips the National Day week and counts its make-up Saturday', () => {
    // 2026-10-01…07 are off; Sunday 09-20 and Saturday 10-10 are make-up working days.
    expect(addWorkdays(CHINESE_WORKDAYS, '2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkdays(CHINESE_WORKDAYS, '2026-09-19', 1)).toBe('2026-09-20');
    expect(workdaysBetween(CHINESE_WORKDAYS, '2026-09-30', '2026-10-10')).toBe(3);
    expect(addWorkdays(CHINESE_WORKDAYS, '2026-10-10', -3)).toBe('2026-09-30');
    expect(CHINESE_WORKDAYS.knownThrough).toBeGreaterThanOrEqual(2026);
  });
});

describe('模拟审批: steps, parallel branches, critical path and the expected 开工 date', () => {
  // A 立项 (3) → B 用地预审 (5) and C 环评 (2) in parallel → D 施工许可 (1), from Monday 2026-03-02.
  const steps = [step('A', 3), step('B', 5, ['A']), step('C', 2, ['A']), step('D', 1, ['B', 'C'])];

  it('plans a fresh project by hand-counted working days', () => {
    const plan = planApprovals(steps, '2026-03-02', WEEKDAYS);
    const byCode = Object.fromEntries(plan.steps.map((s) => [s.code, s]));
    expect(byCode.A).toMatchObject({ state: 'PENDING', start: '2026-03-02', finish: '2026-03-04', slackWorkdays: 0, critical: true });
    expect(byCode.B).toMatchObject({ start: '2026-03-05', finish: '2026-03-11', slackWorkdays: 0, critical: true });
    expect(byCode.C).toMatchObject({ start: '2026-03-05', finish: '2026-03-06', slackWorkdays: 3, critical: false });
    expect(byCode.D).toMatchObject({ start: '2026-03-12', finish: '2026-03-12', slackWorkdays: 0, critical: true });
    expect(plan.criticalPath).toEqual(['A', 'B', 'D']);
    expect(plan.expectedStartOn).toBe('2026-03-13');
    expect(plan.workdaysLeft).toBe(9);
  });

  it('keeps done dates, runs an overdue step to today, and moves the critical path when a parallel step sets the pace', () => {
    const later = [
      step('A', 3, [], { startedOn: '2026-03-02', doneOn: '2026-03-04' }),
      step('B', 3, ['A'], { startedOn: '2026-03-02' }),
      step('C', 2, ['A']),
      step('D', 1, ['B', 'C']),
    ];
    const plan = planApprovals(later, '2026-03-10', WEEKDAYS);
    const byCode = Object.fromEntries(plan.steps.map((s) => [s.code, s]));
    expect(byCode.A).toMatchObject({ state: 'DONE', finish: '2026-03-04' });
    expect(byCode.B).toMatchObject({ state: 'IN_PROGRESS', overdue: true, finish: '2026-03-10', slackWorkdays: 1 });
    expect(byCode.C).toMatchObject({ state: 'PENDING', start: '2026-03-10', finish: '2026-03-11' });
    expect(plan.criticalPath).toEqual(['A', 'C', 'D']);
    expect(plan.expectedStartOn).toBe('2026-03-13');
  });

  it('refuses steps that wait for an unknown step or for each other', () => {
    expect(() => orderSteps([step('A', 1, ['Z'])])).toThrow(/unknown step Z/);
    expect(() => orderSteps([step('A', 1, ['B']), step('B', 1, ['A'])])).toThrow(/circle: A → B → A/);
  });
});

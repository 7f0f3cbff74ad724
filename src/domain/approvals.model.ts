import type { Office } from './offices';
import { addWorkdays, onOrAfterWorkday, WorkCalendar, workdaysBetween } from './workdays';

/** One approval step of a project (立项/备案, 用地预审与选址, 规划许可, 环评, 能评, 施工许可 …). */
export interface ApprovalStep {
  code: string;
  name: string;
  office: Office;
  /** Estimated working days the step takes (its 承诺时限). */
  workdays: number;
  /** Steps that must be done before this one starts; the others run in parallel. */
  after: string[];
  startedOn?: string | null;
  doneOn?: string | null;
}

export type StepState = 'DONE' | 'IN_PROGRESS' | 'PENDING';

export interface PlannedStep {
  code: string;
  state: StepState;
  /** The day it started or is expected to start (a working day). */
  start: string;
  /** The day it finished or is expected to finish. */
  finish: string;
  /** In progress past its estimate: expected to finish today at the earliest. */
  overdue: boolean;
  /** On the critical path: any delay moves the expected 开工 date. */
  critical: boolean;
  /** Working days it may slip without moving 开工. */
  slackWorkdays: number;
}

export interface ApprovalPlan {
  steps: PlannedStep[];
  /** Codes from the first step to the last on the longest chain. */
  criticalPath: string[];
  /** The first working day after every step is done (预计开工). */
  expectedStartOn: string;
  /** Working days from today to that day. */
  workdaysLeft: number;
}

/** Steps in an order where each comes after the steps it waits for; an unknown or circular reference is an error. */
export function orderSteps(steps: ApprovalStep[]): ApprovalStep[] {
  const byCode = new Map(steps.map((s) => [s.code, s]));
  const out: ApprovalStep[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (s: ApprovalStep, trail: string[]): void => {
    if (state.get(s.code) === 'done') return;
    if (state.get(s.code) === 'visiting')
      throw new Error(`approval steps wait for each other in a circle: ${[...trail, s.code].join(' → ')}`);
    state.set(s.code, 'visiting');
    for (const dep of s.after) {
      const d = byCode.get(dep);
      if (!d) throw new Error(`approval step ${s.code} waits for an unknown step ${dep}`);
      visit(d, [...trail, s.code]);
    }
    state.set(s.code, 'done');
    out.push(s);
  };
  for (const s of steps) visit(s, []);
  return out;
}

const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string, b: string): string => (a < b ? a : b);

/**
 * 模拟审批 (a desk rehearsal of the approvals): when each step starts and finishes, counted in
 * working days. A done step keeps its dates; a step under way finishes on the last of its
 * `workdays` (counting its start day), or today at the earliest when it has run over; a pending step
 * starts on the first working day after everything it waits for is done, and not before today.
 * 开工 is expected the working day after the last step. The critical path is the chain that sets
 * that day: from the last step back through the predecessor that finished last. Slack is how many
 * working days a step may slip before it delays something that waits for it (or 开工).
 */
export function planApprovals(steps: ApprovalStep[], today: string, calendar: WorkCalendar): ApprovalPlan {
  const ordered = orderSteps(steps);
  const firstDay = onOrAfterWorkday(calendar, today);
  const plan = new Map<string, PlannedStep>();
  const span = (start: string, workdays: number): string => addWorkdays(calendar, start, Math.max(0, workdays - 1));
  for (const s of ordered) {
    const ready = s.after.map((d) => plan.get(d)!.finish).reduce(later, '');
    let step: PlannedStep;
    if (s.doneOn) {
      step = {
        code: s.code,
        state: 'DONE',
        start: s.startedOn ?? s.doneOn,
        finish: s.doneOn,
        overdue: false,
        critical: false,
        slackWorkdays: 0,
      };
    } else if (s.startedOn) {
      const due = span(s.startedOn, s.workdays);
      const overdue = due < today;
      step = {
        code: s.code,
        state: 'IN_PROGRESS',
        start: s.startedOn,
        finish: overdue ? firstDay : due,
        overdue,
        critical: false,
        slackWorkdays: 0,
      };
    } else {
      const start = later(ready ? addWorkdays(calendar, ready, 1) : firstDay, firstDay);
      step = { code: s.code, state: 'PENDING', start, finish: span(start, s.workdays), overdue: false, critical: false, slackWorkdays: 0 };
    }
    plan.set(s.code, step);
  }
  const last = [...plan.values()].map((p) => p.finish).reduce(later, today);

  // Backward pass: the latest day each step may finish without delaying what waits for it.
  const latestFinish = new Map<string, string>();
  for (const s of [...ordered].reverse()) {
    const waiting = ordered.filter((x) => x.after.includes(s.code));
    const bound = waiting
      .map((x) => {
        const next = plan.get(x.code)!;
        const latestStart =
          next.state === 'PENDING' ? addWorkdays(calendar, latestFinish.get(x.code)!, -Math.max(0, x.workdays - 1)) : next.start;
        return addWorkdays(calendar, latestStart, -1);
      })
      .reduce(earlier, last);
    latestFinish.set(s.code, bound);
    const p = plan.get(s.code)!;
    p.slackWorkdays = p.state === 'DONE' ? 0 : workdaysBetween(calendar, p.finish, bound);
  }

  // The chain that sets 开工: the last step, then each time the predecessor that finished last.
  const byCode = new Map(ordered.map((s) => [s.code, s]));
  const path: string[] = [];
  let at: ApprovalStep | undefined = [...ordered].reverse().find((s) => plan.get(s.code)!.finish === last);
  while (at) {
    path.unshift(at.code);
    plan.get(at.code)!.critical = true;
    const preds = at.after.map((d) => byCode.get(d)!);
    at = preds.reduce<ApprovalStep | undefined>(
      (best, d) => (!best || plan.get(d.code)!.finish > plan.get(best.code)!.finish ? d : best),
      undefined,
    );
  }
  const expectedStartOn = addWorkdays(calendar, last, 1);
  return {
    steps: ordered.map((s) => plan.get(s.code)!),
    criticalPath: path,
    expectedStartOn,
    workdaysLeft: workdaysBetween(calendar, today, expectedStartOn),
  };
}

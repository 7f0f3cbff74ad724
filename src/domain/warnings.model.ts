import { daysBetween } from './calendar';
import { Office, OFFICE_ZH } from './offices';
import { ProjectStage } from './project-stage';

/** 三色预警: green on track, amber slipping, red stuck (the idle-land risk among them). */
export enum WarningColour {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}
const RANK: Record<WarningColour, number> = { GREEN: 0, AMBER: 1, RED: 2 };

/** Days after which a rule turns amber, then red. */
export interface Thresholds {
  amber: number;
  red: number;
}

/** Every rule's thresholds and the office it calls on (the analysis config file may change them). */
export interface WarningRules {
  /** Signed (签约) and still no formal contract (正式合同), counted from the signing. */
  noContract: Thresholds & { office: Office };
  /** Contracted and not started, counted from the agreed start date (约定开工日): land lies idle. */
  lateStart: Thresholds & { office: Office };
  /** An approval step or a service request past its due date (each names its own office). */
  overdueTask: Thresholds;
  /** A 履约 milestone past its due date and not met. */
  missedMilestone: Thresholds & { office: Office };
  /** Fund money committed and not yet invested, counted from the commitment. */
  idleFund: Thresholds & { office: Office };
}

export const DEFAULT_WARNING_RULES: WarningRules = {
  noContract: { amber: 60, red: 90, office: Office.INVESTMENT },
  lateStart: { amber: 1, red: 90, office: Office.KEY_PROJECTS },
  overdueTask: { amber: 1, red: 30 },
  missedMilestone: { amber: 1, red: 60, office: Office.INVESTMENT },
  idleFund: { amber: 90, red: 180, office: Office.STATE_ASSETS },
};

/** What the rules read about one project. Dates are ISO days. */
export interface ProjectFacts {
  stage: ProjectStage;
  signedOn?: string | null;
  agreedStartOn?: string | null;
  defaultedOn?: string | null;
  /** Open approval steps and service requests with a due date. */
  tasks: Array<{ name: string; office: Office; dueOn: string; done: boolean }>;
  milestones: Array<{ name: string; dueOn: string; met: boolean }>;
  funds: Array<{ fund: string; committedOn: string; committedYi: number; investedYi: number }>;
}

export enum WarningRule {
  IN_DEFAULT = 'IN_DEFAULT',
  NO_CONTRACT = 'NO_CONTRACT',
  LATE_START = 'LATE_START',
  OVERDUE_TASK = 'OVERDUE_TASK',
  MISSED_MILESTONE = 'MISSED_MILESTONE',
  IDLE_FUND = 'IDLE_FUND',
}

export interface WarningReason {
  rule: `${WarningRule}`;
  colour: WarningColour;
  /** The office that must act. */
  office: Office;
  /** The day the condition began (the due date passed, the signing, the commitment). */
  since: string;
  /** Days since then. */
  days: number;
  /** What an official reads: 「环评已逾期 12 天，请前期办推进」. */
  text: string;
}

export interface ProjectWarning {
  colour: WarningColour;
  /** The worst first, the oldest first within a colour. */
  reasons: WarningReason[];
  /** The office that must act on the first reason (none when green). */
  office: Office | null;
  since: string | null;
}

function colourOf(days: number, t: Thresholds): WarningColour {
  return days >= t.red ? WarningColour.RED : days >= t.amber ? WarningColour.AMBER : WarningColour.GREEN;
}

const ACTIVE_BEFORE_START = new Set([ProjectStage.CONTRACTED, ProjectStage.PERFORMING]);

/**
 * A project's warning: every rule that holds gives a reason with its colour and the office that
 * must act; the project's colour is the worst of them. Rules that do not hold say nothing, so a
 * green project has no reasons. Withdrawn projects are not watched.
 */
export function projectWarning(p: ProjectFacts, today: string, rules: WarningRules = DEFAULT_WARNING_RULES): ProjectWarning {
  const reasons: WarningReason[] = [];
  const add = (rule: WarningReason['rule'], since: string, t: Thresholds, office: Office, text: (days: number) => string): void => {
    const days = daysBetween(since, today);
    const colour = colourOf(days, t);
    if (colour !== WarningColour.GREEN)
      reasons.push({ rule, colour, office, since, days, text: `${text(days)}，请${OFFICE_ZH[office]}推进` });
  };
  if (p.stage !== ProjectStage.WITHDRAWN) {
    if (p.stage === ProjectStage.DEFAULTED && p.defaultedOn) {
      add('IN_DEFAULT', p.defaultedOn, { amber: 0, red: 0 }, Office.INVESTMENT, (d) => `项目违约已 ${d} 天，待分类处置`);
    }
    if (p.stage === ProjectStage.SIGNED && p.signedOn) {
      add('NO_CONTRACT', p.signedOn, rules.noContract, rules.noContract.office, (d) => `签约 ${d} 天仍未签订正式合同`);
    }
    if (ACTIVE_BEFORE_START.has(p.stage) && p.agreedStartOn) {
      add('LATE_START', p.agreedStartOn, rules.lateStart, rules.lateStart.office, (d) => `超过约定开工日 ${d} 天仍未开工，土地有闲置风险`);
    }
    for (const t of p.tasks.filter((x) => !x.done)) {
      add('OVERDUE_TASK', t.dueOn, rules.overdueTask, t.office, (d) => `${t.name}已逾期 ${d} 天`);
    }
    for (const m of p.milestones.filter((x) => !x.met)) {
      add('MISSED_MILESTONE', m.dueOn, rules.missedMilestone, rules.missedMilestone.office, (d) => `履约节点「${m.name}」已逾期 ${d} 天`);
    }
    for (const f of p.funds.filter((x) => x.investedYi < x.committedYi)) {
      const left = Math.round((f.committedYi - f.investedYi) * 100) / 100;
      add('IDLE_FUND', f.committedOn, rules.idleFund, rules.idleFund.office, (d) => `${f.fund}承诺出资后 ${d} 天仍有 ${left} 亿元未到位`);
    }
  }
  reasons.sort((a, b) => RANK[b.colour] - RANK[a.colour] || a.since.localeCompare(b.since) || a.rule.localeCompare(b.rule));
  const first = reasons[0];
  return {
    colour: first?.colour ?? WarningColour.GREEN,
    reasons,
    office: first?.office ?? null,
    since: first
      ? reasons
          .filter((r) => r.colour === first.colour)
          .map((r) => r.since)
          .reduce((a, b) => (a < b ? a : b))
      : null,
  };
}

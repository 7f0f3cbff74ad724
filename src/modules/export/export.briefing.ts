import { addDays, daysBetween, isCalendarDate, today } from '../../domain/calendar';
import { barChartPng } from './export.charts';
import type { PdfFont, ReportModel } from './export.documents';

/**
 * The 招商通报 (weekly or monthly briefing) a 招商办 sends: the year's task and this period against the
 * last one, what was newly signed, started and put into production, 履约率 and 开工率, the teams' 红黑榜
 * with a chart, and the projects at risk, defaults and warnings. Built from pipelineStats for the period
 * and for the period of the same length just before it, run as the caller like every export.
 */
export const BRIEFING_QUERY = `query Briefing($now: PipelineStatsFilter!, $before: PipelineStatsFilter!, $period: PeriodInput!) {
  now: pipelineStats(filter: $now) {
    from to
    entered { stage label count amountYi }
    rates { name label before after changePoints }
    atRisk { name stage days reason }
    defaults { open resolved }
    task { name label target done share }
    byTeam { team { name } signed { count amountYi } performing { count } started { count } }
    byTown { town { name } signed { count amountYi } performing { count } started { count } }
    warnings { green amber red }
  }
  before: pipelineStats(filter: $before) { from to entered { stage count amountYi } task { name done } }
  gaps: chainGapChanges(input: $period) { link { name industry { name } } kind kindLabel before { statusLabel } after { statusLabel } }
}`;

/** The top targets' moves need an analyst's role: asked apart, so a viewer's briefing still comes, saying so. */
export const BRIEFING_MOVES_QUERY = `query BriefingMoves($period: TargetMovesInput!) {
  targetMoves(input: $period) { enterprise { name } rankBefore rankAfter moveLabel }
}`;

interface Tally {
  stage: string;
  label?: string;
  count: number;
  amountYi: number;
}
export interface BriefingData {
  now: {
    from: string;
    to: string;
    entered: Tally[];
    rates: Array<{ name: string; label: string; before: number | null; after: number | null; changePoints: number | null }>;
    atRisk: Array<{ name: string; stage: string; days: number; reason: string }>;
    defaults: { open: number; resolved: number };
    task: Array<{ name: string; label: string; target: number; done: number; share: number }>;
    byTeam: Array<BoardLine & { team: { name: string } }>;
    byTown: Array<BoardLine & { town: { name: string } }>;
    warnings: { green: number; amber: number; red: number };
  };
  before: { from: string; to: string; entered: Tally[]; task: Array<{ name: string; done: number }> };
  gaps: Array<{
    link: { name: string; industry: { name: string } };
    kind: string;
    kindLabel: string;
    before: { statusLabel: string };
    after: { statusLabel: string };
  }>;
  /** null when the caller may not rank (below analyst). */
  moves: Array<{ enterprise: { name: string }; rankBefore: number | null; rankAfter: number | null; moveLabel: string }> | null;
  /** What the briefing says when moves is null. */
  movesNote: string;
}
interface BoardLine {
  signed: { count: number; amountYi: number };
  performing: { count: number };
  started: { count: number };
}

/** A 红黑榜 section: lines by signed amount then count, the first three with signings 红榜, the last three 黑榜. */
function board(what: string, lines: Array<BoardLine & { name: string }>): { header: string[]; widths: number[]; rows: string[][] } {
  const sorted = [...lines].sort((x, y) => y.signed.amountYi - x.signed.amountYi || y.signed.count - x.signed.count);
  const mark = (i: number): string => (i < 3 && sorted[i].signed.count > 0 ? '红榜' : i >= sorted.length - 3 ? '黑榜' : '');
  return {
    header: ['名次', what, '签约（个）', '签约（亿元）', '新履约', '新开工', '榜单'],
    widths: [8, 30, 12, 14, 12, 12, 12],
    rows: sorted.map((t, i) => [
      String(i + 1),
      t.name,
      String(t.signed.count),
      String(r1(t.signed.amountYi)),
      String(t.performing.count),
      String(t.started.count),
      mark(i),
    ]),
  };
}

/** The period asked and the one of the same length just before it; problems name the parameter. */
export function briefingPeriods(
  from: unknown,
  to: unknown,
): { now: { from: string; to: string }; before: { from: string; to: string } } | string {
  if (typeof from !== 'string' || !isCalendarDate(from)) return 'from 须为日期 YYYY-MM-DD';
  if (typeof to !== 'string' || !isCalendarDate(to)) return 'to 须为日期 YYYY-MM-DD';
  if (from > to) return 'from 不能晚于 to';
  const days = daysBetween(from, to) + 1;
  if (days > 366) return '通报期间最长一年';
  return { now: { from, to }, before: { from: addDays(from, -days), to: addDays(from, -1) } };
}

const r1 = (x: number): number => Math.round(x * 10) / 10;
const signed = (xs: Tally[], stage: string): Tally => xs.find((x) => x.stage === stage) ?? { stage, count: 0, amountYi: 0 };
const delta = (a: number, b: number, unit = ''): string => `${a - b >= 0 ? '+' : ''}${r1(a - b)}${unit}`;

/** The briefing's content (pure but for the chart, which is drawn here). */
export function briefingModel(d: BriefingData, font: PdfFont | undefined): ReportModel {
  const n = d.now;
  const b = d.before;
  const stages = [
    ['SIGNED', '签约'],
    ['STARTED', '开工'],
    ['PRODUCING', '投产'],
  ] as const;
  const teams = [...n.byTeam].sort((x, y) => y.signed.amountYi - x.signed.amountYi || y.signed.count - x.signed.count);
  const closed = d.gaps.filter((g) => g.kind === 'CLOSED').length;
  const opened = d.gaps.filter((g) => g.kind === 'OPENED').length;
  const s = signed(n.entered, 'SIGNED');
  return {
    title: '招商通报',
    subtitle: `${n.from} 至 ${n.to}`,
    facts: [
      [
        '本期签约',
        `${s.count} 个，计划总投资 ${r1(s.amountYi)} 亿元（上期 ${signed(b.entered, 'SIGNED').count} 个，${r1(signed(b.entered, 'SIGNED').amountYi)} 亿元）`,
      ],
      ['本期开工 / 投产', `${signed(n.entered, 'STARTED').count} 个 / ${signed(n.entered, 'PRODUCING').count} 个`],
      ['逾期风险 / 违约未结', `${n.atRisk.length} 个 / ${n.defaults.open} 个`],
      ['三色预警', `红 ${n.warnings.red} 个，黄 ${n.warnings.amber} 个，绿 ${n.warnings.green} 个`],
      ['对比期间', `${b.from} 至 ${b.to}`],
      ['制表', `${today()}，按系统记录统计`],
    ],
    sections: [
      {
        heading: '一、年度任务完成情况（本期）',
        table: {
          header: ['任务', '年度目标', '本期完成', '占年度目标', '上期完成', '环比'],
          widths: [24, 14, 14, 16, 14, 18],
          rows: n.task.map((t) => {
            const prev = b.task.find((x) => x.name === t.name)?.done ?? 0;
            return [t.label, String(r1(t.target)), String(r1(t.done)), `${r1(t.share * 100)}%`, String(r1(prev)), delta(t.done, prev)];
          }),
        },
      },
      {
        heading: '二、新签约、开工、投产',
        table: {
          header: ['阶段', '本期（个）', '本期（亿元）', '上期（个）', '上期（亿元）', '环比（个）'],
          widths: [16, 16, 18, 16, 18, 16],
          rows: stages.map(([stage, label]) => {
            const a = signed(n.entered, stage);
            const p = signed(b.entered, stage);
            return [label, String(a.count), String(r1(a.amountYi)), String(p.count), String(r1(p.amountYi)), delta(a.count, p.count)];
          }),
        },
      },
      {
        heading: '三、履约率与开工率',
        lines: n.rates.map(
          (r) =>
            `${r.label}：期初 ${r.before === null ? '无' : `${r1(r.before)}%`}，期末 ${r.after === null ? '无' : `${r1(r.after)}%`}` +
            (r.changePoints === null ? '' : `（${r.changePoints >= 0 ? '+' : ''}${r1(r.changePoints)} 个百分点）`),
        ),
      },
      {
        heading: '四、比拼晾晒（各招商队伍，按本期签约金额）',
        image:
          teams.length > 0
            ? barChartPng(
                '各队伍本期签约金额（亿元）',
                teams.map((t) => t.team.name.replace(/产业发展小组$/, '')),
                [{ name: '签约金额', values: teams.map((t) => r1(t.signed.amountYi)) }],
                font,
              )
            : undefined,
        table: board(
          '队伍',
          teams.map((t) => ({ ...t, name: t.team.name })),
        ),
      },
      {
        heading: '五、比拼晾晒（各镇街，按项目所在园区）',
        table: n.byTown.length
          ? board(
              '镇街',
              n.byTown.map((t) => ({ ...t, name: t.town.name })),
            )
          : undefined,
        lines: n.byTown.length ? [] : ['本期没有落在园区的项目。'],
      },
      {
        heading: '六、风险项目与违约',
        table: n.atRisk.length
          ? {
              header: ['项目', '天数', '原因'],
              widths: [40, 10, 50],
              rows: n.atRisk.slice(0, 20).map((p) => [p.name, String(p.days), p.reason]),
            }
          : undefined,
        lines: [
          `逾期风险 ${n.atRisk.length} 个${n.atRisk.length > 20 ? '（列前 20 个）' : ''}；违约未结 ${n.defaults.open} 个，已处置 ${n.defaults.resolved} 个。`,
        ],
      },
      {
        heading: '七、产业链缺口变化',
        table: d.gaps.length
          ? {
              header: ['产业链', '环节', '变化', '期初', '期末'],
              widths: [20, 28, 18, 17, 17],
              rows: d.gaps.map((g) => [g.link.industry.name, g.link.name, g.kindLabel, g.before.statusLabel, g.after.statusLabel]),
            }
          : undefined,
        lines: [
          `本期补上缺口 ${closed} 个，新出现缺口 ${opened} 个，环节状态变化共 ${d.gaps.length} 个（按期初前一日与期末日的项目进度诊断）。`,
        ],
      },
      {
        heading: '八、重点招商目标变动（补链推荐前 10 名）',
        table: d.moves?.length
          ? {
              header: ['企业', '期初名次', '期末名次', '变动'],
              widths: [44, 14, 14, 28],
              rows: d.moves.map((m) => [
                m.enterprise.name,
                m.rankBefore === null ? '—' : String(m.rankBefore),
                m.rankAfter === null ? '—' : String(m.rankAfter),
                m.moveLabel,
              ]),
            }
          : undefined,
        lines: d.moves === null ? [d.movesNote] : d.moves.length ? [] : ['前 10 名本期没有变动。'],
      },
      {
        heading: '九、说明',
        lines: [
          '签约、开工、投产按各阶段的进入日期计入期间；履约率、开工率以期初前一日已签正式合同的项目为基数。',
          '缺口变化与推荐名单均按图谱在期初前一日与期末日的状态计算；演示数据为虚构，文章数字除外。',
        ],
      },
    ],
    footer: `本通报由南安产业链招商图谱服务按系统记录生成（${today()}）。`,
  };
}

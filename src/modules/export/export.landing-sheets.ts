import { OFFICE_ZH, Office } from '../../domain/offices';
import { PROJECT_STAGE_ZH, ProjectStage } from '../../domain/project-stage';
import { PROMISE_ZH, PromiseKind, REVIEW_DISPOSAL_ZH, ReviewDisposal, Verdict, VERDICT_ZH } from '../../domain/review.model';
import type { ExportDefinition } from './export.definition';
import type { Cell, Column } from './export.writer';

/** The landing half's sheets (三色预警, 年度履约考核, 园区亩均), as officials print them. */
const col = (header: string, kind: Column['kind'] = 'text'): Column => ({ header, kind });
const COLOUR_ZH: Record<string, string> = { RED: '红', AMBER: '黄', GREEN: '绿' };
const office = (o: string | null): string | null => (o ? (OFFICE_ZH[o as Office] ?? o) : null);
const stage = (s: string): string => PROJECT_STAGE_ZH[s as ProjectStage] ?? s;

interface Count {
  key: string;
  label: string;
  green: number;
  amber: number;
  red: number;
}
interface WarningsData {
  projectWarnings: {
    on: string;
    counts: { green: number; amber: number; red: number };
    byOffice: Count[];
    projects: Array<{
      projectId: string;
      projectName: string;
      stage: string;
      leadOffice: string | null;
      plotIds: string[];
      warning: { colour: string; office: string | null; since: string | null; reasons: Array<{ text: string; days: number }> };
    }>;
  };
}

export const PROJECT_WARNINGS: ExportDefinition<WarningsData> = {
  name: 'project-warnings',
  title: '三色预警',
  query: `query Export($on: LocalDate, $first: Int, $filter: WarningFilter) { projectWarnings(on: $on, first: $first, filter: $filter) { on
    counts { green amber red } byOffice { key label green amber red }
    projects { projectId projectName stage leadOffice plotIds warning { colour office since reasons { text days } } } } }`,
  params: [
    { name: 'on', path: 'on', type: 'string' },
    { name: 'first', path: 'first', type: 'int' },
    { name: 'colours', path: 'filter.colours', type: 'list' },
    { name: 'office', path: 'filter.office', type: 'string' },
    { name: 'teamId', path: 'filter.teamId', type: 'string' },
    { name: 'parkId', path: 'filter.parkId', type: 'string' },
  ],
  defaults: { first: 500 },
  sheets: (d) => {
    const w = d.projectWarnings;
    return [
      {
        name: `预警项目（${w.on}）`,
        columns: [
          col('预警'),
          col('项目编号'),
          col('项目'),
          col('所处阶段'),
          col('牵头部门'),
          col('须推进部门'),
          col('预警起始日'),
          col('原因'),
          col('涉及地块'),
        ],
        rows: w.projects.map((p): Cell[] => [
          COLOUR_ZH[p.warning.colour] ?? p.warning.colour,
          p.projectId,
          p.projectName,
          stage(p.stage),
          office(p.leadOffice),
          office(p.warning.office),
          p.warning.since,
          p.warning.reasons.map((r) => r.text).join('；'),
          p.plotIds.join('；'),
        ]),
      },
      {
        name: '分部门',
        columns: [col('部门'), col('红', 'int'), col('黄', 'int')],
        rows: [...w.byOffice.map((c): Cell[] => [c.label, c.red, c.amber]), ['全部项目（含绿）', w.counts.red, w.counts.amber]],
      },
      {
        name: '总体',
        columns: [col('绿', 'int'), col('黄', 'int'), col('红', 'int')],
        rows: [[w.counts.green, w.counts.amber, w.counts.red]],
      },
    ];
  },
};

interface ReviewData {
  annualReview: {
    year: number;
    reviewed: number;
    byDisposal: Array<{ key: string; label: string; count: number }>;
    projects: Array<{
      projectId: string;
      projectName: string;
      stage: string;
      disposals: string[];
      suggestion: string;
      promises: Array<{ promise: string; verdict: string; text: string }>;
      mu: { taxPerMu: number | null; gradeLabel: string | null };
    }>;
  };
}

export const ANNUAL_REVIEW: ExportDefinition<ReviewData> = {
  name: 'annual-review',
  title: '年度履约考核',
  query: `query Export($year: Int!, $first: Int, $disposals: [ReviewDisposal!]) { annualReview(year: $year, first: $first, disposals: $disposals) {
    year reviewed byDisposal { key label count }
    projects { projectId projectName stage disposals suggestion promises { promise verdict text } mu { taxPerMu gradeLabel } } } }`,
  params: [
    { name: 'year', path: 'year', type: 'int' },
    { name: 'first', path: 'first', type: 'int' },
    { name: 'disposals', path: 'disposals', type: 'list' },
  ],
  defaults: { first: 500 },
  sheets: (d) => {
    const r = d.annualReview;
    const verdictOf = (p: ReviewData['annualReview']['projects'][number], k: string): string | null => {
      const x = p.promises.find((y) => y.promise === k);
      return x ? (VERDICT_ZH[x.verdict as Verdict] ?? x.verdict) : null;
    };
    return [
      {
        name: `${r.year}年度履约考核`,
        columns: [
          col('项目编号'),
          col('项目'),
          col('所处阶段'),
          ...Object.values(PROMISE_ZH).map((z) => col(z)),
          col('处置建议'),
          col('亩均税收（万元/亩）', 'number'),
          col('亩均评级'),
          col('考核说明'),
        ],
        rows: r.projects.map((p): Cell[] => [
          p.projectId,
          p.projectName,
          stage(p.stage),
          ...Object.keys(PROMISE_ZH).map((k) => verdictOf(p, k)),
          p.disposals.map((x) => REVIEW_DISPOSAL_ZH[x as ReviewDisposal] ?? x).join('、') || '履约达标',
          p.mu.taxPerMu,
          p.mu.gradeLabel,
          p.promises.map((x) => `${PROMISE_ZH[x.promise as PromiseKind] ?? x.promise}：${x.text}`).join('；'),
        ]),
      },
      {
        name: '分类处置汇总',
        columns: [col('处置'), col('项目数', 'int')],
        rows: [...r.byDisposal.map((x): Cell[] => [x.label, x.count]), ['参加考核项目', r.reviewed]],
      },
    ];
  },
};

interface PerformanceData {
  parkPerformance: Array<{
    rank: number;
    parkName: string;
    reportingProjects: number;
    landMu: number;
    attractionRate: number | null;
    availableMu: number;
    idleMu: number;
    mu: { taxPerMu: number | null; outputPerMu: number | null; investedPerMu: number | null; gradeLabel: string | null; reason: string };
  }>;
}

export const PARK_PERFORMANCE: ExportDefinition<PerformanceData> = {
  name: 'park-performance',
  title: '园区亩均效益',
  query: `query Export($year: Int!) { parkPerformance(year: $year) { rank parkName reportingProjects landMu attractionRate availableMu idleMu
    mu { taxPerMu outputPerMu investedPerMu gradeLabel reason } } }`,
  params: [{ name: 'year', path: 'year', type: 'int' }],
  sheets: (d) => [
    {
      name: '园区亩均排名',
      columns: [
        col('排名', 'int'),
        col('园区'),
        col('亩均税收（万元/亩）', 'number'),
        col('亩均产值（万元/亩）', 'number'),
        col('亩均投资（万元/亩）', 'number'),
        col('评级'),
        col('报送项目数', 'int'),
        col('报送项目用地（亩）', 'number'),
        col('招商率', 'percent'),
        col('可供地（亩）', 'number'),
        col('低效闲置（亩）', 'number'),
        col('说明'),
      ],
      rows: d.parkPerformance.map((p): Cell[] => [
        p.rank,
        p.parkName,
        p.mu.taxPerMu,
        p.mu.outputPerMu,
        p.mu.investedPerMu,
        p.mu.gradeLabel,
        p.reportingProjects,
        p.landMu,
        p.attractionRate,
        p.availableMu,
        p.idleMu,
        p.mu.reason,
      ]),
    },
  ],
};

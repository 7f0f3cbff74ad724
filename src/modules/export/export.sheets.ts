import { LINK_STAGE_ZH, LinkStage } from '../../domain/enums';
import type { Cell, Column, Sheet } from './export.writer';
import { ANNUAL_REVIEW, PARK_PERFORMANCE, PROJECT_WARNINGS } from './export.landing-sheets';

export type { ExportDefinition, ExportParam } from './export.definition';
import type { ExportDefinition, ExportParam } from './export.definition';

interface Named {
  name: string;
}
interface Firm extends Named {
  uscc: string;
  revenueYi: number | null;
  city: Named | null;
  country: Named | null;
}
interface Tally {
  count: number;
  amountYi: number;
}

const col = (header: string, kind: Column['kind'] = 'text'): Column => ({ header, kind });
/** The query-string parameters of an argument object: each name goes to `<arg>.<name>` (or to itself at top level). */
const paramsOf = (arg: string | null, types: Record<string, ExportParam['type']>): ExportParam[] =>
  Object.entries(types).map(([name, type]) => ({ name, path: arg ? `${arg}.${name}` : name, type }));
const joined = (xs: Array<string | null | undefined>, sep = '；'): string =>
  xs.filter((x) => x !== null && x !== undefined && x !== '').join(sep);
const placeOf = (e: Firm): string | null => e.city?.name ?? e.country?.name ?? null;
const ENTERPRISE = 'uscc name revenueYi city { name } country { name }';

interface RankData {
  rankTargets: {
    edges: Array<{
      node: {
        rank: number;
        score: number;
        enterprise: Firm;
        components: Array<{ name: string; label: string; contribution: number }>;
        filledLinks: Array<{ link: Named; statusLabel: string; evidence: 'STRONG' | 'MEDIUM' | 'WEAK'; unverified: boolean }>;
        warmPaths: Array<{ description: string }>;
        suggestedParks: Array<{ park: Named; fit: number }>;
        landNeed: { mu: number; basisLabel: string };
        reasons: string[];
      };
    }>;
  };
}

const RANK_TARGETS: ExportDefinition<RankData> = {
  name: 'rank-targets',
  title: '招商目标推荐',
  query: `query Export($input: RankTargetsInput!, $first: Int) { rankTargets(input: $input, first: $first) { mode industryCode totalCount edges { node {
    rank score enterprise { ${ENTERPRISE} }
    components { name label contribution }
    filledLinks { link { name } statusLabel evidence unverified }
    warmPaths { description }
    suggestedParks { park { name } fit }
    landNeed { mu basisLabel }
    reasons } } } }`,
  params: [
    ...paramsOf('input', {
      industryCode: 'string',
      mode: 'string',
      provinceCode: 'string',
      linkCodes: 'list',
      statuses: 'list',
      ownerships: 'list',
      excludeInPipeline: 'bool',
      fortune500Only: 'bool',
      needsParkFit: 'bool',
      landNeedMu: 'float',
    }),
    ...paramsOf(null, { first: 'int' }),
  ],
  defaults: { input: { mode: 'FILL' }, first: 100 },
  sheets: (d) => {
    const rows = d.rankTargets.edges.map((e) => e.node);
    const EVIDENCE: Record<string, string> = { STRONG: '强', MEDIUM: '中', WEAK: '弱（仅名称）' };
    const COMPONENTS = ['gapFit', 'capability', 'affinity', 'parkFit', 'intent', 'priorityTheme'];
    const labels = rows[0]?.components.map((c) => c.label) ?? [
      '补链匹配度',
      '企业实力',
      '以商招商关系',
      '园区承载',
      '投资意向',
      '产业风口',
    ];
    return [
      {
        name: '推荐企业',
        columns: [
          col('排名', 'int'),
          col('企业名称'),
          col('统一社会信用代码'),
          col('所在地'),
          col('营收（亿元）', 'number'),
          col('得分（满分100）', 'number'),
          col('补链环节'),
          col('环节现状'),
          col('证据'),
          col('以商招商关系'),
          col('建议园区'),
          col('预计需地（亩）', 'number'),
          col('需地依据'),
          col('推荐理由'),
        ],
        rows: rows.map((n): Cell[] => [
          n.rank,
          n.enterprise.name,
          n.enterprise.uscc,
          placeOf(n.enterprise),
          n.enterprise.revenueYi,
          n.score,
          joined(
            n.filledLinks.map((f) => f.link.name),
            '、',
          ),
          joined(
            n.filledLinks.map((f) => f.statusLabel),
            '、',
          ),
          joined(
            n.filledLinks.map((f) => `${EVIDENCE[f.evidence]}${f.unverified ? '，需核实' : ''}`),
            '、',
          ),
          n.warmPaths[0]?.description ?? null,
          n.suggestedParks[0]?.park.name ?? null,
          n.landNeed.mu,
          n.landNeed.basisLabel,
          joined(n.reasons),
        ]),
      },
      {
        name: '得分构成',
        columns: [col('排名', 'int'), col('企业名称'), ...labels.map((l) => col(`${l}（分）`, 'number')), col('得分（满分100）', 'number')],
        rows: rows.map((n): Cell[] => [
          n.rank,
          n.enterprise.name,
          ...COMPONENTS.map((c) => n.components.find((x) => x.name === c)?.contribution ?? 0),
          n.score,
        ]),
      },
    ];
  },
};

interface PortfolioData {
  planPortfolio: {
    picks: Array<{
      order: number;
      target: Firm;
      forced: boolean;
      marginalGain: number;
      value: number;
      coverage: number;
      landNeedMu: number;
      cumulativeLandMu: number;
      park: Named | null;
      links: Array<{ link: Named; gain: number }>;
      reasons: string[];
    }>;
    curve: Array<{ picks: number; value: number; coverage: number; landMu: number }>;
    value: number;
    maxValue: number;
    coverage: number;
    landBudgetMu: number | null;
    landBudgetBasis: string;
    landUsedMu: number;
    guarantee: { statement: string };
    objective: string;
    candidates: number;
    refusedForLand: Named[];
  };
}

const PLAN_PORTFOLIO: ExportDefinition<PortfolioData> = {
  name: 'plan-portfolio',
  title: '招商组合',
  query: `query Export($input: PlanPortfolioInput!) { planPortfolio(input: $input) {
    picks { order target { ${ENTERPRISE} } forced marginalGain value coverage landNeedMu cumulativeLandMu park { name } links { link { name } gain } reasons }
    curve { picks value coverage landMu }
    value maxValue coverage landBudgetMu landBudgetBasis landUsedMu method guarantee { kind factor statement } objective candidates
    refusedForLand { name } } }`,
  params: paramsOf('input', {
    industryCode: 'string',
    mode: 'string',
    count: 'int',
    landBudgetMu: 'float',
    parks: 'list',
    mustInclude: 'list',
    exclude: 'list',
    excludeInPipeline: 'bool',
  }),
  defaults: { input: { count: 10, mode: 'FILL' } },
  sheets: (d) => {
    const p = d.planPortfolio;
    return [
      {
        name: '入选企业',
        columns: [
          col('顺序', 'int'),
          col('企业名称'),
          col('统一社会信用代码'),
          col('所在地'),
          col('指定纳入'),
          col('边际增益', 'number'),
          col('累计价值', 'number'),
          col('累计覆盖率（%）', 'percent'),
          col('需地（亩）', 'number'),
          col('累计用地（亩）', 'number'),
          col('拟落园区'),
          col('补链环节（增益）'),
          col('理由'),
        ],
        rows: p.picks.map((x): Cell[] => [
          x.order,
          x.target.name,
          x.target.uscc,
          placeOf(x.target),
          x.forced,
          x.marginalGain,
          x.value,
          x.coverage,
          x.landNeedMu,
          x.cumulativeLandMu,
          x.park?.name ?? null,
          joined(
            x.links.map((l) => `${l.link.name}（+${l.gain}）`),
            '、',
          ),
          joined(x.reasons),
        ]),
      },
      {
        name: '覆盖曲线',
        columns: [col('入选企业数', 'int'), col('价值', 'number'), col('覆盖率（%）', 'percent'), col('用地（亩）', 'number')],
        rows: p.curve.map((c): Cell[] => [c.picks, c.value, c.coverage, c.landMu]),
      },
      {
        name: '说明',
        columns: [col('项目'), col('内容')],
        rows: [
          ['目标函数', p.objective],
          ['组合价值', String(p.value)],
          ['满分价值（全部环节补齐）', String(p.maxValue)],
          ['覆盖率', `${Math.round(p.coverage * 1000) / 10}%`],
          ['用地预算（亩）', p.landBudgetMu === null ? '不限' : String(p.landBudgetMu)],
          ['预算来源', p.landBudgetBasis],
          ['已用地（亩）', String(p.landUsedMu)],
          ['可选企业数', String(p.candidates)],
          ['近似保证', p.guarantee.statement],
          [
            '因用地不足未选',
            joined(
              p.refusedForLand.map((e) => e.name),
              '、',
            ) || '无',
          ],
        ],
      },
    ];
  },
};

interface LinkSide {
  statusLabel: string;
  severity: number;
  localProducers: number;
  localSupplyRate: number | null;
}
interface WhatIfData {
  simulateLanding: {
    links: Array<{ link: { code: string; name: string }; changed: boolean; before: LinkSide; after: LinkSide }>;
    supplyRates: Array<{ industryCode: string; before: number | null; after: number | null }>;
    land: Array<{ park: Named; availableMu: number; usedMu: number; leftMu: number; firms: Named[] }>;
    unplaced: Named[];
  };
}

const SIMULATE_LANDING: ExportDefinition<WhatIfData> = {
  name: 'simulate-landing',
  title: '落地模拟',
  query: `query Export($input: SimulateLandingInput!) { simulateLanding(input: $input) {
    targets { name }
    links { link { code name } changed before { statusLabel severity localProducers localSupplyRate } after { statusLabel severity localProducers localSupplyRate } }
    supplyRates { industryCode before after }
    land { park { name } availableMu usedMu leftMu firms { name } }
    unplaced { name } } }`,
  params: paramsOf('input', { targets: 'list', parks: 'pairs' }),
  sheets: (d) => {
    const s = d.simulateLanding;
    return [
      {
        name: '环节变化',
        columns: [
          col('环节编码'),
          col('环节'),
          col('有变化'),
          col('模拟前状态'),
          col('模拟前严重度', 'int'),
          col('模拟后状态'),
          col('模拟后严重度', 'int'),
          col('本地企业数（前）', 'int'),
          col('本地企业数（后）', 'int'),
          col('本地配套率（前，%）', 'percent'),
          col('本地配套率（后，%）', 'percent'),
        ],
        rows: s.links.map((l): Cell[] => [
          l.link.code,
          l.link.name,
          l.changed,
          l.before.statusLabel,
          l.before.severity,
          l.after.statusLabel,
          l.after.severity,
          l.before.localProducers,
          l.after.localProducers,
          l.before.localSupplyRate,
          l.after.localSupplyRate,
        ]),
      },
      {
        name: '园区用地',
        columns: [col('园区'), col('可供地（亩）', 'number'), col('使用（亩）', 'number'), col('剩余（亩）', 'number'), col('落地企业')],
        rows: [
          ...s.land.map((p): Cell[] => [
            p.park.name,
            p.availableMu,
            p.usedMu,
            p.leftMu,
            joined(
              p.firms.map((f) => f.name),
              '、',
            ),
          ]),
          ...(s.unplaced.length > 0
            ? [
                [
                  '（无合适园区）',
                  null,
                  null,
                  null,
                  joined(
                    s.unplaced.map((f) => f.name),
                    '、',
                  ),
                ] as Cell[],
              ]
            : []),
        ],
      },
      {
        name: '本地配套率',
        columns: [col('产业链编码'), col('模拟前（%）', 'percent'), col('模拟后（%）', 'percent')],
        rows: s.supplyRates.map((r): Cell[] => [r.industryCode, r.before, r.after]),
      },
    ];
  },
};

interface GapsData {
  chainGaps: {
    industry: { code: string; name: string };
    links: Array<{
      link: { code: string; name: string; stage: string; core: boolean };
      statusLabel: string;
      severity: number;
      gradeLabel: string | null;
      localProducers: number;
      solidProducers: number;
      chainLeaders: number;
      presence: number;
      localSupplyRate: number | null;
      purchasedYi: number;
      purchasedLocalYi: number;
      pipelineNote: string | null;
    }>;
  };
}

const CHAIN_GAPS: ExportDefinition<GapsData> = {
  name: 'chain-gaps',
  title: '产业链诊断',
  query: `query Export($industryCode: String!) { chainGaps(industryCode: $industryCode) { industry { code name } localSupplyRate links {
    link { code name stage core } statusLabel severity gradeLabel localProducers solidProducers chainLeaders presence localSupplyRate purchasedYi purchasedLocalYi pipelineNote } } }`,
  params: paramsOf(null, { industryCode: 'string' }),
  sheets: (d) => {
    return [
      {
        name: `${d.chainGaps.industry.name}诊断`,
        columns: [
          col('环节编码'),
          col('环节'),
          col('阶段'),
          col('核心环节'),
          col('状态'),
          col('严重度（0–100）', 'int'),
          col('紧迫程度'),
          col('本地企业数', 'int'),
          col('骨干企业数', 'int'),
          col('链主企业数', 'int'),
          col('集聚度', 'number'),
          col('本地配套率（%）', 'percent'),
          col('本地采购额（亿元）', 'number'),
          col('其中本地供应（亿元）', 'number'),
          col('补链项目'),
        ],
        rows: d.chainGaps.links.map((l): Cell[] => [
          l.link.code,
          l.link.name,
          LINK_STAGE_ZH[l.link.stage as LinkStage] ?? l.link.stage,
          l.link.core,
          l.statusLabel,
          l.severity,
          l.gradeLabel,
          l.localProducers,
          l.solidProducers,
          l.chainLeaders,
          l.presence,
          l.localSupplyRate,
          l.purchasedYi,
          l.purchasedLocalYi,
          l.pipelineNote,
        ]),
      },
    ];
  },
};

interface StageLine extends Tally {
  label: string;
}
interface PipelineData {
  pipelineStats: {
    from: string;
    to: string;
    byStage: StageLine[];
    entered: StageLine[];
    rates: Array<{
      label: string;
      before: number | null;
      after: number | null;
      changePoints: number | null;
      cohort: number;
      definition: string;
    }>;
    task: Array<{ label: string; target: number | null; done: number; share: number | null }>;
    taskBasis: string;
    byTeam: Array<{ team: Named; signed: Tally; performing: Tally; started: Tally }>;
    byTown: Array<{ town: Named; signed: Tally; performing: Tally; started: Tally }>;
    atRisk: Array<{
      id: string;
      name: string;
      stageLabel: string;
      since: string;
      days: number;
      reason: string;
      investorName: string | null;
    }>;
    defaults: { open: number; resolved: number };
    warnings: { red: number; amber: number; green: number };
  };
}

/** The teams or towns ranked by signed amount, then count: the 红黑榜's order. */
const byAmount = <T extends { signed: Tally }>(xs: T[]): T[] =>
  [...xs].sort((a, b) => b.signed.amountYi - a.signed.amountYi || b.signed.count - a.signed.count);

/** One page a leader takes into the meeting: the task, the period's results, the rates, the risks and the boards. */
function briefSheet(s: PipelineData['pipelineStats']): Sheet {
  const entered = (label: string): StageLine => s.entered.find((x) => x.label === label) ?? { label, count: 0, amountYi: 0 };
  const talks = s.byStage.find((x) => x.label === '对接')?.count ?? 0;
  const names = (xs: Array<{ signed: Tally } & ({ team: Named } | { town: Named })>): string =>
    xs.map((x) => `${'team' in x ? x.team.name : x.town.name}（${x.signed.amountYi}亿元）`).join('、') || '无';
  const teams = byAmount(s.byTeam);
  const towns = byAmount(s.byTown);
  const rows: Cell[][] = [
    ['统计期间', `${s.from} 至 ${s.to}`, '', ''],
    ['任务口径', s.taskBasis, '', '筛选后的统计只对照该口径自己的任务'],
    ...s.task.map((t): Cell[] => [
      t.label,
      t.done,
      t.target === null ? '未设定目标' : `目标 ${t.target}`,
      t.share === null ? '未设定目标，不计完成率' : `完成 ${Math.round(t.share * 1000) / 10}%`,
    ]),
    ...['签约', '开工', '投产'].map((label): Cell[] => [
      `期间新${label}（个）`,
      entered(label).count,
      `${entered(label).amountYi} 亿元`,
      '',
    ]),
    ...s.rates.map((r): Cell[] => [
      `${r.label}（%）`,
      r.after ?? '无基数',
      r.before === null ? '' : `期初 ${r.before}%`,
      r.changePoints === null ? '' : `变化 ${r.changePoints >= 0 ? '+' : ''}${r.changePoints} 个百分点`,
    ]),
    ['在谈（对接）项目（个）', talks, '', '当前阶段，不受期间限制'],
    [
      '逾期风险项目（个）',
      s.atRisk.length,
      '',
      s.atRisk
        .slice(0, 3)
        .map((r) => r.name)
        .join('、'),
    ],
    ['违约未结案（个）', s.defaults.open, `已结案 ${s.defaults.resolved}`, ''],
    ['三色预警 红/黄/绿（个）', s.warnings.red, `黄 ${s.warnings.amber}，绿 ${s.warnings.green}`, ''],
    ['红榜（签约额前三的队伍）', teams.slice(0, 3).length, '', names(teams.slice(0, 3).filter((t) => t.signed.count > 0))],
    ['黑榜（签约额后三的队伍）', teams.slice(-3).length, '', names(teams.slice(-3))],
    ['镇街签约额前三', towns.slice(0, 3).length, '', names(towns.slice(0, 3).filter((t) => t.signed.count > 0))],
  ];
  return { name: '汇报版', onePage: true, columns: [col('指标'), col('数值', 'number'), col('对照'), col('说明')], rows };
}

const PIPELINE_STATS: ExportDefinition<PipelineData> = {
  name: 'pipeline-stats',
  title: '项目推进统计',
  query: `query Export($filter: PipelineStatsFilter!) { pipelineStats(filter: $filter) { from to
    byStage { label count amountYi } entered { label count amountYi }
    rates { label before after changePoints cohort definition }
    task { label target done share } taskBasis
    byTeam { team { name } signed { count amountYi } performing { count amountYi } started { count amountYi } }
    byTown { town { name } signed { count amountYi } performing { count amountYi } started { count amountYi } }
    atRisk { id name stageLabel since days reason investorName }
    defaults { open resolved } warnings { red amber green } } }`,
  params: paramsOf('filter', {
    from: 'string',
    to: 'string',
    industryCode: 'string',
    parkId: 'string',
    teamId: 'string',
    campaign100Days: 'bool',
  }),
  defaults: { filter: {} },
  sheets: (d) => {
    const s = d.pipelineStats;
    const tally = (name: string, xs: StageLine[]): Sheet => ({
      name,
      columns: [col('阶段'), col('项目数', 'int'), col('投资额（亿元）', 'number')],
      rows: xs.map((x): Cell[] => [x.label, x.count, x.amountYi]),
    });
    const lines = (name: string, first: string, xs: Array<{ label: string; signed: Tally; performing: Tally; started: Tally }>): Sheet => ({
      name,
      columns: [
        col(first),
        col('签约项目数', 'int'),
        col('签约额（亿元）', 'number'),
        col('履约项目数', 'int'),
        col('履约额（亿元）', 'number'),
        col('开工项目数', 'int'),
        col('开工额（亿元）', 'number'),
      ],
      rows: xs.map((t): Cell[] => [
        t.label,
        t.signed.count,
        t.signed.amountYi,
        t.performing.count,
        t.performing.amountYi,
        t.started.count,
        t.started.amountYi,
      ]),
    });
    return [
      briefSheet(s),
      tally(`期末各阶段（${s.to}）`, s.byStage),
      tally(`期间新进入（${s.from}至${s.to}）`, s.entered),
      {
        name: '履约率与开工率',
        columns: [
          col('指标'),
          col('期初', 'percent'),
          col('期末', 'percent'),
          col('变化（百分点）', 'number'),
          col('基数（个）', 'int'),
          col('口径'),
        ],
        // The API gives percents (0–100); the sheet keeps shares so the cells read 53.2%. A period with no
        // project under contract before it has no rate: the cell says so instead of staying blank.
        rows: s.rates.map((r): Cell[] => [
          r.label,
          r.before === null ? '无基数' : r.before / 100,
          r.after === null ? '无基数' : r.after / 100,
          r.changePoints ?? '无基数',
          r.cohort,
          r.definition,
        ]),
      },
      {
        name: '年度任务',
        columns: [col('任务'), col('目标', 'number'), col('完成', 'number'), col('完成率（%）', 'percent'), col('口径')],
        rows: s.task.map((t): Cell[] => [t.label, t.target ?? '未设定', t.done, t.share ?? '未设定', s.taskBasis]),
      },
      lines(
        '分队伍',
        '队伍',
        byAmount(s.byTeam).map((t) => ({ ...t, label: t.team.name })),
      ),
      lines(
        '分镇街',
        '镇街',
        byAmount(s.byTown).map((t) => ({ ...t, label: t.town.name })),
      ),
      {
        name: '风险项目',
        columns: [
          col('项目编号'),
          col('项目'),
          col('投资方'),
          col('所处阶段'),
          col('进入阶段日期'),
          col('已停留（天）', 'int'),
          col('原因'),
        ],
        rows: s.atRisk.map((r): Cell[] => [r.id, r.name, r.investorName ?? '', r.stageLabel, r.since, r.days, r.reason]),
      },
      {
        name: '违约处置',
        columns: [col('未结案', 'int'), col('已结案', 'int')],
        rows: [[s.defaults.open, s.defaults.resolved]],
      },
    ];
  },
};

// Each definition's data type is erased here: the route hands it the answer of its own operation.
export const EXPORTS: ReadonlyMap<string, ExportDefinition> = new Map(
  (
    [
      RANK_TARGETS,
      PLAN_PORTFOLIO,
      SIMULATE_LANDING,
      CHAIN_GAPS,
      PIPELINE_STATS,
      PROJECT_WARNINGS,
      ANNUAL_REVIEW,
      PARK_PERFORMANCE,
    ] as Array<ExportDefinition<never>>
  ).map((e) => [e.name, e as ExportDefinition]),
);

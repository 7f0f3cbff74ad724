import type { ReportModel } from './export.documents';

/**
 * The 项目预评估 report for the meeting (会议材料), as Word and PDF: verdict, parts, vetoes, the chain
 * before → after, conditions, expert opinions and conflicts. Built from the answer of the same GraphQL
 * operation the API serves (REPORT_QUERY), so the roles and limits are the API's. Text from the graph
 * is written as text runs, never interpreted.
 */
export const REPORT_QUERY = `query AssessmentReport($id: String!) {
  assessProject(input: {projectId: $id}) {
    project { id name source stageLabel }
    terms { name amountYi investorName investorFacts industryName linkCodes landMu factorySqm landBasisMu outputYi taxWan yearsToFullOutput fundingSecuredShare products basis }
    score verdict verdictLabel band
    sections { label weight points }
    parts { label valueText thresholdText weight points verified reason }
    vetoes { label status fact }
    conditions
    links { link { code name } filled changed before { statusLabel severity } after { statusLabel severity } }
    supplyRateBefore supplyRateAfter
    park { park { name } positioned suggested availableMu }
    comparables { summary }
    experts { note median difference disagreement requests { expertName statusLabel total recommendationLabel opinion conflicts } }
    reasons asOf
  }
}`;

/** The answer of REPORT_QUERY (what the report reads). */
export interface ReportData {
  assessProject: {
    project: { id: string; name: string; source: string; stageLabel: string } | null;
    terms: {
      name: string;
      amountYi: number;
      investorName: string | null;
      investorFacts: string;
      industryName: string | null;
      linkCodes: string[];
      landMu: number | null;
      factorySqm: number | null;
      landBasisMu: number | null;
      outputYi: number | null;
      taxWan: number | null;
      yearsToFullOutput: number | null;
      fundingSecuredShare: number | null;
      products: string[];
      basis: string;
    };
    score: number;
    verdict: string;
    verdictLabel: string;
    band: string;
    sections: Array<{ label: string; weight: number; points: number }>;
    parts: Array<{
      label: string;
      valueText: string;
      thresholdText: string | null;
      weight: number;
      points: number;
      verified: boolean;
      reason: string;
    }>;
    vetoes: Array<{ label: string; status: string; fact: string }>;
    conditions: string[];
    links: Array<{
      link: { code: string; name: string };
      filled: boolean;
      changed: boolean;
      before: { statusLabel: string; severity: number };
      after: { statusLabel: string; severity: number };
    }>;
    supplyRateBefore: number | null;
    supplyRateAfter: number | null;
    park: { park: { name: string }; positioned: boolean; suggested: boolean; availableMu: number } | null;
    comparables: { summary: string } | null;
    experts: {
      note: string;
      requests: Array<{
        expertName: string;
        statusLabel: string;
        total: number | null;
        recommendationLabel: string | null;
        opinion: string | null;
        conflicts: string[];
      }>;
    } | null;
    reasons: string[];
    asOf: string;
  };
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '无' : `${Math.round(x * 1000) / 10}%`);
const num = (x: number | null | undefined, unit: string): string => (x === null || x === undefined ? '未提供' : `${x} ${unit}`);
const VETO_ZH: Record<string, string> = { TRIGGERED: '否决', CLEAR: '无', UNVERIFIED: '需核实' };

/** The report's content from the operation's answer (pure). */
export function reportModel(data: ReportData): ReportModel {
  const a = data.assessProject;
  const t = a.terms;
  const p = a.project;
  const demo = p !== null && (p.source === 'DEMO' || p.source === 'ARTICLE_DEMO');
  const changed = a.links.filter((l) => l.filled || l.changed);
  const experts = a.experts;
  const land =
    t.landMu !== null
      ? `${t.landMu} 亩`
      : t.factorySqm !== null
        ? `标准厂房 ${t.factorySqm} 平方米（折合 ${t.landBasisMu ?? '—'} 亩）`
        : '未提供';
  return {
    title: '项目预评估报告',
    subtitle: t.name,
    facts: [
      ['评估结论', `${a.verdictLabel}（${a.score} 分；${a.band}）`],
      ['项目编号', p ? `${p.id}（${p.stageLabel}）` : '未入库'],
      ['投资方', `${t.investorName ?? '未明确'}（信息来源：${t.investorFacts}）`],
      ['产业链/环节', `${t.industryName ?? '未明确'}${t.linkCodes.length ? `：${t.linkCodes.join('、')}` : ''}`],
      ['总投资', `${t.amountYi} 亿元`],
      ['用地', land],
      ['达产产值/税收', `${num(t.outputYi, '亿元/年')}；${num(t.taxWan, '万元/年')}；达产年限 ${num(t.yearsToFullOutput, '年')}`],
      ['资金到位', t.fundingSecuredShare === null ? '未说明' : pct(t.fundingSecuredShare)],
      [
        '园区',
        a.park
          ? `${a.park.park.name}（${a.park.suggested ? '建议' : '意向'}；${a.park.positioned ? '定位相符' : '定位不符'}；可供地 ${a.park.availableMu} 亩）`
          : '无',
      ],
      ['评估依据', `${t.basis}；事实截至 ${a.asOf}`],
    ],
    sections: [
      { heading: '一、评估意见', lines: a.reasons },
      {
        heading: '二、评分明细（100 分制）',
        table: {
          header: ['评分项', '原始值', '满分线', '分值', '得分', '说明'],
          widths: [14, 14, 16, 7, 7, 42],
          rows: [
            ...a.parts.map((x) => [
              x.label,
              x.valueText,
              x.thresholdText ?? '—',
              String(x.weight),
              String(x.points),
              `${x.reason}${x.verified ? '' : '（需核实）'}`,
            ]),
            ...a.sections.map((s) => [`【${s.label}小计】`, '', '', String(s.weight), String(s.points), '']),
            ['【合计】', '', '', '100', String(a.score), a.band],
          ],
        },
      },
      {
        heading: '三、一票否决项',
        table: {
          header: ['否决项', '结果', '依据'],
          widths: [20, 10, 70],
          rows: a.vetoes.map((v) => [v.label, VETO_ZH[v.status] ?? v.status, v.fact]),
        },
      },
      {
        heading: '四、产业链落地前后',
        table: {
          header: ['环节', '落地前', '落地后', '本项目所在环节'],
          widths: [40, 20, 20, 20],
          rows: changed.map((l) => [
            `${l.link.name}（${l.link.code}）`,
            `${l.before.statusLabel}（${l.before.severity}）`,
            `${l.after.statusLabel}（${l.after.severity}）`,
            l.filled ? '是' : '',
          ]),
        },
        lines: [`本链本地配套率：${pct(a.supplyRateBefore)} → ${pct(a.supplyRateAfter)}`],
      },
      {
        heading: '五、合同约束条件',
        lines: a.conditions.length
          ? a.conditions.map((c, i) => `${i + 1}. ${c}`)
          : [a.verdict === 'REJECT' ? '不予签约，无约束条件' : '无附加条件'],
      },
      {
        heading: '六、专家评审意见',
        table: experts?.requests.length
          ? {
              header: ['专家', '状态', '得分', '建议', '意见', '利益冲突'],
              widths: [12, 10, 8, 12, 38, 20],
              rows: experts.requests.map((r) => [
                r.expertName,
                r.statusLabel,
                r.total === null ? '—' : String(r.total),
                r.recommendationLabel ?? '—',
                r.opinion ?? '',
                r.conflicts.join('；') || '无',
              ]),
            }
          : undefined,
        lines: [experts ? experts.note : '未入库项目，无专家评审'],
      },
      { heading: '七、同类项目', lines: [a.comparables?.summary ?? '无同链项目可比'] },
    ],
    footer: `本报告由南安产业链招商图谱服务按图谱事实生成，评分与结论供领导小组研判参考，以会议决策为准。${demo ? '数据来源：演示数据（虚构），不代表真实项目。' : ''}`,
  };
}

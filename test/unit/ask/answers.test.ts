import { composeAnswer } from '../../../src/modules/ask/ask.answers';
import type { ChainGapsResult, OverviewResult, PipelineResult } from '../../../src/modules/ask/ask.results';

const link = (code: string, name: string, status: string, statusLabel: string, severity: number) => ({
  link: { code, name, stageLabel: '中游' },
  status,
  statusLabel,
  severity,
  localProducers: 0,
  localSupplyRate: null,
  producers: [],
});

describe('answers composed from an operation’s result (问一问的回答)', () => {
  it('states a chain’s gaps with the figures of the result and cites what it names', () => {
    const data: ChainGapsResult = {
      chainGaps: {
        industry: { code: 'NE', name: '新能源' },
        localSupplyRate: 0.515,
        statusCounts: [],
        links: [
          link('NE-HJT', '异质结电池', 'BROKEN', '断链', 100),
          link('NE-GLASS', '光伏玻璃', 'WEAK', '弱链', 59),
          link('NE-MODULE', '光伏组件', 'STRONG', '强链', 0),
        ],
      },
    };
    const a = composeAnswer('chain_gaps', data, [], { industryCode: 'NE' });
    expect(a.text).toContain(
      '新能源产业链共 3 个环节：缺链 0 个、断链 1 个（异质结电池）、弱链 1 个（光伏玻璃）；强链 1 个；本地配套率 51.5%。',
    );
    expect(a.text).toContain('最该补的：异质结电池（断链，严重度 100）、光伏玻璃（弱链，严重度 59）。');
    expect(a.citations.map((c) => `${c.kind}:${c.id}`)).toEqual(['INDUSTRY:NE', 'LINK:NE-HJT', 'LINK:NE-GLASS']);
    expect(a.followUps[0]).toBe('补异质结电池找谁？谁能引荐？');
  });

  it('counts the campaign’s pieces, and never shows a share without a task', () => {
    const data: OverviewResult = {
      targets: { totalCount: 295 },
      chambers: { totalCount: 74 },
      domestic: { totalCount: 56 },
      overseas: { totalCount: 15 },
      hkMacaoTaiwan: { totalCount: 3 },
      associations: { totalCount: 20 },
      standardizedParks: { totalCount: 9 },
      parks: { totalCount: 22 },
    };
    expect(composeAnswer('overview', data, [], {}).text).toBe(
      '目标企业库 295 家；南安商会 74 个（异地 56 个、港澳台 3 个、海外 15 个）；行业协会 20 个；园区 22 个，其中标准化园区 9 个。',
    );
    const pipeline: PipelineResult = {
      pipelineStats: {
        from: '2022-08-10',
        to: '2022-11-17',
        entered: [{ stage: 'SIGNED', label: '签约', count: 89, amountYi: 395.8 }],
        task: [{ name: 'signedProjects', label: '签约项目数', target: null, done: 89, share: null }],
        taskBasis: '未设定任务',
        atRisk: [],
      },
    };
    const text = composeAnswer('pipeline_stats', pipeline, [], {}).text;
    expect(text).toContain('签约 89 个（395.8 亿元）');
    expect(text).toContain('任务：未设定任务。');
    expect(text).not.toContain('%');
  });
});

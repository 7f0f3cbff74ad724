import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAnalysisConfig } from '../../../src/analysis-settings';
import { checkLandingRows } from '../../../src/modules/import/landing.validate';

type Rows = Map<string, Array<{ row: number; values: Record<string, unknown> }>>;
const problems = (rows: Rows): string[] => {
  const out: string[] = [];
  checkLandingRows(rows, (file, row, column, reason) => out.push(`${file}:${row}:${column} ${reason}`));
  return out;
};

describe('landing files: what one row cannot say alone', () => {
  it('a park’s available land is the sum of its AVAILABLE plots, and a held plot names its holder', () => {
    const rows: Rows = new Map([
      ['parks', [{ row: 2, values: { id: 'PK-A', availableLandMu: 100 } }]],
      [
        'land_plots',
        [
          { row: 2, values: { id: 'L1', parkId: 'PK-A', status: 'AVAILABLE', areaMu: 60 } },
          { row: 3, values: { id: 'L2', parkId: 'PK-A', status: 'AVAILABLE', areaMu: 30 } },
          { row: 4, values: { id: 'L3', parkId: 'PK-A', status: 'ALLOCATED', areaMu: 50 } },
          { row: 5, values: { id: 'L4', parkId: 'PK-A', status: 'IDLE', areaMu: 20, revitalizedMu: 25 } },
        ],
      ],
    ]);
    expect(problems(rows)).toEqual([
      'land_plots:4:projectId a ALLOCATED plot names the project holding it',
      "land_plots:5:revitalizedMu revitalized 25 亩 exceeds the plot's 20 亩",
      "parks:2:availableLandMu available land 100 亩 differs from its AVAILABLE plots' 90 亩 in land_plots",
    ]);
    // 60 + 30 + 10 = 100: consistent.
    rows.get('land_plots')!.push({ row: 6, values: { id: 'L5', parkId: 'PK-A', status: 'AVAILABLE', areaMu: 10 } });
    expect(problems(rows).filter((p) => p.startsWith('parks'))).toEqual([]);
  });

  it('a fund commits no more than its size; steps, requests and handoffs run forward in time', () => {
    const rows: Rows = new Map([
      ['funds', [{ row: 2, values: { id: 'F', sizeYi: 20 } }]],
      [
        'fund_commitments',
        [
          { row: 2, values: { fundId: 'F', amountYi: 15, investedYi: 16 } },
          { row: 3, values: { fundId: 'F', amountYi: 6 } },
        ],
      ],
      [
        'approval_steps',
        [
          { row: 2, values: { projectId: 'P', code: 'A', startedOn: '2022-03-01', doneOn: '2022-02-01' } },
          { row: 3, values: { projectId: 'P', code: 'B', after: ['A', 'X'] } },
        ],
      ],
      ['handoffs', [{ row: 2, values: { fromOffice: 'PARKS', toOffice: 'PARKS', on: '2022-03-01', dueOn: '2022-02-01' } }]],
    ]);
    expect(problems(rows)).toEqual([
      'fund_commitments:2:investedYi invested 16 亿元 exceeds the 15 亿元 committed',
      'fund_commitments:3:amountYi fund F commits 21 亿元, more than its size 20 亿元',
      'approval_steps:2:doneOn done before it started',
      'approval_steps:3:after waits for step X, which the project does not have',
      'handoffs:2:toOffice an office does not hand a project to itself',
      'handoffs:2:dueOn due before it was handed on',
    ]);
  });
});

describe('analysis.landing settings', () => {
  const write = (json: unknown): string => {
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'landing-')), 'a.json');
    fs.writeFileSync(f, JSON.stringify(json));
    return f;
  };
  it('take another office or task, and refuse what is not an office or a date, naming the setting', () => {
    const c = loadAnalysisConfig(
      write({ landing: { offices: { leads: { CONTRACTED: 'PREPARATION' } }, idleLandTask: { targetMu: 9000 } } }),
    );
    expect([c.landing.offices.leads.CONTRACTED, c.landing.idleLandTask.targetMu, c.landing.idleLandTask.fromOn]).toEqual([
      'PREPARATION',
      9000,
      '2022-01-01',
    ]);
    expect(() => loadAnalysisConfig(write({ landing: { offices: { leads: { CONTRACTED: '财政局' } } } }))).toThrow(
      'analysis.landing.offices.leads.CONTRACTED must be one of INVESTMENT, PARKS, PREPARATION, KEY_PROJECTS, STATE_ASSETS',
    );
    expect(() => loadAnalysisConfig(write({ landing: { idleLandTask: { toOn: '2024-13-01' } } }))).toThrow(
      'analysis.landing.idleLandTask.toOn must be a date YYYY-MM-DD',
    );
    expect(() => loadAnalysisConfig(write({ landing: { warnings: { lateStart: { office: 7 } } } }))).toThrow(
      'analysis.landing.warnings.lateStart.office must be a string',
    );
  });
});

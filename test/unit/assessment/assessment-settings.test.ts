import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAnalysisConfig } from '../../../src/analysis-settings';
import { VetoKind } from '../../../src/domain/assessment.model';

const write = (json: unknown): string => {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assessment-')), 'a.json');
  fs.writeFileSync(f, JSON.stringify(json));
  return f;
};

describe('analysis.assessment settings (the config file)', () => {
  it('take per-chain points and floors, per-park floors, a shorter veto list and another negative list', () => {
    const c = loadAnalysisConfig(
      write({
        assessment: {
          weightsByChain: { NE: { gapFill: 14, revenue: 8 } },
          floorsByChain: { NE: { investmentPerMuWan: 400 } },
          floorsByPark: { 'PK-STD-2': { taxPerMuWan: 30 } },
          vetoes: ['DISHONEST_DEBTOR', 'NEGATIVE_LIST'],
          negativeList: [{ keyword: '多晶硅', reason: '产能过剩' }],
          bands: { pass: 85 },
        },
      }),
    ).assessment;
    expect(c.weightsByChain.NE).toEqual({ gapFill: 14, revenue: 8 });
    expect(c.floorsByPark['PK-STD-2']).toEqual({ taxPerMuWan: 30 });
    expect(c.vetoes).toEqual([VetoKind.DISHONEST_DEBTOR, VetoKind.NEGATIVE_LIST]);
    expect(c.negativeList).toEqual([{ keyword: '多晶硅', reason: '产能过剩' }]);
    expect(c.bands).toEqual({ pass: 85, conditional: 60 });
    expect(c.weights.investmentIntensity).toBe(15); // the defaults stay where not overridden
  });

  it('refuse points that do not add up to 100, unknown parts, vetoes and floors, naming the setting', () => {
    expect(() => loadAnalysisConfig(write({ assessment: { weightsByChain: { NE: { gapFill: 20 } } } }))).toThrow(
      'analysis.assessment.weightsByChain.NE must add up to 100 with the defaults (it adds up to 110)',
    );
    expect(() => loadAnalysisConfig(write({ assessment: { weights: { funding: 5 } } }))).toThrow(
      'analysis.assessment.weights must add up to 100',
    );
    expect(() => loadAnalysisConfig(write({ assessment: { weightsByChain: { NE: { luck: 0 } } } }))).toThrow(
      'analysis.assessment.weightsByChain.NE.luck is not a part',
    );
    expect(() => loadAnalysisConfig(write({ assessment: { vetoes: ['BAD_LUCK'] } }))).toThrow(
      'analysis.assessment.vetoes: BAD_LUCK is not one of',
    );
    expect(() => loadAnalysisConfig(write({ assessment: { floorsByPark: { P: { taxPerMuWan: 0 } } } }))).toThrow(
      'analysis.assessment.floorsByPark.P.taxPerMuWan must be a positive number',
    );
    expect(() => loadAnalysisConfig(write({ assessment: { negativeList: 'coal' } }))).toThrow(
      'analysis.assessment.negativeList must be a list',
    );
    expect(() => loadAnalysisConfig(write({ assessment: { bands: { conditional: 90 } } }))).toThrow(
      'analysis.assessment.bands.conditional must not exceed bands.pass',
    );
  });
});

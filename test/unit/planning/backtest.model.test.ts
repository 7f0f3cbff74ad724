import type { CandidateRow } from '../../../src/graph/chain-facts.queries';
import { candidatesAsOf, projectAsOf, randomBaseline, scoreOrder } from '../../../src/modules/planning/backtest.model';

const project = (over: Record<string, string | null>) => ({
  stage: 'STARTED',
  plannedOn: null,
  negotiatingOn: null,
  signedOn: '2022-03-01',
  contractedOn: '2022-03-20',
  performingOn: '2022-07-01',
  startedOn: '2022-09-01',
  producingOn: null,
  defaultedOn: null,
  withdrawnOn: null,
  ...over,
});

describe('the graph as it stood on a day (pure)', () => {
  it('puts a project in the stage it had entered by then, or leaves it out when it had entered none', () => {
    expect(projectAsOf(project({}), '2022-06-30')?.stage).toBe('CONTRACTED');
    expect(projectAsOf(project({}), '2022-07-01')?.stage).toBe('PERFORMING');
    expect(projectAsOf(project({}), '2022-12-31')?.stage).toBe('STARTED');
    expect(projectAsOf(project({}), '2022-02-28')).toBeNull();
    // Negotiating before it signed: it existed, at 对接.
    expect(projectAsOf(project({ negotiatingOn: '2022-01-10' }), '2022-02-28')?.stage).toBe('NEGOTIATING');
    // Two stages on one day: the later one.
    expect(projectAsOf(project({ contractedOn: '2022-03-01' }), '2022-03-01')?.stage).toBe('CONTRACTED');
    // Undated: taken as it is.
    expect(
      projectAsOf({ ...project({ signedOn: null, contractedOn: null, performingOn: null, startedOn: null }) }, '2020-01-01')?.stage,
    ).toBe('STARTED');
  });

  it('leaves out targets added later, turns off intent signals known later, dates their projects', () => {
    const row = (uscc: string, t: Partial<CandidateRow['target']>, pipeline: Array<ReturnType<typeof project>> = []): CandidateRow => ({
      target: {
        uscc,
        name: uscc,
        revenueYi: 1,
        ownership: null,
        fortune500: false,
        chainLeader: false,
        specialized: false,
        highTech: false,
        expansionPlan: true,
        recentFinancing: true,
        ...t,
      },
      cityName: null,
      cityCode: null,
      links: [],
      pipeline: pipeline as unknown as CandidateRow['pipeline'],
    });
    const out = candidatesAsOf(
      [
        row('A', { targetSince: '2022-01-01', expansionPlanOn: '2022-08-01', recentFinancingOn: null }, [
          project({}),
          project({ signedOn: '2022-09-01', contractedOn: null, performingOn: null, startedOn: null }),
        ]),
        row('B', { targetSince: '2022-07-01' }),
        row('C', { targetSince: null, expansionPlan: false, expansionPlanOn: '2021-01-01' }),
      ],
      '2022-06-30',
    );
    expect(out.map((r) => [r.target.uscc, r.target.expansionPlan, r.target.recentFinancing, r.pipeline.map((p) => p.stage)])).toEqual([
      ['A', false, true, ['CONTRACTED']],
      ['C', false, true, []],
    ]);
  });
});

describe('backtest scores (pure, by hand)', () => {
  const signed = new Set(['b', 'e']);
  it('hit, precision and recall at k of an order', () => {
    expect(scoreOrder(['a', 'b', 'c', 'd', 'e'], signed, 2)).toEqual({ hits: 1, precision: 0.5, recall: 0.5 });
    expect(scoreOrder(['a', 'b', 'c', 'd', 'e'], signed, 5)).toEqual({ hits: 2, precision: 0.4, recall: 1 });
    expect(scoreOrder(['a', 'c'], new Set<string>(), 2)).toEqual({ hits: 0, precision: 0, recall: null });
  });
  it('the random baseline is the hypergeometric mean: k × p / n', () => {
    expect(randomBaseline(5, 2, 2)).toEqual({ hits: 0.8, precision: 0.4, recall: 0.4 });
    // k above n: every firm is drawn, all signers hit.
    expect(randomBaseline(3, 1, 10)).toEqual({ hits: 1, precision: 0.1, recall: 1 });
  });
});

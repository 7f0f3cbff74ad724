import { DEFAULT_ANALYSIS_CONFIG } from '../../../src/domain/analysis-config';
import { analyseLinks, chainSupplyRate, LinkMetrics, LinkStatus, FillingProject, SeverityGrade } from '../../../src/domain/gaps.model';

const C = DEFAULT_ANALYSIS_CONFIG.gaps;

/** A five-link chain: E→A→B→C, D→C. Local firms in A (链主), C and D; none in B or E. */
function chain(): LinkMetrics[] {
  const base = {
    industryCode: 'T',
    industryName: '测试链',
    stage: 'MIDSTREAM',
    demandFirms: 0,
    purchasedYi: 0,
    purchasedLocalYi: 0,
    projects: [],
  };
  return [
    {
      ...base,
      code: 'A',
      name: '甲',
      importance: 0.8,
      core: false,
      upstream: ['E'],
      downstream: ['B'],
      demand: 0,
      producers: [{ uscc: 'L1', name: 'L1', revenueYi: 20, chainLeader: true, evidence: 'STRONG' }],
    },
    {
      ...base,
      code: 'B',
      name: '乙',
      importance: 1.0,
      core: true,
      upstream: ['A'],
      downstream: ['C'],
      demand: 0.8,
      producers: [],
      purchasedYi: 2,
      purchasedLocalYi: 0,
    },
    {
      ...base,
      code: 'C',
      name: '丙',
      importance: 0.6,
      core: false,
      upstream: ['B', 'D'],
      downstream: [],
      demand: 0,
      producers: [{ uscc: 'L2', name: 'L2', revenueYi: 5, chainLeader: false, evidence: 'MEDIUM' }],
    },
    {
      ...base,
      code: 'D',
      name: '丁',
      importance: 0.5,
      core: false,
      upstream: [],
      downstream: ['C'],
      demand: 0.5,
      producers: [{ uscc: 'L3', name: 'L3', revenueYi: 0.5, chainLeader: false, evidence: 'WEAK' }],
      purchasedYi: 4,
      purchasedLocalYi: 1,
    },
    { ...base, code: 'E', name: '戊', importance: 0.4, core: false, upstream: [], downstream: ['A'], demand: 0.5, producers: [] },
  ];
}

describe('chain-gap analysis (pure)', () => {
  const gaps = new Map(analyseLinks(chain(), C).map((g) => [g.metrics.code, g]));

  it('classifies each link (worked out by hand in docs/ranking.md)', () => {
    expect(gaps.get('A')!.status).toBe(LinkStatus.STRONG); // a 链主, supply rate unknown
    expect(gaps.get('B')!.status).toBe(LinkStatus.BROKEN); // A upstream and C downstream are local, B is not
    expect(gaps.get('C')!.status).toBe(LinkStatus.WEAK); // presence 0.6 × 5/10 = 0.3 < 1
    expect(gaps.get('D')!.status).toBe(LinkStatus.WEAK); // weak evidence only; supply rate 0.25 < 0.3
    expect(gaps.get('E')!.status).toBe(LinkStatus.MISSING); // no producer, demand from A
  });

  it('computes presence, supply rate, demand factor, deficit and severity', () => {
    const c = gaps.get('C')!;
    expect(c.presence).toBe(0.3);
    expect(c.demandFactor).toBe(0.4); // end link floor
    expect(c.deficit).toBe(0.9); // 1 - 0.3 / 3
    expect(c.severity).toBe(22); // round(100 × 0.6 × 0.4 × 0.9) = round(21.6)
    const b = gaps.get('B')!;
    expect(b.localSupplyRate).toBe(0);
    expect(b.demandFactor).toBe(0.8); // broken floor beats core floor 0.5 and demand 0.8/4
    expect(b.severity).toBe(80);
    expect(b.grade).toBe(SeverityGrade.URGENT);
    const d = gaps.get('D')!;
    expect(d.presence).toBe(0.03); // 0.3 × max(0.1, 0.5/10)
    expect(d.localSupplyRate).toBe(0.25);
    expect(d.demandFactor).toBe(0.125); // 0.5 / 4
    expect(d.deficit).toBe(0.99); // max(1 - 0.03/3, 1 - 0.25)
    expect(d.severity).toBe(6); // round(100 × 0.5 × 0.125 × 0.99) = round(6.1875)
    expect(gaps.get('E')!.severity).toBe(5); // round(100 × 0.4 × 0.125 × 1)
    expect(gaps.get('A')!.severity).toBe(0);
    expect(gaps.get('A')!.grade).toBeNull();
  });

  it('computes the chain’s local supply rate from all purchases', () => {
    expect(chainSupplyRate([...gaps.values()])).toBe(0.1667); // 1 / (2 + 4)
  });

  it('grades by the configured thresholds', () => {
    const strict = { ...C, grades: { urgent: 90, important: 10 } };
    const g = new Map(analyseLinks(chain(), strict).map((x) => [x.metrics.code, x]));
    expect(g.get('B')!.grade).toBe(SeverityGrade.IMPORTANT);
    expect(g.get('C')!.grade).toBe(SeverityGrade.IMPORTANT);
    expect(g.get('D')!.grade).toBe(SeverityGrade.NORMAL);
  });

  it('does not call a link with no producer and no need a gap', () => {
    const lone: LinkMetrics = { ...chain()[4], code: 'Z', upstream: [], downstream: [], demand: 0 };
    expect(analyseLinks([lone], C)[0]).toMatchObject({ status: LinkStatus.ABSENT, severity: 0, grade: null });
  });

  describe('the campaign’s pipeline (projects that FILL a link)', () => {
    const project = (id: string, stage: string, amountYi: number, investorUscc: string | null = null): FillingProject => ({
      id,
      name: `项目${id}`,
      stage,
      amountYi,
      investorUscc,
      investorName: investorUscc ? `投资方${investorUscc}` : null,
    });
    const withProjects = (code: string, projects: FillingProject[]): Map<string, ReturnType<typeof analyseLinks>[number]> =>
      new Map(
        analyseLinks(
          chain().map((l) => (l.code === code ? { ...l, projects } : l)),
          C,
        ).map((g) => [g.metrics.code, g]),
      );

    it('marks a broken link being filled by a performing project 补链中, not URGENT', () => {
      const b = withProjects('B', [project('P1', 'PERFORMING', 50), project('P2', 'NEGOTIATING', 120)]).get('B')!;
      expect(b.baseStatus).toBe(LinkStatus.BROKEN);
      expect(b.status).toBe(LinkStatus.FILLING);
      expect(b.pipelineCredit).toBe(0.6); // the best filling stage: PERFORMING
      expect(b.severity).toBe(32); // round(80 × (1 − 0.6))
      expect(b.grade).toBe(SeverityGrade.IMPORTANT);
      expect(b.fillingProjects.map((p) => p.id)).toEqual(['P1']); // the negotiating one is a prospect, not counted
    });

    it('counts a producing project as local presence: the broken link becomes present', () => {
      const gaps = withProjects('B', [project('P1', 'PRODUCING', 12, 'X9')]);
      const b = gaps.get('B')!;
      expect(b.producers).toEqual([
        { uscc: 'X9', name: '投资方X9', revenueYi: 12, chainLeader: false, evidence: 'STRONG', projectId: 'P1' },
      ]);
      expect(b.presence).toBe(1); // STRONG 1 × min(1, 12/10)
      expect(b.status).toBe(LinkStatus.WEAK); // one solid producer of 3 needed, presence 1 ≥ 1, but local supply rate 0 < 0.3
      expect(b.severity).toBe(50); // round(100 × 1 × 0.5 (core floor) × max(1 − 1/3, 1 − 0))
    });

    it('does not count a producing project twice when its investor is already a local producer', () => {
      const a = withProjects('A', [project('P1', 'PRODUCING', 30, 'L1')]).get('A')!;
      expect(a.producers.map((p) => p.uscc)).toEqual(['L1']);
    });

    it('lets neither planned, negotiating, defaulted nor withdrawn projects lower a gap', () => {
      for (const stage of ['PLANNED', 'NEGOTIATING', 'DEFAULTED', 'WITHDRAWN']) {
        const b = withProjects('B', [project('P1', stage, 50, 'X9')]).get('B')!;
        expect([stage, b.status, b.severity]).toEqual([stage, LinkStatus.BROKEN, 80]);
      }
    });

    it('leaves links that are not gaps alone', () => {
      const a = withProjects('A', [project('P1', 'SIGNED', 50)]).get('A')!;
      expect(a).toMatchObject({ status: LinkStatus.STRONG, pipelineCredit: 0, fillingProjects: [], severity: 0 });
    });
  });
});

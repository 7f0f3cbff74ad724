import { Neo4jGateway } from '../../db/gateway';
import { AnalysisSettings } from '../../analysis-settings';
import {
  AssessmentFacts,
  AssessmentOutcome,
  AssessmentRules,
  assessProposal,
  CreditFacts,
  InvestorFacts,
  landBasis,
  ProposalTerms,
  SiteZoning,
} from '../../domain/assessment.model';
import { GAP_STATUSES, LINK_STATUS_ZH, LinkGap } from '../../domain/gaps.model';
import { MemberRole } from '../../domain/enums';
import { suggestParks } from '../../domain/ranking.model';
import { simulateLanding } from '../../domain/simulation.model';
import { metricsAsOf } from '../../graph/as-of';
import { toFlowMap, toParkInfo } from '../../graph/chain-facts.mappers';
import { ChainFacts } from '../../graph/chain-facts.service';
import type { LinkMetricsRow, ParkFactRow } from '../../graph/chain-facts.queries';
import { Injectable } from '../../graphql/scope';
import { INVESTORS, InvestorRow, LOCAL_TRADE, LocalTradeRow, PARK_FLOORS, ParkFloorsRow } from './assessment.queries';
import type { NewInvestorInput } from './assessment.input';

/** Who and what is assessed, however it came (a project, a proposal, or both). */
export interface Subject {
  /** The project's id, or a key for a proposal. */
  key: string;
  projectId: string | null;
  terms: ProposalTerms;
  /** Where the terms come from, in Chinese. */
  basis: string;
  industryCode: string | null;
  linkCodes: string[];
  investorUscc: string | null;
  newInvestor: NewInvestorInput | null;
  /** The park wished for (or the project's). */
  parkId: string | null;
  approvals: { steps: number; done: number } | null;
}

/** One subject assessed: the facts, the outcome, and the chain before → after for the report. */
export interface Assessed {
  subject: Subject;
  facts: AssessmentFacts;
  outcome: AssessmentOutcome;
  chain: Array<{ before: LinkGap; after: LinkGap; filled: boolean }>;
  supplyRate: { before: number | null; after: number | null };
  park: { row: ParkFactRow; positioned: boolean; suggested: boolean } | null;
}

const OFFICER_ROLES = [MemberRole.PRESIDENT, MemberRole.EXECUTIVE_VICE_PRESIDENT, MemberRole.VICE_PRESIDENT, MemberRole.SECRETARY_GENERAL];
export { OFFICER_ROLES };

const NO_CREDIT: CreditFacts = {
  checkedOn: null,
  source: null,
  dishonestDebtor: null,
  businessAbnormal: null,
  majorViolation: null,
  note: null,
};

/** A site's zoning from its plots' zoning text: industrial when one says 工业, else not, unknown without plots. */
export function zoningOfPlots(zonings: string[]): SiteZoning | null {
  if (zonings.length === 0) return null;
  return zonings.some((z) => z.includes('工业')) ? SiteZoning.INDUSTRIAL : SiteZoning.NON_INDUSTRIAL;
}

/**
 * The facts 项目预评估 reads from the graph, for one subject or many at once (the calibration assesses
 * every signed project as of its signing day): the investor's size, titles, credit check and record
 * here; the chain before and after the project lands (the what-if); the local firms that would trade
 * with it; the park, its land and its own floors. Reads only.
 */
@Injectable()
export class AssessmentReader {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly facts: ChainFacts,
    private readonly settings: AnalysisSettings,
  ) {}

  get rules(): AssessmentRules {
    return this.settings.config.assessment;
  }

  /** Assesses each subject with the facts known on its day (`asOf`, an ISO day). */
  async assess(items: Array<{ subject: Subject; asOf: string; today: boolean }>): Promise<Assessed[]> {
    const usccs = [...new Set(items.flatMap((i) => (i.subject.investorUscc ? [i.subject.investorUscc] : [])))];
    const floorKeys = [
      ...new Map(
        items
          .flatMap((i) => (i.subject.parkId ? [{ parkId: i.subject.parkId, industryCode: i.subject.industryCode }] : []))
          .map((k) => [`${k.parkId}|${k.industryCode}`, k]),
      ).values(),
    ];
    const [metrics, { flows, parks }, investorRows, trade, floorRows] = await Promise.all([
      this.facts.linkMetrics(),
      this.facts.graphFacts(),
      usccs.length > 0 ? this.gw.read(INVESTORS, { usccs }) : Promise.resolve([]),
      this.gw.read(LOCAL_TRADE, {
        items: items.map((i) => ({ key: i.subject.key, links: i.subject.linkCodes, uscc: i.subject.investorUscc })),
      }),
      floorKeys.length > 0 ? this.gw.read(PARK_FLOORS, { items: floorKeys }) : Promise.resolve([]),
    ]);
    const floors = new Map(floorRows.map((f) => [`${f.parkId}|${f.industryCode}`, f]));
    const investors = new Map(investorRows.map((r) => [r.uscc, r]));
    const trades = new Map(trade.map((t) => [t.key, t]));
    const flowMap = toFlowMap(flows);
    const parkById = new Map(parks.map((p) => [p.park.id, p]));
    return items.map((item) =>
      this.assessOne(
        item.subject,
        item.asOf,
        item.today,
        metrics,
        flowMap,
        parks,
        parkById,
        investors,
        trades.get(item.subject.key),
        floors.get(`${item.subject.parkId}|${item.subject.industryCode}`),
      ),
    );
  }

  private assessOne(
    s: Subject,
    asOf: string,
    isToday: boolean,
    allMetrics: LinkMetricsRow[],
    flows: Map<string, number>,
    parks: ParkFactRow[],
    parkById: Map<string, ParkFactRow>,
    investors: Map<string, InvestorRow>,
    trade: LocalTradeRow | undefined,
    parkFloors: ParkFloorsRow | undefined,
  ): Assessed {
    // The chain as it stood, without the project itself (its own pipeline credit is what it would add).
    const dated = isToday ? allMetrics : metricsAsOf(allMetrics, asOf);
    const metrics = dated.map((m) => (s.projectId ? { ...m, projects: m.projects.filter((p) => p.id !== s.projectId) } : m));
    const linkRows = s.linkCodes.map((c) => metrics.find((m) => m.code === c)).filter((m): m is LinkMetricsRow => m !== undefined);
    const industryCode = s.industryCode ?? linkRows[0]?.industryCode ?? null;
    const chainRows = metrics.filter((m) => m.industryCode === industryCode);
    const investor = this.investorFacts(s, investors, asOf);
    const sim = simulateLanding(
      chainRows,
      [
        {
          uscc: s.investorUscc ?? `proposal:${s.key}`,
          name: investor.name,
          revenueYi: investor.revenueYi,
          chainLeader: investor.chainLeader === true,
          links: linkRows.map((l) => ({ code: l.code, evidence: 'STRONG' as const })),
          sells: [],
          buys: [],
        },
      ],
      flows,
      this.settings.config.gaps,
    );
    const afterByCode = new Map(sim.after.map((g) => [g.metrics.code, g]));
    const chain = sim.before.map((b) => ({
      before: b,
      after: afterByCode.get(b.metrics.code)!,
      filled: s.linkCodes.includes(b.metrics.code),
    }));
    const state = (g: LinkGap) => ({
      status: g.status,
      statusLabel: LINK_STATUS_ZH[g.status],
      severity: g.severity,
      gap: GAP_STATUSES.has(g.status),
    });

    const land = landBasis(s.terms, this.rules);
    const park = this.placePark(s, industryCode, land, parks, parkById);
    const rules: AssessmentRules =
      park && !park.suggested && parkFloors && (parkFloors.investmentPerMuWan !== null || parkFloors.taxPerMuWan !== null)
        ? {
            ...this.rules,
            floorsByPark: {
              ...this.rules.floorsByPark,
              [park.row.park.id]: {
                ...(parkFloors.investmentPerMuWan !== null ? { investmentPerMuWan: parkFloors.investmentPerMuWan } : {}),
                ...(parkFloors.taxPerMuWan !== null ? { taxPerMuWan: parkFloors.taxPerMuWan } : {}),
                ...this.rules.floorsByPark[park.row.park.id],
              },
            },
          }
        : this.rules;
    const facts: AssessmentFacts = {
      proposal: s.terms,
      investor,
      chain: industryCode ? { code: industryCode, name: chainRows[0]?.industryName ?? industryCode } : null,
      links: chain
        .filter((c) => c.filled)
        .map((c) => ({ code: c.before.metrics.code, name: c.before.metrics.name, before: state(c.before), after: state(c.after) })),
      urgentSeverity: this.settings.config.gaps.grades.urgent,
      localTrade: { buyers: trade?.buyers ?? 0, sellers: trade?.sellers ?? 0, examples: trade?.examples ?? [] },
      park: park
        ? {
            id: park.row.park.id,
            name: park.row.park.name,
            positioned: park.positioned,
            availableMu: park.row.park.availableLandMu ?? 0,
            suggested: park.suggested,
          }
        : null,
      approvals: s.approvals,
    };
    const supply = sim.supplyRate.find((r) => r.industryCode === industryCode);
    return {
      subject: s,
      facts,
      outcome: assessProposal(facts, rules),
      chain,
      supplyRate: { before: supply?.before ?? null, after: supply?.after ?? null },
      park,
    };
  }

  /** The wished park, or the best positioned one with the land (suggested); null when none fits. */
  private placePark(
    s: Subject,
    industryCode: string | null,
    land: number | null,
    parks: ParkFactRow[],
    parkById: Map<string, ParkFactRow>,
  ): Assessed['park'] {
    const positioned = (p: ParkFactRow): boolean =>
      s.linkCodes.some((l) => p.links.includes(l)) || (industryCode !== null && p.industries.includes(industryCode));
    if (s.parkId) {
      const row = parkById.get(s.parkId);
      return row ? { row, positioned: positioned(row), suggested: false } : null;
    }
    if (!industryCode) return null;
    const best = suggestParks(s.linkCodes, [industryCode], parks.map(toParkInfo), land ?? 0).find((f) => f.fit >= 0.7);
    return best ? { row: parkById.get(best.park.id)!, positioned: true, suggested: true } : null;
  }

  /** The investor as of the day: the graph's firm (its latest credit check by then, its record here), or the proposal's. */
  private investorFacts(s: Subject, investors: Map<string, InvestorRow>, asOf: string): InvestorFacts {
    const row = s.investorUscc ? investors.get(s.investorUscc) : undefined;
    if (row) {
      const check = [...row.checks].filter((c) => c.checkedOn <= asOf).pop();
      const others = row.projects.filter((p) => p.id !== s.projectId && p.signedOn !== null && p.signedOn <= asOf);
      const defaulted = others.filter((p) => p.defaultedOn !== null && p.defaultedOn <= asOf);
      return {
        name: row.name,
        uscc: row.uscc,
        revenueYi: row.revenueYi,
        fortune500: row.fortune500,
        chainLeader: row.chainLeader,
        listed: row.listed,
        specialized: row.specialized,
        highTech: row.highTech,
        credit: check
          ? {
              checkedOn: check.checkedOn,
              source: check.checkedIn,
              dishonestDebtor: check.dishonestDebtor,
              businessAbnormal: check.businessAbnormal,
              majorViolation: check.majorViolation,
              note: check.note,
            }
          : NO_CREDIT,
        record: {
          projects: others.length,
          producing: others.filter((p) => p.producingOn !== null && p.producingOn <= asOf).length,
          defaulted: defaulted.length,
          defaultedNames: defaulted.map((p) => p.name),
        },
      };
    }
    const n = s.newInvestor;
    return {
      name: n?.name ?? '投资方未明确',
      uscc: null,
      revenueYi: n?.revenueYi ?? null,
      fortune500: n?.fortune500 ?? null,
      chainLeader: n?.chainLeader ?? null,
      listed: n?.listed ?? null,
      specialized: n?.specialized ?? null,
      highTech: n?.highTech ?? null,
      credit: n?.credit
        ? {
            checkedOn: n.credit.checkedOn,
            source: n.credit.checkedIn,
            dishonestDebtor: n.credit.dishonestDebtor,
            businessAbnormal: n.credit.businessAbnormal,
            majorViolation: n.credit.majorViolation,
            note: n.credit.note ?? null,
          }
        : NO_CREDIT,
      record: { projects: 0, producing: 0, defaulted: 0, defaultedNames: [] },
    };
  }
}

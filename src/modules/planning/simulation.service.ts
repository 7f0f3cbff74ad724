import { Neo4jGateway } from '../../db/gateway';
import { NotFoundError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import { EnterpriseReader } from '../../graph/enterprise-reader.service';
import { AnalysisSettings } from '../../analysis-settings';
import { ChainFacts } from '../../graph/chain-facts.service';
import { toFlowMap, toIntensityMap, toParkInfo } from '../../graph/chain-facts.mappers';
import { LINK_STATUS_ZH, LinkGap } from '../../domain/gaps.model';
import { landNeedOf, suggestParks } from '../../domain/ranking.model';
import { LANDING_FIRMS } from './simulation.queries';
import { simulateLanding } from '../../domain/simulation.model';
import type { SimulateLandingInput } from './simulation.input';
import type { LandingSimulation, LinkState } from './simulation.type';

function state(g: LinkGap): LinkState {
  return {
    status: g.status,
    statusLabel: LINK_STATUS_ZH[g.status],
    severity: g.severity,
    grade: g.grade,
    localProducers: g.producers.length,
    localSupplyRate: g.localSupplyRate,
  };
}

/** What-if (simulateLanding): the chains if these firms landed, in the parks given or suggested. Reads only. */
@Injectable()
export class SimulationService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly facts: ChainFacts,
    private readonly enterprises: EnterpriseReader,
    private readonly settings: AnalysisSettings,
  ) {}

  async simulate(input: SimulateLandingInput): Promise<LandingSimulation> {
    const usccs = [...new Set(input.targets)];
    const [rows, metrics, { flows, parks: parkRows, themes: facts }, nodes] = await Promise.all([
      this.gw.read(LANDING_FIRMS, { usccs }),
      this.facts.linkMetrics(),
      this.facts.graphFacts(),
      this.facts.nodeLookups(),
    ]);
    const found = new Set(rows.map((r) => r.firm.uscc));
    const missing = input.targets.map((u, i) => ({ u, i })).filter((x) => !found.has(x.u));
    if (missing.length > 0)
      throw new NotFoundError(
        'Enterprise',
        missing.map((m) => m.u).join(', '),
        missing.map((m) => ({ path: `input.targets.${m.i}`, message: `no enterprise ${m.u}` })),
      );
    const parks = new Map(parkRows.map((r) => [r.park.id, r]));
    const badPark = (input.parks ?? []).map((p, i) => ({ p, i })).filter((x) => !parks.has(x.p.parkId) || !found.has(x.p.uscc));
    if (badPark.length > 0) {
      throw new NotFoundError(
        'Park',
        badPark.map((b) => b.p.parkId).join(', '),
        badPark.map((b) => ({
          path: `input.parks.${b.i}`,
          message: parks.has(b.p.parkId) ? `${b.p.uscc} is not one of the targets` : `no park ${b.p.parkId}`,
        })),
      );
    }

    // The chains the firms work in, whole (a link's status depends on its neighbours).
    const industries = new Set(rows.flatMap((r) => r.links.map((l) => l.industryCode)));
    const inPlay = metrics.filter((m) => industries.has(m.industryCode));
    const result = simulateLanding(
      inPlay,
      rows.map((r) => ({
        uscc: r.firm.uscc,
        name: r.firm.name,
        revenueYi: r.firm.revenueYi,
        chainLeader: r.firm.chainLeader === true,
        links: r.links,
        sells: r.sells,
        buys: r.buys,
      })),
      toFlowMap(flows),
      this.settings.config.gaps,
    );

    // Land: each firm's estimated need, in its chosen park or the best positioned one with the land left.
    const intensity = toIntensityMap(facts);
    const left = new Map(parkRows.map((r) => [r.park.id, r.park.availableLandMu ?? 0]));
    const placed = new Map<string, string[]>();
    const unplaced: string[] = [];
    for (const r of rows) {
      const need = landNeedOf({ revenueYi: r.firm.revenueYi }, r.links[0]?.industryCode ?? '', {
        investmentIntensity: intensity,
        config: this.settings.config.ranking,
      }).mu;
      const chosen = input.parks?.find((p) => p.uscc === r.firm.uscc)?.parkId;
      const infos = parkRows.map((p) => ({ ...toParkInfo(p), availableLandMu: left.get(p.park.id) ?? 0 }));
      const best =
        chosen ??
        suggestParks(
          r.links.map((l) => l.code),
          [...new Set(r.links.map((l) => l.industryCode))],
          infos,
          need,
        ).find((s) => s.fit >= 0.7)?.park.id;
      if (!best) {
        unplaced.push(r.firm.uscc);
        continue;
      }
      left.set(best, (left.get(best) ?? 0) - need);
      placed.set(best, [...(placed.get(best) ?? []), r.firm.uscc]);
    }

    const firms = await this.enterprises.byUsccs(usccs);
    const afterByCode = new Map(result.after.map((g) => [g.metrics.code, g]));
    const links = result.before
      .map((b) => {
        const a = afterByCode.get(b.metrics.code)!;
        return {
          link: nodes.link(b.metrics.code),
          before: state(b),
          after: state(a),
          changed: a.status !== b.status || a.severity !== b.severity,
        };
      })
      .sort((x, y) => +y.changed - +x.changed || y.before.severity - x.before.severity || x.link.code.localeCompare(y.link.code));
    return {
      targets: usccs.map((u) => firms.get(u)!),
      links,
      gapsClosed: result.closed.map((c) => nodes.link(c)),
      supplyRates: result.supplyRate,
      land: [...placed.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, list]) => {
          const park = parks.get(id)!.park;
          const availableMu = park.availableLandMu ?? 0;
          const leftMu = Math.round((left.get(id) ?? 0) * 10) / 10;
          return { park, availableMu, usedMu: Math.round((availableMu - leftMu) * 10) / 10, leftMu, firms: list.map((u) => firms.get(u)!) };
        }),
      unplaced: unplaced.map((u) => firms.get(u)!),
    };
  }
}

import crypto from 'node:crypto';
import { RequestCaller, Role } from '../../auth/roles';
import { Neo4jGateway } from '../../db/gateway';
import { AppError, ErrorCode, FieldProblem, NotFoundError, BadInputError } from '../../errors';
import { ConnectionShape, fetchPage, PageArgs } from '../../graphql/pagination';
import { Injectable } from '../../graphql/scope';
import { VersionedValues } from '../../graphql/versioned-values';
import type { PlanPortfolioInput } from './portfolio.input';
import { PortfolioService } from './portfolio.service';
import type { PortfolioPlan } from './portfolio.type';
import type { SimulateLandingInput } from './simulation.input';
import { SimulationService } from './simulation.service';
import type { LandingSimulation } from './simulation.type';
import type { SaveScenarioInput, ScenarioFilter } from './scenario.input';
import { DELETE_SCENARIO, SAVE_SCENARIO, SCENARIO_BY_ID, SCENARIO_PAGE } from './scenario.queries';
import { ScenarioKind, ScenarioRow, StoredSummary } from './scenario.type';

/** Errors of a nested run name the field inside the scenario input (input.whatIf.targets.1). */
async function under<T>(prefix: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const fields = e instanceof AppError ? (e.extensions.fields as FieldProblem[] | undefined) : undefined;
    if (!(e instanceof AppError) || !fields) throw e;
    const moved = fields.map((f) => ({ ...f, path: f.path.replace(/^input/, prefix) }));
    throw new AppError(e.code, e.message, { ...e.extensions, code: e.code, fields: moved });
  }
}

/** Saved what-ifs and portfolios (方案): kept with their input and the graph version they were computed on. */
@Injectable()
export class ScenarioService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly simulation: SimulationService,
    private readonly portfolio: PortfolioService,
    private readonly versioned: VersionedValues,
    private readonly who: RequestCaller,
  ) {}

  /** Runs the scenario on the graph as it is and keeps its input, a summary and the version. */
  async save(input: SaveScenarioInput): Promise<ScenarioRow> {
    if (!input.whatIf === !input.portfolio) {
      throw new BadInputError([
        { path: 'input', message: 'give exactly one of whatIf or portfolio / whatIf 与 portfolio 须且仅须给出一个' },
      ]);
    }
    // The version is read before the run: a write landing meanwhile shows as "moved", never hides.
    const graphVersion = await this.versioned.version();
    let kind: ScenarioKind;
    let summary: StoredSummary;
    if (input.whatIf) {
      kind = ScenarioKind.WHAT_IF;
      const r = await under('input.whatIf', () => this.simulation.simulate(input.whatIf!));
      summary = {
        value: null,
        coverage: null,
        landUsedMu: Math.round(r.land.reduce((s, p) => s + p.usedMu, 0) * 10) / 10,
        firms: r.targets.map((t) => t.uscc),
        gapsClosed: r.gapsClosed.map((l) => l.code),
      };
    } else {
      kind = ScenarioKind.PORTFOLIO;
      const r = await under('input.portfolio', () => this.portfolio.plan(input.portfolio!));
      summary = {
        value: r.value,
        coverage: r.coverage,
        landUsedMu: r.landUsedMu,
        firms: r.picks.map((p) => p.target.uscc),
        gapsClosed: r.links.filter((l) => l.closed >= 0.5).map((l) => l.link.code),
      };
    }
    const [saved] = await this.gw.write(SAVE_SCENARIO, {
      id: crypto.randomUUID(),
      name: input.name,
      note: input.note ?? null,
      kind,
      input: JSON.stringify(input.whatIf ?? input.portfolio),
      summary: JSON.stringify(summary),
      graphVersion,
      createdBy: this.who.caller.id,
      createdAt: new Date().toISOString(),
    });
    return saved.node;
  }

  async byId(id: string): Promise<ScenarioRow | null> {
    const [row] = await this.gw.read(SCENARIO_BY_ID, { id });
    return row?.node ?? null;
  }

  list(filter: ScenarioFilter | undefined, page: PageArgs): Promise<ConnectionShape<ScenarioRow>> {
    const f = { kind: filter?.kind ?? null, createdBy: filter?.createdBy ?? null, nameContains: filter?.nameContains ?? null };
    return fetchPage(this.gw, SCENARIO_PAGE, { f }, 'SCENARIO_NEWEST', page);
  }

  /** Its author or an admin may delete a scenario. */
  async delete(id: string): Promise<void> {
    const caller = this.who.caller;
    const [r] = await this.gw.write(DELETE_SCENARIO, { id, actor: caller.id, admin: caller.roles.includes(Role.ADMIN) });
    if (!r || r.createdBy === null) throw new NotFoundError('Scenario', id, [{ path: 'id', message: `no scenario ${id}` }]);
    if (!r.allowed)
      throw new AppError(ErrorCode.FORBIDDEN, 'Only its author or an admin may delete a scenario. 只有方案的创建者或管理员可以删除。', {
        fields: [{ path: 'id', message: 'not yours' }],
      });
  }

  /** Has the graph moved since the scenario was computed? */
  async moved(row: ScenarioRow): Promise<boolean> {
    return (await this.versioned.version()) !== row.graphVersion;
  }

  /** The scenario run again on the graph as it is now. */
  rerunWhatIf(row: ScenarioRow): Promise<LandingSimulation> {
    return this.simulation.simulate(JSON.parse(row.input) as SimulateLandingInput);
  }

  rerunPortfolio(row: ScenarioRow): Promise<PortfolioPlan> {
    return this.portfolio.plan(JSON.parse(row.input) as PlanPortfolioInput);
  }
}

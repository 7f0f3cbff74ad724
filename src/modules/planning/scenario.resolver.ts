import { Args, Authorized, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { InputArgs } from '../../graphql/input-args';
import { analysisCost } from '../../graphql/limits';
import { ChainFacts } from '../../graph/chain-facts.service';
import { PortfolioPlan } from './portfolio.type';
import { LandingSimulation } from './simulation.type';
import { EnterpriseReader } from '../../graph/enterprise-reader.service';
import { SaveScenarioInput, ScenarioIdArgs, ScenariosArgs } from './scenario.input';
import { ScenarioService } from './scenario.service';
import { Scenario, SCENARIO_KIND_ZH, ScenarioConnection, ScenarioKind, ScenarioRow, ScenarioSummary, StoredSummary } from './scenario.type';

const SaveScenarioArgs = InputArgs(SaveScenarioInput);

@Resolver(() => Scenario)
export class ScenarioResolver {
  constructor(
    private readonly service: ScenarioService,
    private readonly enterprises: EnterpriseReader,
    private readonly facts: ChainFacts,
  ) {}

  @Authorized(Role.PLANNER)
  @Mutation(() => Scenario, {
    complexity: analysisCost(5000),
    description: 'Runs a what-if or a portfolio and keeps it with its input and graph version (保存方案), so a later session reopens it.',
  })
  saveScenario(@Args(() => SaveScenarioArgs) { input }: { input: SaveScenarioInput }): Promise<ScenarioRow> {
    return this.service.save(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => ID, { complexity: 10, description: 'Deletes a saved scenario (删除方案): its author, or an admin. Answers its id.' })
  async deleteScenario(@Args() { id }: ScenarioIdArgs): Promise<string> {
    await this.service.delete(id);
    return id;
  }

  @Authorized(Role.ANALYST)
  @Query(() => ScenarioConnection, { description: 'Saved scenarios (方案), newest first.' })
  async scenarios(@Args() args: ScenariosArgs): Promise<InstanceType<typeof ScenarioConnection>> {
    return new ScenarioConnection(await this.service.list(args.filter, args));
  }

  @Authorized(Role.ANALYST)
  @Query(() => Scenario, { nullable: true, description: 'One saved scenario; null when there is none with this id.' })
  scenario(@Args() { id }: ScenarioIdArgs): Promise<ScenarioRow | null> {
    return this.service.byId(id);
  }

  @FieldResolver(() => String)
  kindLabel(@Root() s: ScenarioRow): string {
    return SCENARIO_KIND_ZH[s.kind];
  }

  @FieldResolver(() => Boolean, {
    description: 'The graph has changed (an import or a write) since it was computed: rerun to see the answer now.',
  })
  graphMoved(@Root() s: ScenarioRow): Promise<boolean> {
    return this.service.moved(s);
  }

  @FieldResolver(() => ScenarioSummary, { description: 'The answer as saved.' })
  async saved(@Root() s: ScenarioRow): Promise<ScenarioSummary> {
    const stored = JSON.parse(s.summary) as StoredSummary;
    const [firms, links] = await Promise.all([this.enterprises.byUsccs(stored.firms), this.facts.chainLinks()]);
    return {
      value: stored.value,
      coverage: stored.coverage,
      landUsedMu: stored.landUsedMu,
      firms: stored.firms.flatMap((u) => firms.get(u) ?? []),
      gapsClosed: stored.gapsClosed.flatMap((c) => links.get(c) ?? []),
    };
  }

  @FieldResolver(() => LandingSimulation, {
    nullable: true,
    complexity: 2000,
    description: 'A what-if run again on the graph as it is now (null for a portfolio).',
  })
  whatIfNow(@Root() s: ScenarioRow): Promise<LandingSimulation> | null {
    return s.kind === ScenarioKind.WHAT_IF ? this.service.rerunWhatIf(s) : null;
  }

  @FieldResolver(() => PortfolioPlan, {
    nullable: true,
    complexity: 5000,
    description: 'A portfolio run again on the graph as it is now (null for a what-if).',
  })
  portfolioNow(@Root() s: ScenarioRow): Promise<PortfolioPlan> | null {
    return s.kind === ScenarioKind.PORTFOLIO ? this.service.rerunPortfolio(s) : null;
  }
}

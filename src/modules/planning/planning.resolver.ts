import { Args, Authorized, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { analysisCost } from '../../graphql/limits';
import { BacktestRankingArgs } from './backtest.input';
import { BacktestService } from './backtest.service';
import { BacktestResult } from './backtest.type';
import { PlanPortfolioArgs } from './portfolio.input';
import { PortfolioService } from './portfolio.service';
import { PortfolioPlan } from './portfolio.type';
import { SimulateLandingArgs } from './simulation.input';
import { SimulationService } from './simulation.service';
import { LandingSimulation } from './simulation.type';

/** Planning (强链补链): what-if, the best shortlist within the land, and the ranking's backtest. Nothing is written. */
@Resolver()
export class PlanningResolver {
  constructor(
    private readonly simulation: SimulationService,
    private readonly portfolio: PortfolioService,
    private readonly backtests: BacktestService,
  ) {}

  @Authorized(Role.ANALYST)
  @Query(() => LandingSimulation, {
    complexity: analysisCost(2000),
    description:
      'What if these firms landed (落地模拟): every link of their chains before and after, gaps closed, local supply rates, land used per park. Nothing is written.',
  })
  simulateLanding(@Args() { input }: SimulateLandingArgs): Promise<LandingSimulation> {
    return this.simulation.simulate(input);
  }

  @Authorized(Role.ANALYST)
  @Query(() => PortfolioPlan, {
    complexity: analysisCost(5000, (a) => (a.input as { count: number }).count),
    description:
      'The best shortlist within the land (招商组合): firms picked one at a time by marginal gain in gap closure, with the coverage curve and the bound the greedy method guarantees here. Nothing is written.',
  })
  planPortfolio(@Args() { input }: PlanPortfolioArgs): Promise<PortfolioPlan> {
    return this.portfolio.plan(input);
  }

  @Authorized(Role.ANALYST)
  @Query(() => BacktestResult, {
    complexity: analysisCost(10000, (a) => (a.input as { k: number }).k),
    description:
      'Backtest (排名回测): the ranking on the graph as it stood on asOf, measured against the firms that signed in the horizon after it (hit@k, precision@k, recall@k), beside a random and a by-revenue order.',
  })
  backtestRanking(@Args() { input }: BacktestRankingArgs): Promise<BacktestResult> {
    return this.backtests.backtest(input);
  }
}

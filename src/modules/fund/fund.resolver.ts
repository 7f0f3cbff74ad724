import { Args, Authorized, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { InputArgs } from '../../graphql/input-args';
import { listOf } from '../../graphql/limits';
import { Loaders } from '../../graphql/loaders';
import { Project } from '../../graph/project.type';
import { CommitFundInput, FundsArgs, RecordFundInvestmentInput } from './fund.input';
import { COMMITMENTS_OF_PROJECT } from './fund.queries';
import { FundService } from './fund.service';
import { Fund, FundCommitment } from './fund.type';

const CommitFundArgs = InputArgs(CommitFundInput);
const RecordFundInvestmentArgs = InputArgs(RecordFundInvestmentInput);

/** 产业基金资源池. */
@Resolver()
export class FundResolver {
  constructor(private readonly service: FundService) {}

  @Authorized(Role.ANALYST)
  @Query(() => [Fund], {
    complexity: listOf(5),
    description: 'The fund pool (产业基金资源池): each fund, what it committed and invested, and what is left.',
  })
  funds(@Args() { id }: FundsArgs): Promise<Fund[]> {
    return this.service.funds(id ?? null);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => FundCommitment, {
    description: 'A fund commits money to a project (承诺出资); refused with the amount left when it has not enough.',
  })
  commitFund(@Args(() => CommitFundArgs) { input }: { input: CommitFundInput }): Promise<FundCommitment> {
    return this.service.commitFund(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => FundCommitment, {
    description: 'Money a fund put into a project (实际出资), at most what was committed and not yet invested.',
  })
  recordFundInvestment(@Args(() => RecordFundInvestmentArgs) { input }: { input: RecordFundInvestmentInput }): Promise<FundCommitment> {
    return this.service.recordFundInvestment(input);
  }
}

/** What the fund pool adds to a project. */
@Resolver(() => Project)
export class ProjectFundFields {
  constructor(private readonly loaders: Loaders) {}

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [FundCommitment], { complexity: listOf(2), description: 'Fund money committed to it (基金出资承诺).' })
  fundCommitments(@Root() p: Project): Promise<FundCommitment[]> {
    return this.loaders.many(COMMITMENTS_OF_PROJECT, p.id);
  }
}

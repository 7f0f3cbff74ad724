import { Args, Authorized, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { analysisCost } from '../../graphql/limits';
import { SimulateApprovalsArgs } from './landing.input';
import { LandingService } from './landing.service';
import { ApprovalPlan } from './landing.type';

/** Landing a project (落地服务). Nothing is written. */
@Resolver()
export class LandingResolver {
  constructor(private readonly landing: LandingService) {}

  @Authorized(Role.ANALYST)
  @Query(() => ApprovalPlan, {
    complexity: analysisCost(50),
    description:
      'A desk rehearsal of a project’s approvals (桌面推演/模拟审批): each step with its office, start and finish in Chinese working days, the critical path and the expected 开工 day. Nothing is written.',
  })
  simulateApprovals(@Args() { input }: SimulateApprovalsArgs): ApprovalPlan {
    return this.landing.simulateApprovals(input);
  }
}

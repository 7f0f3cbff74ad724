import { Args, Authorized, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { analysisCost } from '../../graphql/limits';
import { GapChangesArgs, TargetMovesArgs } from './changes.input';
import { ChangesService } from './changes.service';
import { GapChange, TargetMove } from './changes.type';

/** What moved over a period (期间变化): the 招商通报's gaps closed and opened, and the top targets moved. */
@Resolver()
export class ChangesResolver {
  constructor(private readonly changes: ChangesService) {}

  @Authorized(Role.VIEWER)
  @Query(() => [GapChange], {
    complexity: analysisCost(500, () => 20),
    description:
      'Links whose diagnosis changed over a period (缺口变化): closed (补上), being filled (开始补链), opened (新出现), as the pipeline stood the day before it and on its last day.',
  })
  chainGapChanges(@Args() { input }: GapChangesArgs): Promise<GapChange[]> {
    return this.changes.gapChanges(input);
  }

  @Authorized(Role.ANALYST)
  @Query(() => [TargetMove], {
    complexity: analysisCost(5000, (a) => 2 * ((a.input as { first?: number } | undefined)?.first ?? 10)),
    description:
      'How the top of the ranking moved over a period (推荐名单变化): the top N on its last day against the day before it, and the firms that left it. Ranked with the graph as it stood on each day.',
  })
  targetMoves(@Args() { input }: TargetMovesArgs): Promise<TargetMove[]> {
    return this.changes.targetMoves(input);
  }
}

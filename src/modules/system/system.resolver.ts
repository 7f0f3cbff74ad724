import { Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { SystemService } from './system.service';
import { About } from './system.type';

@Resolver()
export class SystemResolver {
  @Query(() => About, { description: 'Service and database facts, read from Neo4j.' })
  async about(@Ctx() ctx: AppContext): Promise<About> {
    return new SystemService(ctx.gateway).about();
  }
}

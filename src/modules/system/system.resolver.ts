import { Authorized, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { SystemService } from './system.service';
import { About } from './system.type';

@Resolver()
export class SystemResolver {
  constructor(private readonly service: SystemService) {}

  @Authorized(Role.VIEWER)
  @Query(() => About, { description: 'Service and database facts, read from Neo4j.' })
  about(): Promise<About> {
    return this.service.about();
  }
}

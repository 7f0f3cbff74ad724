import { Authorized, Args, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Loaders } from '../../graphql/loaders';
import { Town } from '../../graph/city.type';
import { Enterprise } from '../../graph/enterprise.type';
import { ChainLink, Industry } from '../../graph/industry.type';
import { Project } from '../../graph/project.type';
import { ParkKeyArgs, ParksArgs } from './park.input';
import { ENTERPRISES_OF_PARK, POSITIONS_OF_PARK, PROJECTS_OF_PARK, STATS_OF_PARK } from './park.queries';
import { attractionRate, ParkService } from './park.service';
import { Park, ParkConnection } from '../../graph/park.type';
import { listOf } from '../../graphql/limits';

@Resolver(() => Park)
export class ParkResolver {
  constructor(
    private readonly service: ParkService,
    private readonly loaders: Loaders,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => Park, { nullable: true, description: 'One park by id; null when there is none.' })
  park(@Args() { id }: ParkKeyArgs): Promise<Park | null> {
    return this.service.byId(id);
  }

  @Authorized(Role.VIEWER)
  @Query(() => ParkConnection, { description: 'Parks and carriers (园区/载体), most available land first by default.' })
  async parks(@Args() args: ParksArgs): Promise<InstanceType<typeof ParkConnection>> {
    return new ParkConnection(await this.service.list(args));
  }

  @FieldResolver(() => Town, { nullable: true, description: 'Town or street (镇/街道).' })
  town(@Root() p: Park): Promise<Town | null> {
    return this.loaders.pick(STATS_OF_PARK, p.id, 'town');
  }

  @FieldResolver(() => Int, { complexity: listOf(60), description: 'Enterprises in the park (入驻企业数).' })
  async enterpriseCount(@Root() p: Park): Promise<number> {
    return (await this.loaders.one(STATS_OF_PARK, p.id))?.enterpriseCount ?? 0;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Attraction rate (招商率) = enterprises / planned slots, 0–1.' })
  async attractionRate(@Root() p: Park): Promise<number | null> {
    const stats = await this.loaders.one(STATS_OF_PARK, p.id);
    return attractionRate(stats?.enterpriseCount ?? 0, p.plannedSlots);
  }

  @FieldResolver(() => [Industry], { complexity: listOf(3), description: 'Industry chains it is positioned for (产业定位).' })
  async industries(@Root() p: Park): Promise<Industry[]> {
    const rows = await this.loaders.many(POSITIONS_OF_PARK, p.id);
    return rows.flatMap((r) => (r.industry ? [r.industry] : []));
  }

  @FieldResolver(() => [ChainLink], { complexity: listOf(6), description: 'Chain links it is positioned for.' })
  async links(@Root() p: Park): Promise<ChainLink[]> {
    const rows = await this.loaders.many(POSITIONS_OF_PARK, p.id);
    return rows.flatMap((r) => (r.link ? [r.link] : []));
  }

  @FieldResolver(() => [Enterprise], { description: 'Enterprises in the park, largest first.' })
  enterprises(@Root() p: Park): Promise<Enterprise[]> {
    return this.loaders.many(ENTERPRISES_OF_PARK, p.id);
  }

  @FieldResolver(() => [Project], { complexity: listOf(30), description: 'Projects landing in the park, largest first.' })
  projects(@Root() p: Park): Promise<Project[]> {
    return this.loaders.many(PROJECTS_OF_PARK, p.id);
  }
}

import { Authorized, Args, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Loaders } from '../../graphql/loaders';
import { City } from '../../graph/city.type';
import { Industry } from '../../graph/industry.type';
import { AssociationsArgs, ChambersArgs } from './chamber.input';
import { MEMBERS_OF_ASSOCIATION, MEMBERS_OF_CHAMBER, PLACES_OF_ASSOCIATION, PLACES_OF_CHAMBER } from './chamber.queries';
import { ChamberService } from './chamber.service';
import { Association, AssociationConnection, Chamber, ChamberConnection, Council, Country, Member } from '../../graph/chamber.type';
import { listOf } from '../../graphql/limits';

@Resolver(() => Chamber)
export class ChamberResolver {
  constructor(
    private readonly service: ChamberService,
    private readonly loaders: Loaders,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => ChamberConnection, { description: 'The Nan’an chambers of commerce at home and abroad (异地/海外南安商会), by name.' })
  async chambers(@Args() args: ChambersArgs): Promise<InstanceType<typeof ChamberConnection>> {
    return new ChamberConnection(await this.service.chambers(args));
  }

  @FieldResolver(() => City, { nullable: true, description: 'City it is based in (domestic and 港澳台).' })
  city(@Root() c: Chamber): Promise<City | null> {
    return this.loaders.pick(PLACES_OF_CHAMBER, c.id, 'city');
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country it is based in (overseas).' })
  country(@Root() c: Chamber): Promise<Country | null> {
    return this.loaders.pick(PLACES_OF_CHAMBER, c.id, 'country');
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The council it is affiliated with (促进会).' })
  council(@Root() c: Chamber): Promise<Council | null> {
    return this.loaders.pick(PLACES_OF_CHAMBER, c.id, 'council');
  }

  @FieldResolver(() => [Member], { complexity: listOf(40), description: 'Members, office holders first (会长, 副会长, …).' })
  members(@Root() c: Chamber): Promise<Member[]> {
    return this.loaders.many(MEMBERS_OF_CHAMBER, c.id);
  }
}

@Resolver(() => Association)
export class AssociationResolver {
  constructor(
    private readonly service: ChamberService,
    private readonly loaders: Loaders,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => AssociationConnection, { description: 'The economic industry associations (经济类行业协会).' })
  async associations(@Args() args: AssociationsArgs): Promise<InstanceType<typeof AssociationConnection>> {
    return new AssociationConnection(await this.service.associations(args));
  }

  @FieldResolver(() => Industry, { nullable: true, description: 'Industry chain it serves.' })
  industry(@Root() a: Association): Promise<Industry | null> {
    return this.loaders.pick(PLACES_OF_ASSOCIATION, a.id, 'industry');
  }

  @FieldResolver(() => Council, { nullable: true })
  council(@Root() a: Association): Promise<Council | null> {
    return this.loaders.pick(PLACES_OF_ASSOCIATION, a.id, 'council');
  }

  @FieldResolver(() => [Member], { complexity: listOf(40), description: 'Members, office holders first.' })
  members(@Root() a: Association): Promise<Member[]> {
    return this.loaders.many(MEMBERS_OF_ASSOCIATION, a.id);
  }
}

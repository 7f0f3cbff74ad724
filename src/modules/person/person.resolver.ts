import { Authorized, FieldResolver, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { NANAN_CITY_CODE } from '../../domain/enums';
import { Loaders } from '../../graphql/loaders';
import { AssociationMembership, ChamberMembership } from '../../graph/chamber.type';
import { City } from '../../graph/city.type';
import { ASSOCIATIONS_OF_PERSON, CHAMBERS_OF_PERSON, NATIVE_CITY_OF_PERSON, POSITIONS_OF_PERSON } from './person.queries';
import { Person, Position } from '../../graph/person.type';
import { listOf } from '../../graphql/limits';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly loaders: Loaders) {}

  // Native place is personal data: analysts and above (a viewer sees names and titles or roles only).
  @Authorized(Role.ANALYST)
  @FieldResolver(() => City, { nullable: true, description: 'Native place (籍贯). Needs the ANALYST role.' })
  nativeCity(@Root() p: Person): Promise<City | null> {
    return this.loaders.one(NATIVE_CITY_OF_PERSON, p.id);
  }

  @Authorized(Role.ANALYST)
  // Nullable like every protected field: a refusal nulls this field, not the person or the whole answer.
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Native of Nan’an (南安籍). Needs the ANALYST role (null, with a FORBIDDEN error, below it).',
  })
  async nanan(@Root() p: Person): Promise<boolean> {
    return (await this.loaders.one(NATIVE_CITY_OF_PERSON, p.id))?.code === NANAN_CITY_CODE;
  }

  @FieldResolver(() => [Position], { complexity: listOf(3), description: 'Positions in enterprises (任职).' })
  positions(@Root() p: Person): Promise<Position[]> {
    return this.loaders.many(POSITIONS_OF_PERSON, p.id);
  }

  @FieldResolver(() => [ChamberMembership], { complexity: listOf(3), description: 'Chamber memberships (商会职务).' })
  chambers(@Root() p: Person): Promise<ChamberMembership[]> {
    return this.loaders.many(CHAMBERS_OF_PERSON, p.id);
  }

  @FieldResolver(() => [AssociationMembership], { complexity: listOf(3), description: 'Association memberships (协会职务).' })
  associations(@Root() p: Person): Promise<AssociationMembership[]> {
    return this.loaders.many(ASSOCIATIONS_OF_PERSON, p.id);
  }
}

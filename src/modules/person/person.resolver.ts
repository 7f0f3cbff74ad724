import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NANAN_CITY_CODE } from '../../domain/enums';
import type { AppContext } from '../../graphql/context';
import { AssociationMembership, ChamberMembership } from '../chamber/chamber.type';
import { City } from '../city/city.type';
import { Person, Position } from './person.type';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => City, { nullable: true, description: 'Native place (籍贯).' })
  nativeCity(@Root() p: Person, @Ctx() ctx: AppContext): Promise<City | null> {
    return ctx.loaders.one<City>('person/native-city-of', p.id);
  }

  @FieldResolver(() => Boolean, { description: 'Native of Nan’an (南安籍).' })
  async nanan(@Root() p: Person, @Ctx() ctx: AppContext): Promise<boolean> {
    return (await ctx.loaders.one<City>('person/native-city-of', p.id))?.code === NANAN_CITY_CODE;
  }

  @FieldResolver(() => [Position], { description: 'Positions in enterprises (任职).' })
  positions(@Root() p: Person, @Ctx() ctx: AppContext): Promise<Position[]> {
    return ctx.loaders.many<Position>('person/positions-of', p.id);
  }

  @FieldResolver(() => [ChamberMembership], { description: 'Chamber memberships (商会职务).' })
  chambers(@Root() p: Person, @Ctx() ctx: AppContext): Promise<ChamberMembership[]> {
    return ctx.loaders.many<ChamberMembership>('person/chambers-of', p.id);
  }

  @FieldResolver(() => [AssociationMembership], { description: 'Association memberships (协会职务).' })
  associations(@Root() p: Person, @Ctx() ctx: AppContext): Promise<AssociationMembership[]> {
    return ctx.loaders.many<AssociationMembership>('person/associations-of', p.id);
  }
}

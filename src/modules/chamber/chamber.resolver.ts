import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { City } from '../city/city.type';
import { Industry } from '../industry/industry.type';
import { AssociationsArgs, ChambersArgs } from './chamber.input';
import { ChamberService } from './chamber.service';
import { Association, AssociationConnection, Chamber, ChamberConnection, Council, Country, Member } from './chamber.type';

interface ChamberPlaces {
  city: City | null;
  country: Country | null;
  council: Council | null;
}

@Resolver(() => Chamber)
export class ChamberResolver {
  @Query(() => ChamberConnection, { description: 'The Nan’an chambers of commerce at home and abroad (异地/海外南安商会), by name.' })
  async chambers(@Args() args: ChambersArgs, @Ctx() ctx: AppContext): Promise<InstanceType<typeof ChamberConnection>> {
    return new ChamberConnection(await new ChamberService(ctx.gateway).chambers(args));
  }

  @FieldResolver(() => City, { nullable: true, description: 'City it is based in (domestic and 港澳台).' })
  async city(@Root() c: Chamber, @Ctx() ctx: AppContext): Promise<City | null> {
    return (await ctx.loaders.one<ChamberPlaces>('chamber/places-of', c.id))?.city ?? null;
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country it is based in (overseas).' })
  async country(@Root() c: Chamber, @Ctx() ctx: AppContext): Promise<Country | null> {
    return (await ctx.loaders.one<ChamberPlaces>('chamber/places-of', c.id))?.country ?? null;
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The council it is affiliated with (促进会).' })
  async council(@Root() c: Chamber, @Ctx() ctx: AppContext): Promise<Council | null> {
    return (await ctx.loaders.one<ChamberPlaces>('chamber/places-of', c.id))?.council ?? null;
  }

  @FieldResolver(() => [Member], { description: 'Members, office holders first (会长, 副会长, …).' })
  members(@Root() c: Chamber, @Ctx() ctx: AppContext): Promise<Member[]> {
    return ctx.loaders.many<Member>('chamber/members-of', c.id);
  }
}

@Resolver(() => Association)
export class AssociationResolver {
  @Query(() => AssociationConnection, { description: 'The economic industry associations (经济类行业协会).' })
  async associations(@Args() args: AssociationsArgs, @Ctx() ctx: AppContext): Promise<InstanceType<typeof AssociationConnection>> {
    return new AssociationConnection(await new ChamberService(ctx.gateway).associations(args));
  }

  @FieldResolver(() => Industry, { nullable: true, description: 'Industry chain it serves.' })
  async industry(@Root() a: Association, @Ctx() ctx: AppContext): Promise<Industry | null> {
    return (await ctx.loaders.one<{ industry: Industry | null }>('chamber/association-places-of', a.id))?.industry ?? null;
  }

  @FieldResolver(() => Council, { nullable: true })
  async council(@Root() a: Association, @Ctx() ctx: AppContext): Promise<Council | null> {
    return (await ctx.loaders.one<{ council: Council | null }>('chamber/association-places-of', a.id))?.council ?? null;
  }

  @FieldResolver(() => [Member], { description: 'Members, office holders first.' })
  members(@Root() a: Association, @Ctx() ctx: AppContext): Promise<Member[]> {
    return ctx.loaders.many<Member>('chamber/association-members-of', a.id);
  }
}

import { IsInt, Matches, Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Chamber } from '../chamber/chamber.type';
import { Enterprise } from '../enterprise/enterprise.type';
import { CityService } from './city.service';
import { City, Town } from './city.type';

@ArgsType()
class CityCodeArgs {
  @Field({ description: 'GB/T 2260 six-digit code, e.g. 350583 南安市, 440300 深圳市.' })
  @Matches(/^\d{6}$/, { message: 'code must be a six-digit GB/T 2260 code' })
  code!: string;
}

@ArgsType()
class LimitArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many (1–100), largest revenue first.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;
}

@Resolver(() => City)
export class CityResolver {
  @Query(() => City, { nullable: true, description: 'One city by GB/T 2260 code; null when there is none.' })
  city(@Args() { code }: CityCodeArgs, @Ctx() ctx: AppContext): Promise<City | null> {
    return new CityService(ctx.gateway).byCode(code);
  }

  @FieldResolver(() => [Enterprise], { description: 'Enterprises registered here, largest first.' })
  async enterprises(@Root() c: City, @Args() { first }: LimitArgs, @Ctx() ctx: AppContext): Promise<Enterprise[]> {
    return (await ctx.loaders.many<Enterprise>('city/enterprises-of', c.code)).slice(0, first);
  }

  @FieldResolver(() => [Chamber], { description: 'Nan’an chambers based here (以商招商的落脚点).' })
  chambers(@Root() c: City, @Ctx() ctx: AppContext): Promise<Chamber[]> {
    return ctx.loaders.many<Chamber>('city/chambers-of', c.code);
  }

  @FieldResolver(() => [Town], { description: 'Towns and streets (for 南安市).' })
  towns(@Root() c: City, @Ctx() ctx: AppContext): Promise<Town[]> {
    return ctx.loaders.many<Town>('city/towns-of', c.code);
  }
}

@Resolver(() => Town)
export class TownResolver {
  @FieldResolver(() => City, { nullable: true })
  city(@Root() t: Town, @Ctx() ctx: AppContext): Promise<City | null> {
    return ctx.loaders.one<City>('city/city-of-town', t.code);
  }
}

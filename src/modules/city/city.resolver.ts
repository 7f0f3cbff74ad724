import { IsInt, Max, Min } from 'class-validator';
import { Authorized, Args, ArgsType, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { IsCityCode } from '../../domain/validators';
import { Loaders } from '../../graphql/loaders';
import { Chamber } from '../../graph/chamber.type';
import { Enterprise } from '../../graph/enterprise.type';
import { CHAMBERS_OF_CITY, CITY_OF_TOWN, ENTERPRISES_OF_CITY, TOWNS_OF_CITY } from './city.queries';
import { CityService } from './city.service';
import { City, Town } from '../../graph/city.type';
import { listOf } from '../../graphql/limits';

@ArgsType()
class CityCodeArgs {
  @Field({ description: 'GB/T 2260 six-digit code, e.g. 350583 南安市, 440300 深圳市.' })
  @IsCityCode()
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
  constructor(
    private readonly service: CityService,
    private readonly loaders: Loaders,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => City, { nullable: true, description: 'One city by GB/T 2260 code; null when there is none.' })
  city(@Args() { code }: CityCodeArgs): Promise<City | null> {
    return this.service.byCode(code);
  }

  @FieldResolver(() => [Enterprise], { description: 'Enterprises registered here, largest first.' })
  async enterprises(@Root() c: City, @Args() { first }: LimitArgs): Promise<Enterprise[]> {
    return (await this.loaders.many(ENTERPRISES_OF_CITY, c.code)).slice(0, first);
  }

  @FieldResolver(() => [Chamber], { complexity: listOf(5), description: 'Nan’an chambers based here (以商招商的落脚点).' })
  chambers(@Root() c: City): Promise<Chamber[]> {
    return this.loaders.many(CHAMBERS_OF_CITY, c.code);
  }

  @FieldResolver(() => [Town], { complexity: listOf(30), description: 'Towns and streets (for 南安市).' })
  towns(@Root() c: City): Promise<Town[]> {
    return this.loaders.many(TOWNS_OF_CITY, c.code);
  }
}

@Resolver(() => Town)
export class TownResolver {
  constructor(private readonly loaders: Loaders) {}

  @FieldResolver(() => City, { nullable: true })
  city(@Root() t: Town): Promise<City | null> {
    return this.loaders.one(CITY_OF_TOWN, t.code);
  }
}

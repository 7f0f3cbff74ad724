import { Node } from '../graphql/node';
import { Field, ObjectType } from 'type-graphql';
import type { Shape } from '../db/query';

@ObjectType({ implements: Node, description: 'City or county (城市/区县), by GB/T 2260 code.' })
export class City {
  @Field({ description: 'GB/T 2260 six-digit code, e.g. 350583 南安市.' })
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'Province (省份).' })
  provinceName!: string;

  @Field({ description: 'PROVINCE, CITY or COUNTY.' })
  level!: string;
}

export const CITY_NODE: Shape<City> = { code: 'string', name: 'string', provinceName: 'string', level: 'string' };

@ObjectType({ implements: Node, description: 'Town or street of Nan’an (镇/街道), GB/T 2260 nine-digit code.' })
export class Town {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

export const TOWN_NODE: Shape<Town> = { code: 'string', name: 'string' };

import { Node } from '../graphql/node';
import { Field, Float, ObjectType } from 'type-graphql';
import type { Shape } from '../db/query';

/** A place the maps draw: its centre and where that comes from. */
@ObjectType()
abstract class Located {
  @Field(() => Float, { nullable: true, description: 'Longitude of its centre, degrees east (经度), for the maps.' })
  longitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Latitude of its centre, degrees north (纬度), for the maps.' })
  latitude?: number | null;

  @Field(() => String, { nullable: true, description: 'Where the coordinates come from (坐标来源); 示意 marks a schematic placement.' })
  coordinateSource?: string | null;
}

@ObjectType({ implements: Node, description: 'City or county (城市/区县), by GB/T 2260 code.' })
export class City extends Located {
  @Field({ description: 'GB/T 2260 six-digit code, e.g. 350583 南安市.' })
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'Province (省份).' })
  provinceName!: string;

  @Field({ description: 'PROVINCE, CITY or COUNTY.' })
  level!: string;
}

export const CITY_NODE: Shape<City> = {
  code: 'string',
  name: 'string',
  provinceName: 'string',
  level: 'string',
  longitude: 'number?',
  latitude: 'number?',
  coordinateSource: 'string?',
};

@ObjectType({ implements: Node, description: 'Town or street of Nan’an (镇/街道), GB/T 2260 nine-digit code.' })
export class Town extends Located {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

export const TOWN_NODE: Shape<Town> = {
  code: 'string',
  name: 'string',
  longitude: 'number?',
  latitude: 'number?',
  coordinateSource: 'string?',
};

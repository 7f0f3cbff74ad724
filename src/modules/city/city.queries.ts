import { defineQuery, defineRelation, nested } from '../../db/query';
import { CHAMBER_NODE } from '../../graph/chamber.type';
import { ENTERPRISE_NODE } from '../../graph/enterprise.type';
import { City, CITY_NODE, TOWN_NODE } from '../../graph/city.type';

export const CITY_BY_CODE = defineQuery<{ code: string }, { node: City }>('city/by-code', { node: nested(CITY_NODE) });
export const ENTERPRISES_OF_CITY = defineRelation('city/enterprises-of', ENTERPRISE_NODE);
export const CHAMBERS_OF_CITY = defineRelation('city/chambers-of', CHAMBER_NODE);
export const TOWNS_OF_CITY = defineRelation('city/towns-of', TOWN_NODE);
export const CITY_OF_TOWN = defineRelation('city/city-of-town', CITY_NODE);

import { defineRelation, nested } from '../../db/query';
import { ASSOCIATION_NODE, AssociationMembership, CHAMBER_NODE, ChamberMembership } from '../../graph/chamber.type';
import { CITY_NODE } from '../../graph/city.type';
import { ENTERPRISE_NODE } from '../../graph/enterprise.type';
import type { Position } from '../../graph/person.type';

export const NATIVE_CITY_OF_PERSON = defineRelation('person/native-city-of', CITY_NODE);
export const POSITIONS_OF_PERSON = defineRelation<Position>('person/positions-of', {
  enterprise: nested(ENTERPRISE_NODE),
  title: 'string',
});
export const CHAMBERS_OF_PERSON = defineRelation<ChamberMembership>('person/chambers-of', {
  chamber: nested(CHAMBER_NODE),
  role: 'string',
});
export const ASSOCIATIONS_OF_PERSON = defineRelation<AssociationMembership>('person/associations-of', {
  association: nested(ASSOCIATION_NODE),
  role: 'string',
});

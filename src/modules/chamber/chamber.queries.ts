import { defineRelation, nested } from '../../db/query';
import { definePage } from '../../graphql/pagination';
import { City, CITY_NODE } from '../../graph/city.type';
import { Industry, INDUSTRY_NODE } from '../../graph/industry.type';
import { PERSON_NODE } from '../../graph/person.type';
import {
  Association,
  ASSOCIATION_NODE,
  Chamber,
  CHAMBER_NODE,
  Council,
  COUNCIL_NODE,
  Country,
  COUNTRY_NODE,
  Member,
} from '../../graph/chamber.type';

export const CHAMBER_PAGE = definePage<{ f: { kind: string | null; cityCode: string | null; countryCode: string | null } }, Chamber>(
  'chamber/filter',
  CHAMBER_NODE,
);
export const ASSOCIATION_PAGE = definePage<{ f: { industryCode: string | null } }, Association>(
  'chamber/association-filter',
  ASSOCIATION_NODE,
);

export interface ChamberPlaces {
  city: City | null;
  country: Country | null;
  council: Council | null;
}
export const PLACES_OF_CHAMBER = defineRelation<ChamberPlaces>('chamber/places-of', {
  city: nested(CITY_NODE, { optional: true }),
  country: nested(COUNTRY_NODE, { optional: true }),
  council: nested(COUNCIL_NODE, { optional: true }),
});
export const MEMBERS_OF_CHAMBER = defineRelation<Member>('chamber/members-of', { person: nested(PERSON_NODE), role: 'string' });

export interface AssociationPlaces {
  industry: Industry | null;
  council: Council | null;
}
export const PLACES_OF_ASSOCIATION = defineRelation<AssociationPlaces>('chamber/association-places-of', {
  industry: nested(INDUSTRY_NODE, { optional: true }),
  council: nested(COUNCIL_NODE, { optional: true }),
});
export const MEMBERS_OF_ASSOCIATION = defineRelation<Member>('chamber/association-members-of', {
  person: nested(PERSON_NODE),
  role: 'string',
});

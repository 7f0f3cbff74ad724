import { defineQuery, defineRelation, nested, NoParams, Shape } from '../../db/query';
import type { IdentityRecord } from '../../domain/entity-names';
import { Country, COUNTRY_NODE } from '../chamber/chamber.type';
import { definePage, FilterValues, SortParams } from '../../graphql/pagination';
import { City, CITY_NODE, Town, TOWN_NODE } from '../city/city.type';
import { CHAIN_LINK_NODE } from '../industry/industry.type';
import { Park, PARK_NODE } from '../park/park.type';
import { PERSON_NODE } from '../person/person.type';
import { PROJECT_NODE } from '../project/project.type';
import { Team, TEAM_NODE } from '../team/team.type';
import type { EnterpriseFilter } from './enterprise.input';
import { Enterprise, ENTERPRISE_NODE, EnterpriseLink, Executive, SupplyRelation } from './enterprise.type';

/** The filter keys the listing's Cypher reads from `$f`. */
export const ENTERPRISE_FILTER_KEYS = [
  'isTarget', 'isLocal', 'industryCode', 'chainLinkCode', 'cityCode', 'provinceCode', 'parkId', 'fortune500', 'chainLeader',
  'specialized', 'highTech', 'listed', 'expansionPlan', 'recentFinancing', 'hasNativeExecutive', 'hasChamberMember', 'revenueMin', 'revenueMax', 'ownerships', 'countryCode',
  'nameContains',
] as const satisfies ReadonlyArray<keyof EnterpriseFilter>;
export interface EnterpriseFilterParams {
  f: FilterValues<EnterpriseFilter, (typeof ENTERPRISE_FILTER_KEYS)[number]>;
}
export const ENTERPRISE_PAGE = definePage<EnterpriseFilterParams & SortParams & { home: string }, Enterprise>('enterprise/filter', ENTERPRISE_NODE);
export const ENTERPRISE_BY_USCC = defineQuery<{ uscc: string }, { node: Enterprise }>('enterprise/by-uscc', { node: nested(ENTERPRISE_NODE) });
export const ENTERPRISES_BY_USCCS = defineQuery<{ usccs: string[] }, { node: Enterprise }>('enterprise/by-usccs', { node: nested(ENTERPRISE_NODE) });

export interface EnterprisePlaces {
  city: City | null;
  country: Country | null;
  town: Town | null;
  park: Park | null;
}
export const PLACES_OF_ENTERPRISE = defineRelation<EnterprisePlaces>('enterprise/places-of', {
  city: nested(CITY_NODE, { optional: true }),
  country: nested(COUNTRY_NODE, { optional: true }),
  town: nested(TOWN_NODE, { optional: true }),
  park: nested(PARK_NODE, { optional: true }),
});
export const LINKS_OF_ENTERPRISE = defineRelation<EnterpriseLink>('enterprise/links-of', { link: nested(CHAIN_LINK_NODE), evidence: 'string', products: 'string?' });
export const EXECUTIVES_OF_ENTERPRISE = defineRelation<Executive>('enterprise/executives-of', { person: nested(PERSON_NODE), title: 'string' });
const SUPPLY: Shape<SupplyRelation> = { enterprise: nested(ENTERPRISE_NODE), annualValueYi: 'number', linkCode: 'string?' };
export const SUPPLIERS_OF_ENTERPRISE = defineRelation<SupplyRelation>('enterprise/suppliers-of', SUPPLY);
export const CUSTOMERS_OF_ENTERPRISE = defineRelation<SupplyRelation>('enterprise/customers-of', SUPPLY);
export const PROJECTS_OF_ENTERPRISE = defineRelation('enterprise/projects-of', PROJECT_NODE);
export const FOLLOWERS_OF_ENTERPRISE = defineRelation<{ team: Team; since: string | null; owner: string | null; dueOn: string | null }>('enterprise/followers-of', {
  team: nested(TEAM_NODE),
  since: 'string?',
  owner: 'string?',
  dueOn: 'string?',
});

/** Identity of every enterprise and the place names firm names start with, for entity resolution. */
export const IDENTITY_RECORDS = defineQuery<NoParams, IdentityRecord>('enterprise/identity-records', {
  uscc: 'string',
  name: 'string',
  cityCode: 'string?',
  executives: 'string[]',
});
export const PLACE_NAMES = defineQuery<NoParams, { names: string[] }>('enterprise/place-names', { names: 'string[]' });

import { defineQuery, defineRelation, nested, NoParams, Query, Shape, withEntries } from '../db/query';
import type { IdentityRecord } from '../domain/entity-names';
import type { SortKey } from '../graphql/pagination';
import { Country, COUNTRY_NODE } from './chamber.type';
import { City, CITY_NODE, Town, TOWN_NODE } from './city.type';
import { Enterprise, ENTERPRISE_NODE, EnterpriseLink, Executive } from './enterprise.type';
import { CHAIN_LINK_NODE } from './industry.type';
import { Park, PARK_NODE } from './park.type';
import { PERSON_NODE } from './person.type';
import { Project, PROJECT_NODE } from './project.type';
import { Team, TEAM_NODE } from './team.type';

/** Reads of enterprises that several features share: by key, with the relations a request selected. */
export const ENTERPRISE_BY_USCC = defineQuery<{ uscc: string }, { node: Enterprise }>('enterprise/by-uscc', {
  node: nested(ENTERPRISE_NODE),
});

export interface EnterprisePlaces {
  city: City | null;
  country: Country | null;
  town: Town | null;
  park: Park | null;
}
const PLACES_ITEM: Shape<EnterprisePlaces> = {
  city: nested(CITY_NODE, { optional: true }),
  country: nested(COUNTRY_NODE, { optional: true }),
  town: nested(TOWN_NODE, { optional: true }),
  park: nested(PARK_NODE, { optional: true }),
};
export const PLACES_OF_ENTERPRISE = defineRelation<EnterprisePlaces>('enterprise/places-of', PLACES_ITEM);
const LINK_ITEM: Shape<EnterpriseLink> = { link: nested(CHAIN_LINK_NODE), evidence: 'string', products: 'string?' };
const EXECUTIVE_ITEM: Shape<Executive> = { person: nested(PERSON_NODE), title: 'string' };
export const LINKS_OF_ENTERPRISE = defineRelation<EnterpriseLink>('enterprise/links-of', LINK_ITEM);
export const EXECUTIVES_OF_ENTERPRISE = defineRelation<Executive>('enterprise/executives-of', EXECUTIVE_ITEM);
export const PROJECTS_OF_ENTERPRISE = defineRelation('enterprise/projects-of', PROJECT_NODE);

/** Which relations a listing or by-key read folds into its one statement (cypher/enterprise/fold.cypher). */
export interface EnterpriseFolds {
  places: boolean;
  links: boolean;
  executives: boolean;
  projects: boolean;
  /** The enterprise properties to send (the key always among them); null sends every one. */
  props: string[] | null;
}
export const NO_FOLDS: EnterpriseFolds = { places: false, links: false, executives: false, projects: false, props: null };

/** The related items a row carries, null for a relation not asked for; each has its relation's shape. */
export interface FoldedRelations {
  places: EnterprisePlaces | null;
  links: EnterpriseLink[] | null;
  executives: Executive[] | null;
  projects: Project[] | null;
}
/** A row of cypher/enterprise/fold.cypher: the firm and the relations folded into its statement. */
export interface FoldedRow {
  /** The whole node when `props` was null; otherwise built from `values` (EnterpriseReader.complete). */
  node: Enterprise | null;
  values: unknown[];
  sortKey: SortKey;
  folded: FoldedRelations;
}
export const FOLDED_ROW: Shape<FoldedRow> = {
  node: nested(ENTERPRISE_NODE, { optional: true }),
  values: 'any',
  sortKey: 'any',
  folded: nested<FoldedRelations>({
    places: nested(PLACES_ITEM, { optional: true }),
    links: nested(LINK_ITEM, { list: true, optional: true }),
    executives: nested(EXECUTIVE_ITEM, { list: true, optional: true }),
    projects: nested(PROJECT_NODE, { list: true, optional: true }),
  }),
};

const FOLD_ENTRIES = ['places', 'links', 'executives', 'projects'] as const;

/** The query with only the relations `fold` asks for in its statement (the entries of cypher/enterprise/fold.cypher). */
export function folding<P extends object, R>(query: Query<P, R>, fold: EnterpriseFolds): Query<P, R> {
  return withEntries(
    query,
    'enterprise/fold',
    FOLD_ENTRIES.filter((k) => fold[k]),
  );
}

/** One enterprise with the relations asked for (the API's `enterprise(uscc)`). */
export const ENTERPRISE_BY_USCC_FOLDED = defineQuery<{ uscc: string; fold: EnterpriseFolds }, FoldedRow>(
  ['enterprise/by-uscc-folded', 'enterprise/fold'],
  FOLDED_ROW,
);

/** Enterprises by key with the relations asked for (the ranking's page, duplicates, plans). */
export const ENTERPRISES_BY_USCCS_FOLDED = defineQuery<{ usccs: string[]; fold: EnterpriseFolds }, FoldedRow>(
  ['enterprise/by-usccs-folded', 'enterprise/fold'],
  FOLDED_ROW,
);

/** Identity of every enterprise and the place names firm names start with, for entity resolution. */
export const IDENTITY_RECORDS = defineQuery<NoParams, IdentityRecord>('enterprise/identity-records', {
  uscc: 'string',
  name: 'string',
  cityCode: 'string?',
  executives: 'string[]',
});
export const PLACE_NAMES = defineQuery<NoParams, { names: string[] }>('enterprise/place-names', { names: 'string[]' });

/** The teams following a firm (跟踪对接). */
export const FOLLOWERS_OF_ENTERPRISE = defineRelation<{ team: Team; since: string | null; owner: string | null; dueOn: string | null }>(
  'enterprise/followers-of',
  {
    team: nested(TEAM_NODE),
    since: 'string?',
    owner: 'string?',
    dueOn: 'string?',
  },
);

import { createUnionType, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Association, Chamber } from '../../graph/chamber.type';
import { Enterprise } from '../../graph/enterprise.type';
import { ChainLink, Industry } from '../../graph/industry.type';
import { Park } from '../../graph/park.type';
import { Person } from '../../graph/person.type';
import { Project } from '../../graph/project.type';

export enum SearchKind {
  ENTERPRISE = 'ENTERPRISE',
  PARK = 'PARK',
  CHAMBER = 'CHAMBER',
  PROJECT = 'PROJECT',
  CHAIN_LINK = 'CHAIN_LINK',
  INDUSTRY = 'INDUSTRY',
  ASSOCIATION = 'ASSOCIATION',
  PERSON = 'PERSON',
}
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What a search hit is.',
  valuesConfig: {
    ENTERPRISE: { description: '企业' },
    PARK: { description: '园区' },
    CHAMBER: { description: '商会' },
    PROJECT: { description: '项目' },
    CHAIN_LINK: { description: '产业链环节' },
    INDUSTRY: { description: '产业链' },
    ASSOCIATION: { description: '行业协会' },
    PERSON: { description: '人物' },
  },
});

const BY_KIND = {
  ENTERPRISE: Enterprise,
  PARK: Park,
  CHAMBER: Chamber,
  PROJECT: Project,
  CHAIN_LINK: ChainLink,
  INDUSTRY: Industry,
  ASSOCIATION: Association,
  PERSON: Person,
} as const;

/** What a hit's node is: one of the searchable node types, tagged with its kind for the union. */
export type SearchNode = (Enterprise | Park | Chamber | Project | ChainLink | Industry | Association | Person) & { __kind?: SearchKind };

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Anything the search box finds.',
  types: () => [Enterprise, Park, Chamber, Project, ChainLink, Industry, Association, Person] as const,
  resolveType: (value: SearchNode) => (value.__kind ? BY_KIND[value.__kind] : undefined),
});

@ObjectType({ description: 'One search hit, best first.' })
export class SearchHit {
  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field({ description: 'Key of the hit: USCC, code or id.' })
  key!: string;

  @Field({ description: 'Name as stored (Simplified Chinese).' })
  name!: string;

  @Field(() => Float, { description: 'Relevance score from the full-text index.' })
  score!: number;

  @Field(() => SearchResult, { description: 'The node itself, for its own fields.' })
  node!: SearchNode;

  @Field({ description: 'Pass as `after` for the hits after this one (the next page).' })
  cursor!: string;
}

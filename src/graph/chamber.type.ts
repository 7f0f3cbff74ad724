import { Node } from '../graphql/node';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChamberKind, MemberRole, RecordSource } from '../domain/enums';
import { ConnectionType } from '../graphql/pagination';
import { Person } from './person.type';
import type { Shape } from '../db/query';

@ObjectType({ implements: Node, description: 'A Nan’an chamber of commerce (南安商会) at home or abroad.' })
export class Chamber {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (商会名称).' })
  name!: string;

  @Field(() => ChamberKind, { description: 'Domestic (异地), 港澳台 or overseas (海外).' })
  kind!: ChamberKind;

  @Field(() => Int, { nullable: true, description: 'Year founded.' })
  foundedYear?: number | null;

  @Field(() => RecordSource)
  source!: RecordSource;
}

export const CHAMBER_NODE: Shape<Chamber> = { id: 'string', name: 'string', kind: 'string', foundedYear: 'number?', source: 'string' };

@ObjectType({ implements: Node, description: 'An economic industry association (经济类行业协会).' })
export class Association {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (协会名称).' })
  name!: string;

  @Field(() => RecordSource)
  source!: RecordSource;
}

export const ASSOCIATION_NODE: Shape<Association> = { id: 'string', name: 'string', source: 'string' };

@ObjectType({ implements: Node, description: 'The council linking chambers and associations (商协会经济互动发展促进会).' })
export class Council {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

export const COUNCIL_NODE: Shape<Council> = { id: 'string', name: 'string' };

@ObjectType({ implements: Node, description: 'Country (国家), ISO 3166.' })
export class Country {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' })
  code!: string;

  @Field()
  name!: string;
}

export const COUNTRY_NODE: Shape<Country> = { code: 'string', name: 'string' };

@ObjectType({ description: 'A member of a chamber or association, with the role.' })
export class Member {
  @Field(() => Person)
  person!: Person;

  @Field(() => MemberRole, { description: 'Role (会长, 副会长, …).' })
  role!: MemberRole;
}

@ObjectType({ description: 'A person’s membership of a chamber (商会职务).' })
export class ChamberMembership {
  @Field(() => Chamber)
  chamber!: Chamber;

  @Field(() => MemberRole)
  role!: MemberRole;
}

@ObjectType({ description: 'A person’s membership of an association (协会职务).' })
export class AssociationMembership {
  @Field(() => Association)
  association!: Association;

  @Field(() => MemberRole)
  role!: MemberRole;
}

export const ChamberConnection = ConnectionType(Chamber, 'Chamber', 'Nan’an chambers of commerce');
export const AssociationConnection = ConnectionType(Association, 'Association', 'industry associations');

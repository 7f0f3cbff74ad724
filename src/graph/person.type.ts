import { Node } from '../graphql/node';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../auth/roles';
import { RecordSource } from '../domain/enums';
import { Enterprise } from './enterprise.type';
import type { Shape } from '../db/query';

@ObjectType({ implements: Node, description: 'Person (人物): a founder or executive.' })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (姓名).' })
  name!: string;

  @Authorized(Role.ANALYST)
  @Field(() => Boolean, {
    nullable: true,
    description: 'Overseas Chinese (侨). Needs the ANALYST role (null, with a FORBIDDEN error, below it).',
  })
  overseasChinese!: boolean;

  @Field(() => RecordSource)
  source!: RecordSource;
}

export const PERSON_NODE: Shape<Person> = { id: 'string', name: 'string', overseasChinese: 'boolean', source: 'string' };

@ObjectType({ description: 'A position a person holds in an enterprise (任职).' })
export class Position {
  @Field(() => Enterprise)
  enterprise!: Enterprise;

  @Field({ description: 'Title, e.g. 董事长.' })
  title!: string;
}

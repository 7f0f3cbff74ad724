import { Field, ObjectType } from 'type-graphql';
import { RecordSource } from '../../domain/enums';
import '../../graphql/enums';
import { Enterprise } from '../enterprise/enterprise.type';

@ObjectType({ description: 'Person (人物): a founder or executive.' })
export class Person {
  @Field()
  id!: string;

  @Field({ description: 'Name (姓名).' })
  name!: string;

  @Field({ description: 'Overseas Chinese (侨).' })
  overseasChinese!: boolean;

  @Field(() => RecordSource)
  source!: RecordSource;
}

@ObjectType({ description: 'A position a person holds in an enterprise (任职).' })
export class Position {
  @Field(() => Enterprise)
  enterprise!: Enterprise;

  @Field({ description: 'Title, e.g. 董事长.' })
  title!: string;
}

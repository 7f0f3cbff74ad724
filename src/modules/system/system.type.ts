import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Number of nodes with one label.' })
export class LabelCount {
  @Field({ description: 'Node label, e.g. Enterprise.' })
  label!: string;

  @Field(() => Int, { description: 'How many nodes carry it.' })
  count!: number;
}

@ObjectType({ description: 'What this service is and what database it reads (from Neo4j itself).' })
export class About {
  @Field({ description: 'Service name.' })
  service!: string;

  @Field({ description: 'Service version (package.json).' })
  version!: string;

  @Field({ description: 'Neo4j kernel version reported by the database.' })
  neo4jVersion!: string;

  @Field({ description: 'Neo4j edition (community / enterprise).' })
  neo4jEdition!: string;

  @Field({ description: 'Neo4j database the service reads and writes.' })
  database!: string;

  @Field(() => [String], { description: 'Schema migrations recorded as applied, in order.' })
  migrationsApplied!: string[];

  @Field(() => [LabelCount], { description: 'Node counts per domain label.' })
  counts!: LabelCount[];
}

@ObjectType({ description: 'One enum value and its Chinese label.' })
export class EnumValueLabel {
  @Field()
  value!: string;

  @Field({ description: 'Chinese label (中文名).' })
  label!: string;
}

@ObjectType({ description: 'The Chinese labels of one enum (枚举中文名).' })
export class EnumLabels {
  @Field({ description: 'The enum’s name in the schema, e.g. MemberRole.' })
  name!: string;

  @Field(() => [EnumValueLabel])
  values!: EnumValueLabel[];
}

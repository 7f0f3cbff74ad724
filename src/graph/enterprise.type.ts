import { Node } from '../graphql/node';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Evidence, Ownership, RecordSource } from '../domain/enums';
import { ChainLink } from './industry.type';
import { ConnectionType } from '../graphql/pagination';
import { Person } from './person.type';
import type { Shape } from '../db/query';
import { DuplicateReason } from '../domain/entity-names';

@ObjectType({
  implements: Node,
  description: 'Enterprise (企业): a local firm, one of the campaign’s target enterprises (招商目标企业), or another investor.',
})
export class Enterprise {
  @Field({ description: 'Unified social credit code (统一社会信用代码), the key.' })
  uscc!: string;

  @Field({ description: 'Registered name (企业名称).' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Annual revenue in 亿元 (营业收入, 100 million yuan).' })
  revenueYi?: number | null;

  @Field(() => Float, { nullable: true, description: 'Registered capital in 亿元 (注册资本).' })
  registeredCapitalYi?: number | null;

  @Field(() => Int, { nullable: true, description: 'Employees (员工数).' })
  employees?: number | null;

  @Field({ description: 'Listed company (上市).' })
  listed!: boolean;

  @Field({ description: 'Member of a top-500 group (500强).' })
  fortune500!: boolean;

  @Field({ description: 'Chain leader (链主企业).' })
  chainLeader!: boolean;

  @Field({ description: 'Specialised and sophisticated SME (专精特新).' })
  specialized!: boolean;

  @Field({ description: 'High-tech enterprise (高新技术企业).' })
  highTech!: boolean;

  @Field({ description: 'Located in Nan’an (本地企业).' })
  isLocal!: boolean;

  @Field({ description: 'One of the campaign’s target enterprises (重点招商对象).' })
  isTarget!: boolean;

  @Field({ description: 'Intent signal: has an expansion plan (扩产计划).' })
  expansionPlan!: boolean;

  @Field({ description: 'Intent signal: raised financing recently (近期融资).' })
  recentFinancing!: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered the target library (入库日期); null when not recorded.' })
  targetSince?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the expansion plan became known; null when undated.' })
  expansionPlanOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the recent financing closed; null when undated.' })
  recentFinancingOn?: string | null;

  @Field(() => Ownership, { nullable: true, description: 'Who owns it (企业性质: 央企, 港澳台资, 侨资, …); null when not recorded.' })
  ownership?: Ownership | null;

  @Field(() => RecordSource, { description: 'Where the record comes from (DEMO = invented demo data).' })
  source!: RecordSource;
}

/** An enterprise node as the database returns it (`e {.*}`). */
export const ENTERPRISE_NODE: Shape<Enterprise> = {
  uscc: 'string',
  name: 'string',
  revenueYi: 'number?',
  registeredCapitalYi: 'number?',
  employees: 'number?',
  listed: 'boolean',
  fortune500: 'boolean',
  chainLeader: 'boolean',
  specialized: 'boolean',
  highTech: 'boolean',
  isLocal: 'boolean',
  isTarget: 'boolean',
  expansionPlan: 'boolean',
  recentFinancing: 'boolean',
  ownership: 'string?',
  source: 'string',
  targetSince: 'string?',
  expansionPlanOn: 'string?',
  recentFinancingOn: 'string?',
};

@ObjectType({ description: 'Another record that may describe the same firm (疑似重复记录).' })
export class PossibleDuplicate {
  @Field(() => Enterprise)
  enterprise!: Enterprise;

  @Field(() => [DuplicateReason], { description: 'What the two records share.' })
  reasons!: DuplicateReason[];

  @Field(() => [String], { description: 'The reasons in Chinese.' })
  reasonLabels!: string[];

  @Field({
    description:
      'Same name and a shared executive or city: treated as one firm (one row in a ranking). Otherwise only the name agrees: check.',
  })
  probable!: boolean;
}

@ObjectType({ description: 'A chain link an enterprise operates in (经营环节), with the evidence.' })
export class EnterpriseLink {
  @Field(() => ChainLink)
  link!: ChainLink;

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => String, { nullable: true })
  products?: string | null;
}

@ObjectType({ description: 'An executive position (高管任职).' })
export class Executive {
  @Field(() => Person)
  person!: Person;

  @Field({ description: 'Title, e.g. 董事长.' })
  title!: string;
}

@ObjectType({ description: 'A supply relation between two enterprises (供应关系).' })
export class SupplyRelation {
  @Field(() => Enterprise, { description: 'The enterprise at the other end.' })
  enterprise!: Enterprise;

  @Field(() => Float, { description: 'Annual value in 亿元.' })
  annualValueYi!: number;

  @Field(() => String, { nullable: true, description: 'Chain link of what is supplied.' })
  linkCode?: string | null;
}

export const EnterpriseConnection = ConnectionType(Enterprise, 'Enterprise', 'enterprises');

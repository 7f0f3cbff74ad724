import { Node } from '../graphql/node';
import { Field, Float, ObjectType } from 'type-graphql';
import { Evidence, LinkStage, RecordSource, SupplyKind } from '../domain/enums';
import { Enterprise } from './enterprise.type';
import type { Shape } from '../db/query';

@ObjectType({ implements: Node, description: 'Industry chain (产业链), one per industry development group (产业发展小组).' })
export class Industry {
  @Field({ description: 'Chain code, e.g. NE.' })
  code!: string;

  @Field({ description: 'Chain name (产业链名称).' })
  name!: string;

  @Field({ description: 'Industry development group responsible (产业发展小组).' })
  groupName!: string;

  @Field(() => String, { nullable: true, description: 'Main carrier parks or clusters (载体).' })
  carrier?: string | null;

  @Field(() => [String], { description: 'Priority themes the campaign names (产业风口): 芯片, 新能源, 绿色低碳, 预制菜, 短途旅游.' })
  themes!: string[];

  @Field(() => Float, {
    nullable: true,
    description: 'Investment intensity (投资强度) in 万元 per 亩: a project of this chain needs about its investment ÷ this much land.',
  })
  investmentPerMuWan?: number | null;

  @Field(() => RecordSource, { description: 'Where the record comes from (DEMO = invented demo data).' })
  source!: RecordSource;
}

export const INDUSTRY_NODE: Shape<Industry> = {
  code: 'string',
  name: 'string',
  groupName: 'string',
  carrier: 'string?',
  themes: 'string[]',
  investmentPerMuWan: 'number?',
  source: 'string',
};

@ObjectType({ implements: Node, description: 'Chain link (环节): a segment of an industry chain.' })
export class ChainLink {
  @Field({ description: 'Link code, e.g. NE-CELL.' })
  code!: string;

  @Field({ description: 'Link name (环节名称).' })
  name!: string;

  @Field(() => LinkStage, { description: 'Position in the chain (上游/中游/下游/配套服务).' })
  stage!: LinkStage;

  @Field(() => Float, { description: 'Importance weight, 0–1 (重要度).' })
  importance!: number;

  @Field({ description: 'Core link of the chain (核心环节).' })
  core!: boolean;

  @Field(() => RecordSource)
  source!: RecordSource;
}

export const CHAIN_LINK_NODE: Shape<ChainLink> = {
  code: 'string',
  name: 'string',
  stage: 'string',
  importance: 'number',
  core: 'boolean',
  source: 'string',
};

@ObjectType({ description: 'What one chain link supplies to another (供给关系).' })
export class LinkFlow {
  @Field(() => ChainLink, { description: 'The link at the other end.' })
  link!: ChainLink;

  @Field(() => SupplyKind, { description: 'What flows: raw material, equipment, component or service.' })
  kind!: SupplyKind;

  @Field(() => Float, { description: 'Dependency strength, 0–1.' })
  strength!: number;
}

@ObjectType({ description: 'An enterprise operating in a chain link, with the evidence for it.' })
export class LinkOperator {
  @Field(() => Enterprise)
  enterprise!: Enterprise;

  @Field(() => Evidence, { description: 'Evidence strength (证据强度).' })
  evidence!: Evidence;

  @Field(() => String, { nullable: true, description: 'Main products in this link.' })
  products?: string | null;
}

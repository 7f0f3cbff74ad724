import { Node } from '../../graphql/node';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Shape } from '../../db/query';
import { ConnectionType } from '../../graphql/pagination';
import { Enterprise } from '../../graph/enterprise.type';
import { ChainLink } from '../../graph/industry.type';

export enum ScenarioKind {
  /** 落地模拟 (simulateLanding) */
  WHAT_IF = 'WHAT_IF',
  /** 招商组合 (planPortfolio) */
  PORTFOLIO = 'PORTFOLIO',
}
export const SCENARIO_KIND_ZH: Record<ScenarioKind, string> = { WHAT_IF: '落地模拟', PORTFOLIO: '招商组合' };
registerEnumType(ScenarioKind, {
  name: 'ScenarioKind',
  description: 'What a saved scenario holds.',
  valuesConfig: { WHAT_IF: { description: '落地模拟 (simulateLanding)' }, PORTFOLIO: { description: '招商组合 (planPortfolio)' } },
});

/** A scenario as stored. */
export interface ScenarioRow {
  id: string;
  name: string;
  note: string | null;
  kind: ScenarioKind;
  /** JSON of the input as it was run. */
  input: string;
  /** JSON of ScenarioSummary's stored part. */
  summary: string;
  graphVersion: string | null;
  createdBy: string;
  createdAt: string;
}
export const SCENARIO_NODE: Shape<ScenarioRow> = {
  id: 'string',
  name: 'string',
  note: 'string?',
  kind: 'string',
  input: 'string',
  summary: 'string',
  graphVersion: 'string?',
  createdBy: 'string',
  createdAt: 'string',
};

/** What a scenario's answer was when saved (stored as JSON). */
export interface StoredSummary {
  value: number | null;
  coverage: number | null;
  landUsedMu: number;
  firms: string[];
  gapsClosed: string[];
}

@ObjectType({ description: 'The answer as it was when the scenario was saved.' })
export class ScenarioSummary {
  @Field(() => Float, { nullable: true, description: 'Portfolio value (null for a what-if).' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Portfolio coverage, 0–1 (null for a what-if).' })
  coverage!: number | null;

  @Field(() => Float, { description: 'Land used (亩).' })
  landUsedMu!: number;

  @Field(() => [Enterprise], { description: 'The what-if’s firms, or the portfolio’s picks in order (firms deleted since are left out).' })
  firms!: Enterprise[];

  @Field(() => [ChainLink], { description: 'Gaps it closed (what-if) or links it covered most (portfolio: closed ≥ 50%).' })
  gapsClosed!: ChainLink[];
}

@ObjectType({
  implements: Node,
  description: 'A saved planning scenario (方案): a what-if or a portfolio, with its input and the graph version it was computed on.',
})
export class Scenario {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ScenarioKind)
  kind!: ScenarioKind;

  @Field({ description: 'The input as run, as JSON (feed it back to simulateLanding or planPortfolio).' })
  input!: string;

  @Field(() => String, { nullable: true, description: 'The graph version it was computed on.' })
  graphVersion!: string | null;

  @Field({ description: 'Who saved it (the token’s subject).' })
  createdBy!: string;

  @Field({ description: 'When (ISO 8601).' })
  createdAt!: string;
}

export const ScenarioConnection = ConnectionType(Scenario, 'Scenario', 'saved scenarios, newest first');

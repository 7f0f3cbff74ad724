import { Node } from '../graphql/node';
import { Field, ID, ObjectType } from 'type-graphql';
import { TeamKind } from '../domain/enums';
import type { Shape } from '../db/query';

@ObjectType({ implements: Node, description: 'A team of the 1+2+5+8 organisation (招商组织体系).' })
export class Team {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => TeamKind, {
    description: 'Leading group (领导小组), task force (工作专班), investment group (招商小组) or industry group (产业发展小组).',
  })
  kind!: TeamKind;

  @Field(() => String, { nullable: true, description: 'Leader (组长).' })
  leader?: string | null;
}

export const TEAM_NODE: Shape<Team> = { id: 'string', name: 'string', kind: 'string', leader: 'string?' };

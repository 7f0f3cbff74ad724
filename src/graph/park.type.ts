import { Node } from '../graphql/node';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RecordSource } from '../domain/enums';
import { ConnectionType } from '../graphql/pagination';
import type { Shape } from '../db/query';

@ObjectType({ implements: Node, description: 'Park or carrier (园区/载体) offering land to projects.' })
export class Park {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name (园区名称).' })
  name!: string;

  @Field({ description: 'One of the 9 standardized parks (标准化园区).' })
  standardized!: boolean;

  @Field(() => Float, { description: 'Total land in 亩 (总用地).' })
  totalLandMu!: number;

  @Field(() => Float, { description: 'Land still available in 亩 (可供地).' })
  availableLandMu!: number;

  @Field(() => Int, { nullable: true, description: 'Planned enterprise slots; 招商率 = enterprises / slots.' })
  plannedSlots?: number | null;

  @Field(() => RecordSource)
  source!: RecordSource;
}

export const PARK_NODE: Shape<Park> = {
  id: 'string',
  name: 'string',
  standardized: 'boolean',
  totalLandMu: 'number',
  availableLandMu: 'number',
  plannedSlots: 'number?',
  source: 'string',
};

export const ParkConnection = ConnectionType(Park, 'Park', 'parks');

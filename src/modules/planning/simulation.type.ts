import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Enterprise } from '../../graph/enterprise.type';
import { ChainLink } from '../../graph/industry.type';
import { Park } from '../../graph/park.type';
import { LinkStatus, SeverityGrade } from '../../domain/gaps.model';

@ObjectType({ description: 'A link’s diagnosis on one side of a what-if.' })
export class LinkState {
  @Field(() => LinkStatus)
  status!: LinkStatus;

  @Field()
  statusLabel!: string;

  @Field(() => Int)
  severity!: number;

  @Field(() => SeverityGrade, { nullable: true })
  grade!: SeverityGrade | null;

  @Field(() => Int)
  localProducers!: number;

  @Field(() => Float, { nullable: true })
  localSupplyRate!: number | null;
}

@ObjectType({ description: 'One link before and after the landing.' })
export class LinkChange {
  @Field(() => ChainLink)
  link!: ChainLink;

  @Field(() => LinkState)
  before!: LinkState;

  @Field(() => LinkState)
  after!: LinkState;

  @Field({ description: 'Its status or severity would change.' })
  changed!: boolean;
}

@ObjectType({ description: 'A chain’s local supply rate (本地配套率) before and after.' })
export class ChainSupplyChange {
  @Field()
  industryCode!: string;

  @Field(() => Float, { nullable: true })
  before!: number | null;

  @Field(() => Float, { nullable: true })
  after!: number | null;
}

@ObjectType({ description: 'Land a park would give to the landing firms (亩).' })
export class ParkLandUse {
  @Field(() => Park)
  park!: Park;

  @Field(() => Float, { description: 'Free land before (可供地).' })
  availableMu!: number;

  @Field(() => Float, { description: 'Land the firms placed here are estimated to need.' })
  usedMu!: number;

  @Field(() => Float, { description: 'What is left; negative when the park is short.' })
  leftMu!: number;

  @Field(() => [Enterprise])
  firms!: Enterprise[];
}

@ObjectType({ description: 'The chains if these firms landed (what-if; nothing is written).' })
export class LandingSimulation {
  @Field(() => [Enterprise])
  targets!: Enterprise[];

  @Field(() => [LinkChange], { description: 'Every link of the chains the firms work in, changed ones first.' })
  links!: LinkChange[];

  @Field(() => [ChainLink], { description: 'Gaps that would close.' })
  gapsClosed!: ChainLink[];

  @Field(() => [ChainSupplyChange])
  supplyRates!: ChainSupplyChange[];

  @Field(() => [ParkLandUse])
  land!: ParkLandUse[];

  @Field(() => [Enterprise], { description: 'Firms no positioned park has the land for.' })
  unplaced!: Enterprise[];
}

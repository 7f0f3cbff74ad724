import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GapChangeKind, LinkStatus } from '../../domain/gaps.model';
import { Enterprise } from '../../graph/enterprise.type';
import { ChainLink } from '../../graph/industry.type';

registerEnumType(GapChangeKind, {
  name: 'GapChangeKind',
  description: 'How a link’s diagnosis moved over a period (期间变化).',
  valuesConfig: {
    CLOSED: { description: 'A gap (补链中 included) now 稳链 or 强链 (补上缺口).' },
    FILLING: { description: 'An open gap now being filled by a signed project (开始补链).' },
    OPENED: { description: 'Not a gap before, one now (新出现缺口).' },
    OTHER: { description: 'Another change of status (状态变化).' },
  },
});

@ObjectType({ description: 'A link’s diagnosis on one day.' })
export class LinkStatusAt {
  @Field(() => LinkStatus)
  status!: LinkStatus;

  @Field({ description: 'The status in Chinese (状态).' })
  statusLabel!: string;

  @Field(() => Int, { description: 'Severity 0–100 (紧迫度).' })
  severity!: number;

  @Field(() => Float, { nullable: true, description: '本地配套率 0–1; null without purchases.' })
  localSupplyRate!: number | null;
}

@ObjectType({ description: 'A link whose status changed over the period (缺口变化).' })
export class GapChange {
  @Field(() => ChainLink)
  link!: ChainLink;

  @Field(() => GapChangeKind)
  kind!: GapChangeKind;

  @Field({ description: 'The kind in Chinese.' })
  kindLabel!: string;

  @Field(() => LinkStatusAt, { description: 'On the day before the period.' })
  before!: LinkStatusAt;

  @Field(() => LinkStatusAt, { description: 'On the period’s last day.' })
  after!: LinkStatusAt;
}

@ObjectType({ description: 'A firm in the top of the ranking at the start or the end of the period (推荐名单变化).' })
export class TargetMove {
  @Field(() => Enterprise)
  enterprise!: Enterprise;

  @Field(() => Int, { nullable: true, description: 'Its rank on the day before the period; null when it was not ranked then.' })
  rankBefore!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its rank on the period’s last day; null when it is no longer ranked (e.g. it signed).',
  })
  rankAfter!: number | null;

  @Field(() => Float, { nullable: true })
  scoreBefore!: number | null;

  @Field(() => Float, { nullable: true })
  scoreAfter!: number | null;

  @Field({ description: 'What happened, in Chinese: 新进前N, 上升3位, 跌出前N, 不再推荐…' })
  moveLabel!: string;
}

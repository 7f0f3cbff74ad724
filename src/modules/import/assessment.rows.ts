import { IsBoolean, IsInt, IsNumber, Max, MaxLength, Min } from 'class-validator';
import { SiteZoning } from '../../domain/assessment.model';
import { IsEntityId, IsUscc } from '../../domain/validators';
import { Col } from './columns';
import { Sourced } from './dataset.rows';

/**
 * The files of 项目预评估 (docs/assessment.md): a project's proposal terms, the credit checks of firms
 * (每次核查一行, with its source and day) and the 招商专家库. A firm with no credit check is 需核实,
 * never clean: that is why the check's flags are required when a row is given.
 */

export class ProposalRow {
  @Col('string', 'Project', { required: true, ref: 'projects' })
  projectId!: string;

  @Col('number', 'Land asked for (拟用地)', { unit: '亩' })
  @IsNumber()
  @Min(0)
  proposedLandMu?: number;

  @Col('number', 'Standard factory floor asked for (标准厂房)', { unit: 'm²' })
  @IsNumber()
  @Min(0)
  proposedFactorySqm?: number;

  @Col('number', 'Annual output promised at 达产 (达产年产值)', { unit: '亿元' })
  @IsNumber()
  @Min(0)
  proposedOutputYi?: number;

  @Col('number', 'Annual tax promised at 达产 (达产年税收)', { unit: '万元' })
  @IsNumber()
  @Min(0)
  proposedTaxWan?: number;

  @Col('int', 'Years from land delivery to 达产 (达产年限)', { unit: '年' })
  @IsInt()
  @Min(0)
  @Max(20)
  yearsToFullOutput?: number;

  @Col('number', 'Share of the investment with funding in place (资金到位比例, 0–1)')
  @IsNumber()
  @Min(0)
  @Max(1)
  fundingSecuredShare?: number;

  @Col('list', 'Funding sources (资金来源), separated by ;')
  fundingSources?: string[];

  @Col('list', 'Products (主要产品), separated by ;; checked against the negative list')
  products?: string[];

  @Col('string', 'Zoning of the site asked for (拟用地块用途); empty = not verified', { allowed: Object.values(SiteZoning) })
  siteZoning?: string;
}

export class CreditCheckRow extends Sourced {
  @Col('string', 'Enterprise checked', { required: true, ref: 'enterprises' })
  @IsUscc()
  uscc!: string;

  @Col('date', 'Day of the check (核查日期)', { required: true })
  checkedOn!: string;

  @Col('string', 'Where it was checked (核查来源), e.g. 信用中国', { required: true })
  @MaxLength(100)
  checkedIn!: string;

  @Col('bool', 'Listed as a dishonest judgment debtor (失信被执行人)', { required: true })
  @IsBoolean()
  dishonestDebtor!: boolean;

  @Col('bool', 'In the list of abnormal operations (经营异常名录)', { required: true })
  @IsBoolean()
  businessAbnormal!: boolean;

  @Col('bool', 'A major 环保 or 安全生产 penalty (重大环保/安全生产违法)', { required: true })
  @IsBoolean()
  majorViolation!: boolean;

  @Col('string', 'What was found (核查说明)')
  @MaxLength(500)
  note?: string;
}

export class ExpertRow extends Sourced {
  @Col('string', 'Identifier; an expert signs in with a token whose subject is this id', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Name (姓名)', { required: true })
  @MaxLength(50)
  name!: string;

  @Col('string', 'Field (专业领域)', { required: true })
  @MaxLength(100)
  field!: string;

  @Col('string', 'Organisation (工作单位)', { required: true })
  @MaxLength(200)
  organisation!: string;

  @Col('string', 'The person in the graph, for conflicts of interest (利益冲突)', { ref: 'people' })
  @IsEntityId()
  personId?: string;

  @Col('list', 'Chains the expert reviews, separated by ;', { ref: 'industries' })
  industryCodes?: string[];
}

import { IsBoolean, IsInt, IsNumber, Max, MaxLength, Min } from 'class-validator';
import { ChamberKind, Evidence, LinkStage, MemberRole, Ownership, RecordSource, SupplyKind, TeamKind } from '../../domain/enums';
import { ProjectStage } from '../../domain/project-stage';
import { IsCityCode, IsCode, IsCountryCode, IsEntityId, IsTownCode, IsUscc } from '../../domain/validators';
import { Col } from './columns';

/**
 * One class per dataset file. @Col declares the column (type, doc, unit, reference, allowed values,
 * required) and applies the matching class-validator rules itself (IsNotEmpty or IsOptional, IsIn);
 * further decorators state what else a valid value is. docs/data-format.md is generated
 * from the same declarations (npm run docs:data-format).
 */

const SOURCES = Object.values(RecordSource);

export abstract class Sourced {
  @Col('string', 'Where the record comes from', { required: true, allowed: SOURCES })
  source!: string;
}

export class CountryRow extends Sourced {
  @Col('string', 'ISO 3166-1 alpha-2 country code', { required: true })
  @IsCountryCode()
  code!: string;

  @Col('string', 'Country name (Chinese)', { required: true })
  @MaxLength(100)
  name!: string;
}

/** A place the maps draw: cities and towns carry their centre and where it comes from. */
export abstract class Located extends Sourced {
  @Col('number', 'Longitude of its centre (WGS-84 degrees east), for the maps', { unit: '°' })
  @IsNumber()
  @Min(73)
  @Max(136)
  longitude?: number;

  @Col('number', 'Latitude of its centre (WGS-84 degrees north), for the maps', { unit: '°' })
  @IsNumber()
  @Min(3)
  @Max(54)
  latitude?: number;

  @Col('string', 'Where the coordinates come from, e.g. a boundary file or 示意 for a schematic placement')
  @MaxLength(100)
  coordinateSource?: string;
}

export class CityRow extends Located {
  @Col('string', 'GB/T 2260 six-digit code (province 350000, city 350500, county 350583)', { required: true })
  @IsCityCode()
  code!: string;

  @Col('string', 'Name', { required: true })
  @MaxLength(100)
  name!: string;

  @Col('string', 'Province name', { required: true })
  provinceName!: string;

  @Col('string', 'Administrative level', { required: true, allowed: ['PROVINCE', 'CITY', 'COUNTY'] })
  level!: string;
}

export class TownRow extends Located {
  @Col('string', 'GB/T 2260 nine-digit township code (镇/街道)', { required: true })
  @IsTownCode()
  code!: string;

  @Col('string', 'Name', { required: true })
  name!: string;

  @Col('string', 'County-level city it belongs to', { required: true, ref: 'cities' })
  @IsCityCode()
  cityCode!: string;
}

export class IndustryRow extends Sourced {
  @Col('string', 'Industry chain code', { required: true })
  @IsCode()
  code!: string;

  @Col('string', 'Chain name (产业链)', { required: true })
  name!: string;

  @Col('string', 'Industry development group responsible (产业发展小组)', { required: true })
  groupName!: string;

  @Col('string', 'Main carrier parks or clusters (载体)')
  carrier?: string;

  @Col('list', 'Priority themes (产业风口), separated by ;', { allowed: ['芯片', '新能源', '绿色低碳', '预制菜', '短途旅游'] })
  themes?: string[];

  @Col('number', 'Investment intensity (投资强度) in 万元 per 亩 of industrial land: estimates how much land a firm’s project needs')
  @IsNumber()
  @Min(1)
  @Max(100000)
  investmentPerMuWan?: number;
}

export class ChainLinkRow extends Sourced {
  @Col('string', 'Chain link code (环节)', { required: true })
  @IsCode()
  code!: string;

  @Col('string', 'Industry chain it belongs to', { required: true, ref: 'industries' })
  industryCode!: string;

  @Col('string', 'Link name', { required: true })
  name!: string;

  @Col('string', 'Position in the chain', { required: true, allowed: Object.values(LinkStage) })
  stage!: string;

  @Col('number', 'Importance weight, 0 to 1', { required: true })
  @IsNumber()
  @Min(0)
  @Max(1)
  importance!: number;

  @Col('bool', 'Core link of the chain (核心环节)', { required: true })
  @IsBoolean()
  core!: boolean;
}

export class CouncilRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Name, e.g. 南安市商协会经济互动发展促进会', { required: true })
  name!: string;
}

export class ParkRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Park or carrier name (园区)', { required: true })
  name!: string;

  @Col('string', 'Town or street (镇/街道)', { required: true, ref: 'towns' })
  @IsTownCode()
  townCode!: string;

  @Col('bool', 'One of the standardized parks (标准化园区)', { required: true })
  @IsBoolean()
  standardized!: boolean;

  @Col('number', 'Total land', { required: true, unit: '亩' })
  @IsNumber()
  @Min(0, { message: 'land cannot be negative' })
  totalLandMu!: number;

  @Col('number', 'Land still available for new projects', { required: true, unit: '亩' })
  @IsNumber()
  @Min(0, { message: 'land cannot be negative' })
  availableLandMu!: number;

  @Col('int', 'Planned enterprise slots (招商率 = enterprises in park / slots)', { unit: '家' })
  @IsInt()
  @Min(0)
  plannedSlots?: number;
}

export class EnterpriseRow extends Sourced {
  @Col('string', 'Unified social credit code (统一社会信用代码, GB 32100-2015, check character verified)', { required: true })
  @IsUscc()
  uscc!: string;

  @Col('string', 'Registered name', { required: true })
  @MaxLength(200)
  name!: string;

  @Col('string', 'City or county of registration (GB/T 2260; 港澳台 are 810000, 820000, 710000); required unless countryCode is given', {
    ref: 'cities',
  })
  @IsCityCode()
  cityCode?: string;

  @Col('string', 'Country of registration (ISO 3166 alpha-2), for a firm abroad, instead of cityCode', { ref: 'countries' })
  @IsCountryCode()
  countryCode?: string;

  @Col('string', 'Ownership (企业性质)', { allowed: Object.values(Ownership) })
  ownership?: string;

  @Col('string', "Nan'an town or street, for local enterprises", { ref: 'towns' })
  @IsTownCode()
  townCode?: string;

  @Col('string', 'Park the enterprise is in', { ref: 'parks' })
  @IsEntityId()
  parkId?: string;

  @Col('number', 'Annual revenue (营业收入)', { unit: '亿元' })
  @IsNumber()
  @Min(0)
  revenueYi?: number;

  @Col('number', 'Registered capital (注册资本)', { unit: '亿元' })
  @IsNumber()
  @Min(0)
  registeredCapitalYi?: number;

  @Col('int', 'Employees', { unit: '人' })
  @IsInt()
  @Min(0)
  employees?: number;

  @Col('bool', 'Listed company (上市)')
  @IsBoolean()
  listed?: boolean;

  @Col('bool', 'Fortune/China top-500 group member (500强)')
  @IsBoolean()
  fortune500?: boolean;

  @Col('bool', 'Chain leader (链主企业)')
  @IsBoolean()
  chainLeader?: boolean;

  @Col('bool', 'Specialised and sophisticated SME (专精特新)')
  @IsBoolean()
  specialized?: boolean;

  @Col('bool', 'High-tech enterprise (高新技术企业)')
  @IsBoolean()
  highTech?: boolean;

  @Col('bool', "Located in Nan'an (本地企业)", { required: true })
  @IsBoolean()
  isLocal!: boolean;

  @Col('bool', "One of the campaign's target enterprises (重点招商对象)", { required: true })
  @IsBoolean()
  isTarget!: boolean;

  @Col('bool', 'Intent signal: has an expansion plan (扩产计划)')
  @IsBoolean()
  expansionPlan?: boolean;

  @Col('bool', 'Intent signal: raised financing recently (近期融资)')
  @IsBoolean()
  recentFinancing?: boolean;

  @Col('date', 'Entered the target library (入库日期); a backtest before it leaves the firm out')
  targetSince?: string;

  @Col('date', 'When the expansion plan became known; a backtest before it ignores the plan')
  expansionPlanOn?: string;

  @Col('date', 'When the financing closed; a backtest before it ignores the financing')
  recentFinancingOn?: string;
}

export class PersonRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Name', { required: true })
  name!: string;

  @Col('string', 'Native place (籍贯), GB/T 2260; 350583 means 南安籍', { ref: 'cities' })
  @IsCityCode()
  nativeCityCode?: string;

  @Col('bool', 'Overseas Chinese (侨)')
  @IsBoolean()
  overseasChinese?: boolean;
}

export class ChamberRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Name (南安商会)', { required: true })
  name!: string;

  @Col('string', 'Domestic, HK/Macao/Taiwan or overseas', { required: true, allowed: Object.values(ChamberKind) })
  kind!: string;

  @Col('string', 'City it is based in (domestic and 港澳台)', { ref: 'cities' })
  @IsCityCode()
  cityCode?: string;

  @Col('string', 'Country it is based in (overseas)', { ref: 'countries' })
  @IsCountryCode()
  countryCode?: string;

  @Col('string', 'Council it is affiliated with', { ref: 'councils' })
  councilId?: string;

  @Col('int', 'Year founded')
  @IsInt()
  @Min(1900)
  @Max(2100)
  foundedYear?: number;
}

export class AssociationRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Name (行业协会)', { required: true })
  name!: string;

  @Col('string', 'Industry chain it serves', { ref: 'industries' })
  industryCode?: string;

  @Col('string', 'Council it is affiliated with', { ref: 'councils' })
  councilId?: string;
}

export class TeamRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Name', { required: true })
  name!: string;

  @Col('string', 'Kind in the 1+2+5+8 organisation', { required: true, allowed: Object.values(TeamKind) })
  kind!: string;

  @Col('string', 'Parent team', { ref: 'teams' })
  parentId?: string;

  @Col('string', 'Industry chain it is responsible for', { ref: 'industries' })
  industryCode?: string;

  @Col('string', 'Leader (title or name)')
  leader?: string;
}

export class SigningEventRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Name (集中签约活动)', { required: true })
  name!: string;

  @Col('date', 'Date', { required: true })
  date!: string;
}

export class ProjectRow extends Sourced {
  @Col('string', 'Identifier', { required: true })
  @IsEntityId()
  id!: string;

  @Col('string', 'Project name', { required: true })
  name!: string;

  @Col('number', 'Planned total investment (总投资)', { required: true, unit: '亿元' })
  @IsNumber()
  @Min(0, { message: 'amount cannot be negative' })
  amountYi!: number;

  @Col('string', 'Current stage', { required: true, allowed: Object.values(ProjectStage) })
  stage!: string;

  @Col('string', 'Industry chain', { ref: 'industries' })
  industryCode?: string;

  @Col('string', 'Investor enterprise', { ref: 'enterprises' })
  investorUscc?: string;

  @Col('string', 'Park it lands in', { ref: 'parks' })
  parkId?: string;

  @Col('string', 'Responsible team', { ref: 'teams' })
  teamId?: string;

  @Col('string', 'Signing event where it was signed', { ref: 'signing_events' })
  signingEventId?: string;

  @Col('date', 'Entered 策划 (planned)')
  plannedOn?: string;

  @Col('date', 'Entered 对接 (negotiating)')
  negotiatingOn?: string;

  @Col('date', 'Entered 签约 (signed)')
  signedOn?: string;

  @Col('date', 'Entered 正式合同 (formal contract)')
  contractedOn?: string;

  @Col('date', 'Entered 履约 (performing)')
  performingOn?: string;

  @Col('date', 'Entered 开工 (construction started)')
  startedOn?: string;

  @Col('date', 'Entered 投产 (producing)')
  producingOn?: string;

  @Col('date', 'Entered 违约 (defaulted)')
  defaultedOn?: string;

  @Col('date', 'Entered 退库 (withdrawn)')
  withdrawnOn?: string;

  @Col('bool', 'Signed during the 100-day campaign (百日攻坚)')
  @IsBoolean()
  campaign100Days?: boolean;

  @Col('bool', 'Key project led by the investment office (重点招商项目)')
  @IsBoolean()
  keyProject?: boolean;
}

export class LinkSupplyRow {
  @Col('string', 'Supplying link', { required: true, ref: 'chain_links' })
  fromLink!: string;

  @Col('string', 'Receiving link', { required: true, ref: 'chain_links' })
  toLink!: string;

  @Col('string', 'What flows', { required: true, allowed: Object.values(SupplyKind) })
  kind!: string;

  @Col('number', 'Dependency strength, 0 to 1', { required: true })
  @IsNumber()
  @Min(0)
  @Max(1)
  strength!: number;
}

export class ParkPositionRow {
  @Col('string', 'Park', { required: true, ref: 'parks' })
  parkId!: string;

  @Col('string', 'Industry chain it is positioned for (产业定位)', { required: true, ref: 'industries' })
  industryCode!: string;

  @Col('string', 'Chain link it is positioned for (optional)', { ref: 'chain_links' })
  linkCode?: string;
}

export class EnterpriseLinkRow {
  @Col('string', 'Enterprise', { required: true, ref: 'enterprises' })
  uscc!: string;

  @Col('string', 'Chain link it operates in', { required: true, ref: 'chain_links' })
  linkCode!: string;

  @Col('string', 'Evidence strength: products/patents/certification, business scope, or name only', {
    required: true,
    allowed: Object.values(Evidence),
  })
  evidence!: string;

  @Col('string', 'Main products')
  products?: string;
}

export class EnterpriseSupplyRow {
  @Col('string', 'Supplier', { required: true, ref: 'enterprises' })
  supplierUscc!: string;

  @Col('string', 'Customer', { required: true, ref: 'enterprises' })
  customerUscc!: string;

  @Col('number', 'Annual purchase value', { required: true, unit: '亿元' })
  @IsNumber()
  @Min(0)
  annualValueYi!: number;

  @Col('string', 'Chain link of what is supplied', { ref: 'chain_links' })
  linkCode?: string;
}

export class ExecutiveRow {
  @Col('string', 'Person', { required: true, ref: 'people' })
  personId!: string;

  @Col('string', 'Enterprise', { required: true, ref: 'enterprises' })
  uscc!: string;

  @Col('string', 'Title, e.g. 董事长, 总经理', { required: true })
  title!: string;
}

export class ChamberMemberRow {
  @Col('string', 'Person', { required: true, ref: 'people' })
  personId!: string;

  @Col('string', 'Chamber', { required: true, ref: 'chambers' })
  chamberId!: string;

  @Col('string', 'Role', { required: true, allowed: Object.values(MemberRole) })
  role!: string;
}

export class AssociationMemberRow {
  @Col('string', 'Person', { required: true, ref: 'people' })
  personId!: string;

  @Col('string', 'Association', { required: true, ref: 'associations' })
  associationId!: string;

  @Col('string', 'Role', { required: true, allowed: Object.values(MemberRole) })
  role!: string;
}

export class TeamFollowRow {
  @Col('string', 'Team', { required: true, ref: 'teams' })
  teamId!: string;

  @Col('string', 'Target enterprise it follows', { required: true, ref: 'enterprises' })
  uscc!: string;

  @Col('date', 'Following since')
  since?: string;
}

export class ProjectLinkRow {
  @Col('string', 'Project', { required: true, ref: 'projects' })
  projectId!: string;

  @Col('string', 'Chain link the project fills', { required: true, ref: 'chain_links' })
  linkCode!: string;
}

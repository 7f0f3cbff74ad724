import { ArrayMaxSize, IsBoolean, IsEnum, IsNumber, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, InputType, registerEnumType } from 'type-graphql';
import { IsCityCode, IsCode, IsCountryCode, IsEntityId, IsProvinceCode, IsUscc } from '../../domain/validators';
import { Ownership } from '../../domain/enums';
import { PageArgs } from '../../graphql/pagination';
import { Role } from '../../auth/roles';
import { NeedsRole } from '../../graphql/input-roles';

@ArgsType()
export class EnterpriseKeyArgs {
  @Field({ description: 'Unified social credit code (统一社会信用代码).' })
  @IsUscc()
  uscc!: string;
}

@InputType({ description: 'Enterprise filters; all given conditions must hold.' })
export class EnterpriseFilter {
  @Field({ nullable: true, description: 'Target enterprises (招商目标) only, or none of them.' })
  @IsOptional()
  @IsBoolean()
  isTarget?: boolean;

  @Field({ nullable: true, description: 'Local (南安) enterprises only, or none of them.' })
  @IsOptional()
  @IsBoolean()
  isLocal?: boolean;

  @Field({ nullable: true, description: 'Operates in a link of this industry chain.' })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field({ nullable: true, description: 'Operates in this chain link (环节).' })
  @IsOptional()
  @IsCode()
  chainLinkCode?: string;

  @Field({ nullable: true, description: 'Registered in this city (GB/T 2260 code).' })
  @IsOptional()
  @IsCityCode()
  cityCode?: string;

  @Field({ nullable: true, description: 'Registered in this province (first two digits of GB/T 2260, e.g. 44 广东).' })
  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;

  @Field({ nullable: true, description: 'In this park.' })
  @IsOptional()
  @IsEntityId()
  parkId?: string;

  @Field({ nullable: true, description: '500强 group member.' })
  @IsOptional()
  @IsBoolean()
  fortune500?: boolean;

  @Field({ nullable: true, description: 'Chain leader (链主).' })
  @IsOptional()
  @IsBoolean()
  chainLeader?: boolean;

  @Field({ nullable: true, description: '专精特新.' })
  @IsOptional()
  @IsBoolean()
  specialized?: boolean;

  @Field({ nullable: true, description: 'High-tech enterprise (高新技术企业).' })
  @IsOptional()
  @IsBoolean()
  highTech?: boolean;

  @Field({ nullable: true, description: 'Listed (上市).' })
  @IsOptional()
  @IsBoolean()
  listed?: boolean;

  @Field({ nullable: true, description: 'Intent signal: expansion plan (扩产).' })
  @IsOptional()
  @IsBoolean()
  expansionPlan?: boolean;

  @Field({ nullable: true, description: 'Intent signal: recent financing (融资).' })
  @IsOptional()
  @IsBoolean()
  recentFinancing?: boolean;

  @Field(() => [Ownership], {
    nullable: true,
    description: 'Owned as one of these (企业性质), e.g. [HK_MACAO_TAIWAN, OVERSEAS_CHINESE] for 港澳台侨资.',
  })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(Ownership, { each: true })
  ownerships?: Ownership[];

  @Field({ nullable: true, description: 'Registered in this country (ISO 3166 alpha-2), for firms abroad.' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @NeedsRole(Role.ANALYST) // reads Person.nanan, an analyst's field
  @Field({
    nullable: true,
    description: 'Has (or has not) an executive who is 南安籍 (a native of Nan’an). Needs the ANALYST role, as Person.nanan does.',
  })
  @IsOptional()
  @IsBoolean()
  hasNativeExecutive?: boolean;

  @Field({ nullable: true, description: 'Has (or has not) an executive who sits in a Nan’an chamber of commerce (南安商会).' })
  @IsOptional()
  @IsBoolean()
  hasChamberMember?: boolean;

  @Field(() => Float, { nullable: true, description: 'Minimum revenue in 亿元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  revenueMin?: number;

  @Field(() => Float, { nullable: true, description: 'Maximum revenue in 亿元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  revenueMax?: number;

  @Field({ nullable: true, description: 'Name contains this text (exact characters; use `search` for fuzzy).' })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}

export enum EnterpriseOrder {
  REVENUE_DESC = 'REVENUE_DESC',
  REVENUE_ASC = 'REVENUE_ASC',
  EMPLOYEES_DESC = 'EMPLOYEES_DESC',
  REGISTERED_CAPITAL_DESC = 'REGISTERED_CAPITAL_DESC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(EnterpriseOrder, {
  name: 'EnterpriseOrder',
  description: 'Enterprise ordering; ties are broken by USCC.',
  valuesConfig: {
    REVENUE_DESC: { description: '营收从高到低' },
    REVENUE_ASC: { description: '营收从低到高' },
    REGISTERED_CAPITAL_DESC: { description: '注册资本从高到低' },
    EMPLOYEES_DESC: { description: '员工数从多到少' },
    NAME_ASC: { description: '按名称' },
  },
});

@ArgsType()
export class EnterprisesArgs extends PageArgs {
  @Field(() => EnterpriseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EnterpriseFilter;

  @Field(() => EnterpriseOrder, { defaultValue: EnterpriseOrder.REVENUE_DESC })
  orderBy: EnterpriseOrder = EnterpriseOrder.REVENUE_DESC;
}

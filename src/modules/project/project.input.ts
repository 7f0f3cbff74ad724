import { ArrayMaxSize, IsBoolean, IsEnum, IsNumber, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, InputType, registerEnumType } from 'type-graphql';
import { ProjectStage } from '../../domain/project-stage';
import { IsCode, IsEntityId, IsUscc } from '../../domain/validators';
import { PageArgs } from '../../graphql/pagination';

@ArgsType()
export class ProjectKeyArgs {
  @Field()
  @IsEntityId()
  id!: string;
}

@InputType({ description: 'Project filters; all given conditions must hold.' })
export class ProjectFilter {
  @Field(() => [ProjectStage], { nullable: true, description: 'In any of these stages.' })
  @IsOptional()
  @ArrayMaxSize(9)
  @IsEnum(ProjectStage, { each: true })
  stages?: ProjectStage[];

  @Field({ nullable: true, description: 'In this industry chain.' })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field({ nullable: true, description: 'Landing in this park.' })
  @IsOptional()
  @IsEntityId()
  parkId?: string;

  @Field({ nullable: true, description: 'Responsible team.' })
  @IsOptional()
  @IsEntityId()
  teamId?: string;

  @Field({ nullable: true, description: 'Investor enterprise (USCC).' })
  @IsOptional()
  @IsUscc()
  investorUscc?: string;

  @Field(() => Float, { nullable: true, description: 'Minimum total investment in 亿元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  amountMin?: number;

  @Field(() => Float, { nullable: true, description: 'Maximum total investment in 亿元.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  amountMax?: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Signed on or after this date.' })
  @IsOptional()
  signedFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Signed on or before this date.' })
  @IsOptional()
  signedTo?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 正式合同 (contracted) on or after this date.' })
  @IsOptional()
  contractedFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 正式合同 (contracted) on or before this date.' })
  @IsOptional()
  contractedTo?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 履约 (performing) on or after this date.' })
  @IsOptional()
  performingFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 履约 (performing) on or before this date.' })
  @IsOptional()
  performingTo?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 开工 (started) on or after this date.' })
  @IsOptional()
  startedFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 开工 (started) on or before this date.' })
  @IsOptional()
  startedTo?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 投产 (producing) on or after this date.' })
  @IsOptional()
  producingFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Entered 投产 (producing) on or before this date.' })
  @IsOptional()
  producingTo?: string;

  @Field({ nullable: true, description: 'Key projects (重点招商项目) only, or none of them.' })
  @IsOptional()
  @IsBoolean()
  keyProject?: boolean;

  @Field({ nullable: true, description: 'Signed during the 100-day campaign (百日攻坚).' })
  @IsOptional()
  @IsBoolean()
  campaign100Days?: boolean;

  @Field({ nullable: true, description: 'Name contains this text.' })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}

export enum ProjectOrder {
  AMOUNT_DESC = 'AMOUNT_DESC',
  SIGNED_ON_DESC = 'SIGNED_ON_DESC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(ProjectOrder, {
  name: 'ProjectOrder',
  description: 'Project ordering; ties are broken by id.',
  valuesConfig: {
    AMOUNT_DESC: { description: '投资额从高到低' },
    SIGNED_ON_DESC: { description: '签约日期从新到旧' },
    NAME_ASC: { description: '按名称' },
  },
});

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ProjectFilter;

  @Field(() => ProjectOrder, { defaultValue: ProjectOrder.AMOUNT_DESC })
  orderBy: ProjectOrder = ProjectOrder.AMOUNT_DESC;
}

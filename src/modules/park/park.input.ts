import { IsBoolean, IsNumber, IsOptional, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, InputType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { IsCode, IsEntityId, IsTownCode } from '../../domain/validators';

@ArgsType()
export class ParkKeyArgs {
  @Field()
  @IsEntityId()
  id!: string;
}

@InputType({ description: 'Park filters.' })
export class ParkFilter {
  @Field({ nullable: true, description: 'In this town or street (nine-digit code).' })
  @IsOptional()
  @IsTownCode()
  townCode?: string;

  @Field({ nullable: true, description: 'Standardized parks only (标准化园区), or none of them.' })
  @IsOptional()
  @IsBoolean()
  standardized?: boolean;

  @Field({ nullable: true, description: 'Positioned for this industry chain (产业定位).' })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field({ nullable: true, description: 'Positioned for this chain link.' })
  @IsOptional()
  @IsCode()
  chainLinkCode?: string;

  @Field(() => Float, { nullable: true, description: 'At least this much land available, in 亩.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  availableLandMin?: number;
}

export enum ParkOrder {
  AVAILABLE_LAND_DESC = 'AVAILABLE_LAND_DESC',
  TOTAL_LAND_DESC = 'TOTAL_LAND_DESC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(ParkOrder, {
  name: 'ParkOrder',
  description: 'Park ordering; ties are broken by id.',
  valuesConfig: {
    AVAILABLE_LAND_DESC: { description: '可供地从多到少' },
    TOTAL_LAND_DESC: { description: '总面积从大到小' },
    NAME_ASC: { description: '按名称' },
  },
});

@ArgsType()
export class ParksArgs extends PageArgs {
  @Field(() => ParkFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ParkFilter;

  @Field(() => ParkOrder, { defaultValue: ParkOrder.AVAILABLE_LAND_DESC })
  orderBy: ParkOrder = ParkOrder.AVAILABLE_LAND_DESC;
}

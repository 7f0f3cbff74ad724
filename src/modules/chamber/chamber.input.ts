import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { ChamberKind } from '../../domain/enums';
import { PageArgs } from '../../graphql/pagination';
import { IsCityCode, IsCode, IsCountryCode } from '../../domain/validators';

@InputType({ description: 'Chamber filters.' })
export class ChamberFilter {
  @Field(() => ChamberKind, { nullable: true })
  @IsOptional()
  @IsEnum(ChamberKind)
  kind?: ChamberKind;

  @Field({ nullable: true, description: 'Based in this city (GB/T 2260).' })
  @IsOptional()
  @IsCityCode()
  cityCode?: string;

  @Field({ nullable: true, description: 'Based in this country (ISO 3166 alpha-2).' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;
}

@ArgsType()
export class ChambersArgs extends PageArgs {
  @Field(() => ChamberFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ChamberFilter;
}

@InputType({ description: 'Association filters.' })
export class AssociationFilter {
  @Field({ nullable: true, description: 'Serves this industry chain.' })
  @IsOptional()
  @IsCode()
  industryCode?: string;
}

@ArgsType()
export class AssociationsArgs extends PageArgs {
  @Field(() => AssociationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AssociationFilter;
}

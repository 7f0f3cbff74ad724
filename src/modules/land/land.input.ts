import { IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { IsCalendarDate } from '../../domain/calendar';
import { PlotStatus } from '../../domain/landing-enums';
import { IsCode, IsEntityId, IsPlainText } from '../../domain/validators';
import { VersionedInput } from '../../graph/write.input';

@ArgsType()
export class LandPlotsArgs {
  @Field({ nullable: true, description: 'In this park.' })
  @IsOptional()
  @IsEntityId()
  parkId?: string;

  @Field(() => [PlotStatus], { nullable: true, description: 'In one of these statuses.' })
  @IsOptional()
  @IsArray()
  @IsEnum(PlotStatus, { each: true })
  statuses?: PlotStatus[];

  @Field({ nullable: true, description: 'Suiting this chain (适宜产业链).' })
  @IsOptional()
  @IsCode()
  industryCode?: string;

  @Field({ nullable: true, description: 'Held by this project.' })
  @IsOptional()
  @IsEntityId()
  projectId?: string;

  @Field(() => Int, { defaultValue: 100, description: 'At most this many plots (1–1000).' })
  @IsInt()
  @Min(1)
  @Max(1000)
  first!: number;
}

/** Every plot write names the plot, the version read, the day it happened. */
@InputType()
abstract class PlotWrite extends VersionedInput {
  @Field({ description: 'The plot (地块编号).' })
  @IsEntityId()
  plotId!: string;

  @Field(() => LocalDateResolver, { description: 'The day it happened (not in the future).' })
  @IsCalendarDate()
  on!: string;
}

@InputType({ description: 'Reserves an AVAILABLE plot for a project (预留用地).' })
export class ReservePlotInput extends PlotWrite {
  @Field()
  @IsEntityId()
  projectId!: string;
}

@InputType({ description: 'Allocates a plot to a project (供地): one project per plot.' })
export class AllocatePlotInput extends PlotWrite {
  @Field()
  @IsEntityId()
  projectId!: string;
}

@InputType({ description: 'Gives a reserved or allocated plot back to the pool (释放用地).' })
export class ReleasePlotInput extends PlotWrite {
  @Field({ description: 'Why (释放原因).' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  @IsPlainText()
  reason!: string;
}

@InputType({ description: 'Marks a plot as idle or low-efficiency land (认定低效闲置用地).' })
export class MarkPlotIdleInput extends PlotWrite {
  @Field({ description: 'What was found (认定情形).' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  @IsPlainText()
  reason!: string;
}

@InputType({ description: 'Records idle land brought back into use (盘活) on a plot.' })
export class RecordRevitalizationInput extends PlotWrite {
  @Field(() => Float, { description: '亩 revitalized by this step.' })
  @IsNumber()
  @Min(0.1)
  @Max(100000)
  mu!: number;

  @Field({ defaultValue: false, description: 'The plot goes back to the pool as AVAILABLE (收回再供).' })
  @IsBoolean()
  returnToPool!: boolean;

  @Field({ nullable: true, description: 'How (盘活方式: 收回、转让、二次开发…).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  note?: string;
}

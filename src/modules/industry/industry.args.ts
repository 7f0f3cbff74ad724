import { MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { IsCode } from '../../domain/validators';

@ArgsType()
export class IndustryCodeArgs {
  @Field({ description: 'Industry chain code, e.g. NE.' })
  @IsCode()
  code!: string;
}

@ArgsType()
export class ChainLinkCodeArgs {
  @Field({ description: 'Chain link code, e.g. NE-CELL.' })
  @MaxLength(40)
  @IsCode()
  code!: string;
}

@ArgsType()
export class OperatorArgs {
  @Field({ nullable: true, description: 'Only local (Nan’an) enterprises.' })
  localOnly?: boolean;

  @Field({ nullable: true, description: 'Only target enterprises.' })
  targetOnly?: boolean;
}

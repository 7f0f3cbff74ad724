import { Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

@ArgsType()
export class IndustryCodeArgs {
  @Field({ description: 'Industry chain code, e.g. NE.' })
  @Matches(CODE_PATTERN, { message: 'code must be upper-case letters, digits, - or _' })
  code!: string;
}

@ArgsType()
export class ChainLinkCodeArgs {
  @Field({ description: 'Chain link code, e.g. NE-CELL.' })
  @MaxLength(40)
  @Matches(CODE_PATTERN, { message: 'code must be upper-case letters, digits, - or _' })
  code!: string;
}

@ArgsType()
export class OperatorArgs {
  @Field({ nullable: true, description: 'Only local (Nan’an) enterprises.' })
  localOnly?: boolean;

  @Field({ nullable: true, description: 'Only target enterprises.' })
  targetOnly?: boolean;
}

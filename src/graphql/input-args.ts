import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

/**
 * Arguments `(input: T!)` for a mutation, as an args class: class-validator then reports a failing
 * field as `input.name` (an @Arg would lose the `input.` prefix), the same paths queries report.
 */
export function InputArgs<T extends object>(input: new () => T, description?: string): new () => { input: T } {
  @ArgsType()
  class Args {
    @Field(() => input, { description })
    @ValidateNested()
    input!: T;
  }
  return Args;
}

import { IsString, MaxLength, MinLength } from 'class-validator';
import { Args, ArgsType, Authorized, Field, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { analysisCost } from '../../graphql/limits';
import { AskService, MAX_QUESTION_LENGTH } from './ask.service';
import { AskAnswer } from './ask.type';

@ArgsType()
class AskArgs {
  @Field({ description: 'A question in Chinese (简体或繁體; a sentence or a few keywords), up to 300 characters.' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_QUESTION_LENGTH)
  question!: string;
}

/** 问一问: a question in Chinese, answered by one trusted operation run as the caller. Reads only. */
@Resolver()
export class AskResolver {
  constructor(private readonly service: AskService) {}

  @Authorized(Role.VIEWER)
  @Query(() => AskAnswer, {
    // The operation it runs is costed and limited again on its own, as the caller's.
    complexity: analysisCost(100, () => 1),
    description:
      'Ask the graph in Chinese (问一问): the names in the question are resolved against the graph, one trusted read operation of schema/assistant.graphql runs as the caller (their role and limits), and the answer is composed from its result, with the nodes it cites and the operation it ran. Questions that ask to write, hold Cypher or GraphQL, or try to change the rules are refused. Nothing is written.',
  })
  ask(@Args() { question }: AskArgs): Promise<AskAnswer> {
    return this.service.ask(question);
  }
}

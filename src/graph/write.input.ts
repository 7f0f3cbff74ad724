import { IsInt, IsOptional, Matches, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/** Every write may carry a client-chosen id: a retry with it returns the first answer, nothing is written twice. */
@InputType()
export abstract class WriteInput {
  @Field({
    nullable: true,
    description:
      'Idempotency key chosen by the client (8–64 letters, digits, - or _): a retry with the same key returns the first answer and writes nothing again.',
  })
  @IsOptional()
  @Matches(/^[\w-]{8,64}$/, { message: 'requestId must be 8–64 letters, digits, - or _' })
  requestId?: string;
}

/** An update names the version it read (optimistic concurrency): a stale one is CONFLICT. */
@InputType()
export abstract class VersionedInput extends WriteInput {
  @Field(() => Int, { description: 'The `version` you read; the write is refused with CONFLICT when the record has changed since.' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

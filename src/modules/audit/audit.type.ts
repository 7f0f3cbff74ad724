import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One property a write changed.' })
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON (null when absent).' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON (null when absent).' })
  after!: string | null;
}

@ObjectType({
  description:
    'One entry of the audit trail (操作日志): who changed what, when, through which operation. Entries cannot be edited through the API.',
})
export class AuditEntry {
  @Field()
  id!: string;

  @Field({ description: 'When (ISO 8601, UTC).' })
  at!: string;

  @Field({ description: 'Who (the token’s subject).' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'The role they wrote with.' })
  role!: string | null;

  @Field({ description: 'The mutation, e.g. advanceProjectStage.' })
  operation!: string;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field({ description: 'Project, Enterprise or Person.' })
  entityLabel!: string;

  @Field({ description: 'Its key: project id, USCC or person id.' })
  entityKey!: string;

  @Field(() => [FieldChange], { complexity: ({ childComplexity }) => 1 + 5 * Math.max(1, childComplexity) })
  changes!: FieldChange[];
}

@ObjectType({ description: 'A page of the audit trail, newest first.' })
export class AuditTrail {
  // Counted by auditTrail's `first`, not again here.
  @Field(() => [AuditEntry], { complexity: ({ childComplexity }) => childComplexity })
  entries!: AuditEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last.' })
  endCursor!: string | null;
}

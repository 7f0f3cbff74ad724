import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { SystemResolver } from '../modules/system/system.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [SystemResolver];

let built: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    // type-graphql 2 defaults to no validation; we want class-validator on every argument.
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return built;
}

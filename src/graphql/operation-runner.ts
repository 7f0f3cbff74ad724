import type { GraphQLFormattedError } from 'graphql';

export interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * Runs a GraphQL operation as the caller of this request, through the whole server (roles, cost and
 * depth limits, error masking), as if they had sent it. The server provides one per request; the
 * assistant runs trusted operations through it, never anything else.
 */
export class OperationRunner {
  constructor(readonly run: (query: string, variables: Record<string, unknown>) => Promise<OperationResult>) {}
}
